import { describe, expect, it } from 'vitest'
import { mount } from '@vue/test-utils'
import HighlightedSnippet from './HighlightedSnippet.vue'

describe('HighlightedSnippet', () => {
  it('wraps each match in <mark> and keeps HTML in the text as text', () => {
    const wrapper = mount(HighlightedSnippet, {
      props: { snippet: '<img src=x onerror=1> \u0002rumour\u0003 and \u0002rebuttal\u0003' },
    })
    expect(wrapper.findAll('mark').map((m) => m.text())).toEqual(['rumour', 'rebuttal'])
    expect(wrapper.find('img').exists()).toBe(false)
    expect(wrapper.text()).toBe('<img src=x onerror=1> rumour and rebuttal')
  })
})
