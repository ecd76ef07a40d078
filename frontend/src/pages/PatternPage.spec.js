import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { flushPromises, mount } from '@vue/test-utils'
import { createPinia, setActivePinia } from 'pinia'
import { createMemoryHistory, createRouter } from 'vue-router'

vi.mock('../api/patterns.js', () => ({ getPattern: vi.fn(), getEvidence: vi.fn(), listRevisions: vi.fn() }))
vi.mock('../api/workshops.js', () => ({ getWorkshop: vi.fn() }))
vi.mock('../api/themes.js', () => ({ listThemes: vi.fn() }))

const patternsApi = await import('../api/patterns.js')
const workshopsApi = await import('../api/workshops.js')
const themesApi = await import('../api/themes.js')
const { saveSession } = await import('../lib/storedSessions.js')
const PatternPage = (await import('./PatternPage.vue')).default

/** The viewer's browser is in zone (only the zone changes; luxon still reads the rest of the options). */
function viewerIn(zone) {
  const real = Intl.DateTimeFormat.prototype.resolvedOptions
  vi.spyOn(Intl.DateTimeFormat.prototype, 'resolvedOptions').mockImplementation(function resolved() {
    return { ...real.call(this), timeZone: zone }
  })
}

const pattern = {
  id: 3,
  slug: 'rapid-rumour-rebuttal',
  name: 'Rapid rumour rebuttal',
  summary: 'Answer rumours fast.',
  themes: ['trolling'],
  status: 'PUBLISHED',
  version: 4,
  relations: [],
  createdAt: '2026-01-05T10:00:00Z',
  updatedAt: '2026-12-03T08:00:00Z',
}
const evidence = {
  pattern: { slug: pattern.slug, name: pattern.name },
  supports: 2,
  contradicts: 1,
  items: [
    {
      type: 'NOTE',
      tagId: 40,
      stance: 'SUPPORTS',
      taggedAt: '2026-12-03T08:00:00Z',
      workshop: { id: 7, title: 'Rumours in a crisis', theme: 'trolling' },
      note: { id: 11, text: 'Rumours spread faster than the police could answer', kind: 'INSIGHT' },
    },
  ],
  byWorkshop: [{ key: '7', label: 'Rumours in a crisis', supports: 2, contradicts: 1 }],
  byTheme: [],
  // the server labels sector rows with their codes
  bySector: [
    { key: 'POLICE', label: 'POLICE', supports: 1, contradicts: 0 },
    { key: 'CIVIL_SOCIETY', label: 'CIVIL_SOCIETY', supports: 0, contradicts: 1 },
    { key: 'UNDISCLOSED', label: 'UNDISCLOSED', supports: 1, contradicts: 0 },
  ],
}
const revisions = [
  {
    version: 4,
    editorAccountId: 4,
    editorName: 'Ana Lima',
    editedAt: '2026-12-03T08:00:00Z',
    before: { summary: 'Old.' },
    after: { summary: 'Answer rumours fast.' },
  },
  {
    version: 1,
    editorAccountId: 9,
    editedAt: '2026-01-05T10:00:00Z',
    before: null,
    after: { name: 'Rapid rumour rebuttal' },
  },
]

let wrapper
beforeEach(async () => {
  localStorage.clear()
  setActivePinia(createPinia())
  vi.resetAllMocks()
  saveSession({
    token: 't',
    expiresAt: new Date(Date.now() + 3600_000).toISOString(),
    user: { id: 1, displayName: 'Ana', roles: ['ANALYST'] },
  })
  viewerIn('Asia/Tokyo')
  patternsApi.getPattern.mockResolvedValue({ pattern, etag: '"4"' })
  patternsApi.getEvidence.mockResolvedValue(evidence)
  patternsApi.listRevisions.mockResolvedValue(revisions)
  workshopsApi.getWorkshop.mockResolvedValue({
    workshop: { id: 7, title: 'Rumours in a crisis', timeZone: 'Europe/Brussels' },
    etag: '"1"',
  })
  themesApi.listThemes.mockResolvedValue([{ slug: 'trolling', name: 'Trolling' }])
  const router = createRouter({
    history: createMemoryHistory(),
    routes: [{ path: '/:any(.*)*', component: { template: '<p>page</p>' } }],
  })
  await router.push('/patterns/rapid-rumour-rebuttal')
  wrapper = mount(PatternPage, {
    props: { slug: pattern.slug },
    global: { plugins: [router] },
    attachTo: document.body,
  })
  await flushPromises()
})

afterEach(() => {
  wrapper.unmount()
  document.body.innerHTML = ''
})

describe('PatternPage', () => {
  it('names sectors in words in the evidence table, including notes whose sector is not disclosed', () => {
    const table = wrapper.findAll('table').find((t) => t.find('caption').text() === 'Evidence by sector')
    const rows = table.findAll('tbody th').map((th) => th.text())
    expect(rows).toEqual(['Police', 'Civil society', 'Not disclosed'])
    expect(table.text()).not.toMatch(/[A-Z]{2,}_|POLICE|UNDISCLOSED/)
  })

  it("shows when a note was tagged in its workshop's zone, and the pattern's own times in the viewer's", () => {
    expect(wrapper.find('.evidence-item').text()).toContain('tagged Thu 3 Dec 2026, 09:00 (Brussels)')
    expect(workshopsApi.getWorkshop).toHaveBeenCalledWith(7)
    expect(wrapper.text()).toContain('last changed Thu 3 Dec 2026, 17:00 (Tokyo)')
  })

  it('names the editor of each revision', () => {
    const headings = wrapper.findAll('.revision h3').map((h) => h.text())
    expect(headings[0]).toContain('by Ana Lima')
    expect(headings.join(' ')).not.toContain('#')
    expect(headings[1]).toContain('by a former staff member')
  })
})
