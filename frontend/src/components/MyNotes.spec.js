import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { mount } from '@vue/test-utils'
import MyNotes from './MyNotes.vue'

const NOW = Date.parse('2027-03-10T09:40:00Z')
const sent = (fields = {}) => ({
  id: 50,
  key: 'key-50',
  text: 'Keep the helpline open',
  kind: 'INSIGHT',
  createdAt: '2027-03-10T09:39:00Z',
  state: 'VISIBLE',
  note: {
    id: 50,
    status: 'VISIBLE',
    text: 'Keep the helpline open',
    editableUntil: new Date(NOW + 252_000).toISOString(),
  },
  ...fields,
})
const buttons = (wrapper) => wrapper.findAll('button').map((b) => b.text())

beforeEach(() => {
  vi.useFakeTimers()
  vi.setSystemTime(NOW)
})
afterEach(() => {
  vi.useRealTimers()
  document.body.innerHTML = ''
})

describe('MyNotes', () => {
  it('offers Edit and Withdraw with the time left, counting down, and hides them once the time is up', async () => {
    const wrapper = mount(MyNotes, { props: { items: [sent()], zone: 'Europe/Brussels' } })
    expect(wrapper.find('.my-note__countdown').text()).toBe('You can change this for 4:12')
    expect(buttons(wrapper)).toEqual(['Edit this note', 'Withdraw this note'])
    const withdraw = wrapper.findAll('button')[1]
    expect(withdraw.attributes('aria-describedby')).toBe(wrapper.find('.my-note__countdown').attributes('id'))

    await vi.advanceTimersByTimeAsync(2000)
    expect(wrapper.find('.my-note__countdown').text()).toBe('You can change this for 4:10')

    await vi.advanceTimersByTimeAsync(250_000)
    expect(wrapper.find('.my-note__countdown').exists()).toBe(false)
    expect(buttons(wrapper)).toEqual([])
    wrapper.unmount()
  })

  it('offers nothing for a note whose time is over or that has no edit window', () => {
    const items = [
      sent({
        id: 51,
        key: 'k-51',
        note: { id: 51, status: 'VISIBLE', editableUntil: new Date(NOW - 1000).toISOString() },
      }),
      sent({ id: 52, key: 'k-52', note: { id: 52, status: 'VISIBLE' } }),
      sent({
        id: 53,
        key: 'k-53',
        state: 'HIDDEN',
        note: { id: 53, status: 'HIDDEN', editableUntil: new Date(NOW + 60_000).toISOString() },
      }),
    ]
    const wrapper = mount(MyNotes, { props: { items } })
    expect(buttons(wrapper)).toEqual([])
    expect(wrapper.find('.my-note__countdown').exists()).toBe(false)
    wrapper.unmount()
  })

  it('edits in place and says beside the note what went wrong', async () => {
    const wrapper = mount(MyNotes, {
      props: {
        items: [sent(), sent({ id: 60, key: 'k-60', text: 'Another' })],
        editing: null,
        'onUpdate:editing': (id) => wrapper.setProps({ editing: id }),
      },
      attachTo: document.body,
    })
    await wrapper.findAll('button')[0].trigger('click')
    await vi.advanceTimersByTimeAsync(0)
    const textarea = wrapper.find('textarea')
    expect(document.activeElement).toBe(textarea.element)
    expect(textarea.element.value).toBe('Keep the helpline open')
    await textarea.setValue('Keep the helpline open at night')
    await wrapper.find('form').trigger('submit')
    expect(wrapper.emitted('save')).toEqual([[sent().note, 'Keep the helpline open at night']])

    await wrapper.setProps({
      errors: { 50: 'Notes can be changed for 5 minutes after they are sent; this one can no longer be changed.' },
    })
    const [first, second] = wrapper.findAll('li')
    expect(first.find('[role="alert"]').text()).toContain('this one can no longer be changed')
    expect(second.find('[role="alert"]').exists()).toBe(false)
    wrapper.unmount()
  })

  it('marks my notes with a sensitivity label "Not for publication", whether sent or still on the phone', () => {
    const items = [
      sent(),
      sent({ id: 51, key: 'key-51', text: 'Kept in the room', sensitivity: 'RESTRICTED' }),
      { id: 'key-52', key: 'key-52', text: 'Waiting', kind: 'IDEA', state: 'pending', sensitivity: 'RESTRICTED' },
    ]
    const wrapper = mount(MyNotes, { props: { items, zone: 'Europe/Brussels' } })
    const badges = wrapper.findAll('li').map((li) => li.findAll('.badge--sensitive').map((b) => b.text()))
    expect(badges).toEqual([[], ['Not for publication'], ['Not for publication']])
    wrapper.unmount()
  })
})
