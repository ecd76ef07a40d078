import { describe, expect, it } from 'vitest'
import { mount } from '@vue/test-utils'
import NoteComposer from './NoteComposer.vue'

const rounds = [
  { id: 1, title: 'Mapping incidents', prompt: 'Which incidents reached the police?', roundOpen: true },
  { id: 2, title: 'Good practice', prompt: 'What worked?', roundOpen: true },
]

function inputLabelled(wrapper, text) {
  const label = wrapper.findAll('label').find((l) => l.text() === text)
  return wrapper.find(`#${label.attributes('for')}`)
}

describe('NoteComposer', () => {
  it('offers a round select when several are open and sends the text exactly as typed', async () => {
    const wrapper = mount(NoteComposer, {
      props: { rounds, text: '', 'onUpdate:text': (t) => wrapper.setProps({ text: t }) },
      attachTo: document.body,
    })
    expect(wrapper.find('.composer__prompt-text').text()).toBe('Which incidents reached the police?')
    await inputLabelled(wrapper, 'Round').setValue('2')
    expect(wrapper.find('.composer__prompt-text').text()).toBe('What worked?')
    await inputLabelled(wrapper, 'Your note').setValue('  Keep the helpline open  ')
    await inputLabelled(wrapper, 'Good practice').setValue(true)
    await wrapper.find('form').trigger('submit')
    expect(wrapper.emitted('submit')[0][0]).toEqual({
      text: '  Keep the helpline open  ',
      kind: 'GOOD_PRACTICE',
      sessionId: 2,
    })
    wrapper.unmount()
  })

  it('sends a note marked "Not for any publication" as RESTRICTED, and the next note unmarked', async () => {
    const wrapper = mount(NoteComposer, {
      props: {
        rounds: rounds.slice(0, 1),
        restrictable: true,
        text: '',
        'onUpdate:text': (t) => wrapper.setProps({ text: t }),
      },
      attachTo: document.body,
    })
    const restricted = inputLabelled(wrapper, 'Not for any publication')
    expect(restricted.attributes('type')).toBe('checkbox')
    expect(restricted.attributes('aria-describedby')).toBeTruthy()
    await inputLabelled(wrapper, 'Your note').setValue('Our press officer was threatened')
    await restricted.setValue(true)
    await wrapper.find('form').trigger('submit')
    expect(wrapper.emitted('submit')[0][0]).toEqual({
      text: 'Our press officer was threatened',
      kind: 'INSIGHT',
      sessionId: 1,
      sensitivity: 'RESTRICTED',
    })
    // chosen per note: the switch is off again for the next one
    expect(restricted.element.checked).toBe(false)
    await inputLabelled(wrapper, 'Your note').setValue('A second note')
    await wrapper.find('form').trigger('submit')
    expect(wrapper.emitted('submit')[1][0]).not.toHaveProperty('sensitivity')
    wrapper.unmount()
  })

  it('offers the switch only where asked (not to staff on the board)', () => {
    const wrapper = mount(NoteComposer, { props: { rounds, text: '' } })
    expect(wrapper.findAll('label').some((l) => l.text() === 'Not for any publication')).toBe(false)
    wrapper.unmount()
  })

  it('says what is wrong beside the field instead of sending an empty note', async () => {
    const wrapper = mount(NoteComposer, { props: { rounds: rounds.slice(0, 1), text: '   ' }, attachTo: document.body })
    expect(wrapper.find('select').exists()).toBe(false)
    await wrapper.find('form').trigger('submit')
    expect(wrapper.emitted('submit')).toBeUndefined()
    const textarea = inputLabelled(wrapper, 'Your note')
    expect(textarea.attributes('aria-invalid')).toBe('true')
    expect(wrapper.find('.field-error').text()).toBe('Write your note first.')
    expect(textarea.attributes('aria-describedby')).toContain(wrapper.find('.field-error').attributes('id'))
    wrapper.unmount()
  })
})
