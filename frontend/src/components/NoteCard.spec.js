import { describe, expect, it } from 'vitest'
import { mount } from '@vue/test-utils'
import NoteCard from './NoteCard.vue'

describe('NoteCard', () => {
  it('shows markup in a note as the literal text it is', () => {
    const text = '<img src=x onerror="window.__xss=1"> and <script>window.__xss=2</script>\nsecond line'
    const wrapper = mount(NoteCard, {
      props: {
        note: { id: 1, text, kind: 'CONCERN', createdAt: '2027-03-10T08:41:00Z', author: { sector: 'POLICE' } },
        zone: 'Europe/Brussels',
      },
    })
    const paragraph = wrapper.find('.note-card__text')
    expect(paragraph.element.textContent).toBe(text)
    expect(wrapper.find('img').exists()).toBe(false)
    expect(wrapper.find('script').exists()).toBe(false)
    expect(wrapper.text()).toContain('Concern')
    expect(wrapper.text()).toContain('Police')
    expect(wrapper.find('time').text()).toBe('09:41')
    expect(window.__xss).toBeUndefined()
  })
})
