import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { flushPromises, mount } from '@vue/test-utils'
import { createPinia, setActivePinia } from 'pinia'
import { createMemoryHistory, createRouter } from 'vue-router'

vi.mock('../api/search.js', () => ({ search: vi.fn() }))
vi.mock('../api/themes.js', () => ({ listThemes: vi.fn() }))

const searchApi = await import('../api/search.js')
const themesApi = await import('../api/themes.js')
const SearchPage = (await import('./SearchPage.vue')).default

let wrapper
beforeEach(async () => {
  setActivePinia(createPinia())
  vi.resetAllMocks()
  themesApi.listThemes.mockResolvedValue([])
  searchApi.search.mockResolvedValue([
    {
      type: 'NOTE',
      id: 11,
      title: 'CONCERN',
      snippet: 'The \u0002rumour\u0003 spread',
      rank: 0.9,
      workshopId: 7,
      workshopTitle: 'Rumours in a crisis',
      note: { id: 11, workshopId: 7, text: 'The rumour spread', kind: 'CONCERN', author: { sector: 'CIVIL_SOCIETY' } },
    },
    {
      type: 'LESSON',
      id: 3,
      title: 'Answer within the hour',
      snippet: 'a \u0002rumour\u0003',
      rank: 0.5,
      workshopId: 8,
      workshopTitle: 'Crowds and panic',
    },
    {
      type: 'PATTERN',
      slug: 'rapid-rumour-rebuttal',
      title: 'Rapid rumour rebuttal',
      snippet: '\u0002rumour\u0003',
      rank: 0.4,
    },
  ])
  const router = createRouter({
    history: createMemoryHistory(),
    routes: [{ path: '/:any(.*)*', component: SearchPage }],
  })
  await router.push('/search?q=rumour')
  wrapper = mount(SearchPage, { global: { plugins: [router] } })
  await flushPromises()
})

afterEach(() => wrapper.unmount())

describe('SearchPage', () => {
  it('names the workshop of each note and lesson, and says kinds and sectors in words', () => {
    const [note, lesson, pattern] = wrapper.findAll('.search-result')
    expect(note.find('a').text()).toBe('Concern')
    expect(note.text()).toContain('Civil society · in Rumours in a crisis')
    expect(note.text()).not.toMatch(/CONCERN|CIVIL_SOCIETY/)
    expect(lesson.text()).toContain('in Crowds and panic')
    expect(pattern.find('.search-result__meta').exists()).toBe(false)
  })
})
