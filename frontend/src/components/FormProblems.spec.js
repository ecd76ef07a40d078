import { describe, expect, it } from 'vitest'
import { flushPromises, mount } from '@vue/test-utils'
import FormProblems from './FormProblems.vue'
import { summarise } from '../lib/formProblems.js'

const fields = [
  { name: 'title', label: 'Title' },
  { name: 'pattern', label: 'Pattern' },
]
const problem = (message) => summarise([{ field: 'pattern', message }], fields)

describe('FormProblems', () => {
  it('takes focus for a new problem, but not when a re-render rebuilds the same one', async () => {
    document.body.innerHTML = '<input id="elsewhere" />'
    const wrapper = mount(FormProblems, {
      props: { summary: null, fieldId: (name) => `f-${name}` },
      attachTo: document.body,
    })
    await wrapper.setProps({ summary: problem('Choose a pattern from the list.') })
    await flushPromises()
    expect(document.activeElement).toBe(wrapper.element)
    expect(wrapper.find('h2').text()).toBe('Please check: Pattern')
    expect(wrapper.find('a').attributes('href')).toBe('#f-pattern')

    document.getElementById('elsewhere').focus()
    await wrapper.setProps({ summary: problem('Choose a pattern from the list.') })
    await flushPromises()
    expect(document.activeElement.id).toBe('elsewhere')

    await wrapper.setProps({ summary: problem('There is no pattern x.') })
    await flushPromises()
    expect(document.activeElement).toBe(wrapper.element)
    wrapper.unmount()
  })
})
