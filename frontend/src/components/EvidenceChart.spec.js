import { describe, expect, it } from 'vitest'
import { mount } from '@vue/test-utils'
import EvidenceChart from './EvidenceChart.vue'

describe('EvidenceChart', () => {
  it('puts its table in a labelled region that the keyboard can reach and scroll', () => {
    const wrapper = mount(EvidenceChart, {
      props: {
        title: 'Evidence by sector',
        idPrefix: 'by-sector',
        rows: [{ key: 'POLICE', label: 'Police', supports: 2, contradicts: 1 }],
      },
    })
    const region = wrapper.find('.table-wrap')
    expect(region.attributes('role')).toBe('region')
    expect(region.attributes('tabindex')).toBe('0')
    expect(region.attributes('aria-label')).toBe('Evidence by sector: the numbers')
    expect(region.find('table').exists()).toBe(true)
    wrapper.unmount()
  })
})
