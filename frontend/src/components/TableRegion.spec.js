import { describe, expect, it } from 'vitest'
import { mount } from '@vue/test-utils'
import TableRegion from './TableRegion.vue'

describe('TableRegion', () => {
  it('puts a wide table in a labelled region that the keyboard can reach and scroll', () => {
    const wrapper = mount(TableRegion, {
      props: { label: 'Delegates of this workshop' },
      slots: { default: '<table><tr><td>Ana</td></tr></table>' },
    })
    const region = wrapper.find('.table-wrap')
    expect(region.attributes('role')).toBe('region')
    expect(region.attributes('aria-label')).toBe('Delegates of this workshop')
    expect(region.attributes('tabindex')).toBe('0')
    expect(region.find('table').exists()).toBe(true)
  })
})
