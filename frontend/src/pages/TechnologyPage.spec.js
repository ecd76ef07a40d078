import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { flushPromises, mount } from '@vue/test-utils'
import { createPinia, setActivePinia } from 'pinia'
import { createMemoryHistory, createRouter } from 'vue-router'
import { ApiError } from '../api/client.js'

vi.mock('../api/technologies.js', () => ({
  getTechnology: vi.fn(),
  getTechnologyEvidence: vi.fn(),
  listTechnologyRevisions: vi.fn(),
}))
vi.mock('../api/themes.js', () => ({ listThemes: vi.fn() }))

const technologiesApi = await import('../api/technologies.js')
const themesApi = await import('../api/themes.js')
const { saveSession } = await import('../lib/storedSessions.js')
const TechnologyPage = (await import('./TechnologyPage.vue')).default

const technology = {
  id: 3,
  slug: 'geolocation-of-public-posts',
  name: 'Geolocation of public posts',
  category: 'OPEN_SOURCE_INVESTIGATION',
  summary: 'Where a post was made.',
  uses: '- Checking **footage**',
  risks: 'A wrong location <img src=x onerror=alert(1)>',
  legalAndEthicalNotes: '',
  maturity: 'ESTABLISHED',
  openSource: true,
  themes: ['diy-policing'],
  patterns: ['verify-before-sharing-ugc'],
  relatedPatterns: [{ slug: 'verify-before-sharing-ugc', name: 'Verify before sharing' }],
  links: ['https://eur-lex.europa.eu/eli/dir/2016/680/oj'],
  version: 2,
  updatedAt: '2026-12-03T08:00:00Z',
}
const evidence = {
  technology: { slug: technology.slug, name: technology.name },
  supports: 1,
  contradicts: 1,
  items: [
    {
      type: 'NOTE',
      tagId: 40,
      stance: 'SUPPORTS',
      rationale: 'Mapped in minutes',
      taggedAt: '2026-12-03T08:00:00Z',
      workshop: { id: 7, title: 'Rumours in a crisis', theme: 'trolling', timeZone: 'Europe/Brussels' },
      note: { id: 11, text: 'We placed the video at the harbour <b>fast</b>', kind: 'INSIGHT' },
    },
    {
      type: 'LESSON',
      tagId: 41,
      stance: 'CONTRADICTS',
      taggedAt: '2026-12-03T09:00:00Z',
      workshop: { id: 7, title: 'Rumours in a crisis', theme: 'trolling', timeZone: 'Europe/Brussels' },
      lesson: { id: 5, title: 'Too slow', statement: 'Mapping took too long.' },
    },
  ],
  byWorkshop: [{ key: '7', label: 'Rumours in a crisis', supports: 1, contradicts: 1 }],
  byTheme: [],
  bySector: [
    { key: 'POLICE', label: 'POLICE', supports: 1, contradicts: 0 },
    { key: 'LESSON', label: 'LESSON', supports: 0, contradicts: 1 },
  ],
}
const revisions = [
  {
    version: 2,
    editorName: 'Ana Lima',
    editedAt: '2026-12-03T08:00:00Z',
    before: { maturity: 'PILOTED' },
    after: { maturity: 'ESTABLISHED' },
  },
]

let wrapper

function signInAs(...roles) {
  saveSession({
    token: 't',
    expiresAt: new Date(Date.now() + 3600_000).toISOString(),
    user: { id: 1, displayName: 'Ana', roles },
  })
}

async function open(slug = technology.slug) {
  const router = createRouter({
    history: createMemoryHistory(),
    routes: [{ path: '/:any(.*)*', component: { template: '<p>page</p>' } }],
  })
  await router.push(`/technologies/${slug}`)
  wrapper = mount(TechnologyPage, { props: { slug }, global: { plugins: [router] }, attachTo: document.body })
  await flushPromises()
}

beforeEach(() => {
  localStorage.clear()
  setActivePinia(createPinia())
  vi.resetAllMocks()
  themesApi.listThemes.mockResolvedValue([{ slug: 'diy-policing', name: 'DIY policing' }])
  technologiesApi.getTechnology.mockResolvedValue({ technology, etag: '"2"' })
  technologiesApi.getTechnologyEvidence.mockResolvedValue(evidence)
  technologiesApi.listTechnologyRevisions.mockResolvedValue(revisions)
})

afterEach(() => {
  wrapper?.unmount()
  document.body.innerHTML = ''
})

describe('TechnologyPage', () => {
  it('shows the facts in words, Markdown sections as text, and related patterns linking to their pages', async () => {
    signInAs('FACILITATOR')
    await open()
    expect(wrapper.find('h1').text()).toBe('Geolocation of public posts')
    const facts = wrapper.find('.technology-facts').text()
    expect(facts).toContain('Open-source investigation')
    expect(facts).toContain('Established')
    expect(facts).toContain('DIY policing')
    expect(wrapper.find('#section-uses').exists()).toBe(true)
    expect(wrapper.find('#section-legalAndEthicalNotes').exists()).toBe(false)
    expect(wrapper.find('img').exists()).toBe(false)
    const related = wrapper.find('a[href="/patterns/verify-before-sharing-ugc"]')
    expect(related.text()).toBe('Verify before sharing')
    const link = wrapper.find('.technology-links a')
    expect(link.attributes('href')).toBe('https://eur-lex.europa.eu/eli/dir/2016/680/oj')
    expect(link.attributes('rel')).toContain('noopener')
    expect(wrapper.find('a[href="/technologies/geolocation-of-public-posts/edit"]').exists()).toBe(false)
  })

  it('shows the evidence with its counts, the quotes as text and when each was tagged in its workshop', async () => {
    signInAs('ANALYST')
    await open()
    expect(wrapper.find('#evidence-supports').text()).toBe('1')
    expect(wrapper.find('#evidence-contradicts').text()).toBe('1')
    const items = wrapper.findAll('.evidence-item')
    expect(items[0].text()).toContain('We placed the video at the harbour <b>fast</b>')
    expect(items[0].find('b').exists()).toBe(false)
    expect(items[0].text()).toContain('Why: Mapped in minutes')
    expect(items[0].text()).toContain('tagged Thu 3 Dec 2026, 09:00 (Brussels)')
    expect(items[1].text()).toContain('Too slow: Mapping took too long.')
    expect(items[1].text()).toContain('Contradicts')
    const sectors = wrapper.findAll('table').find((t) => t.find('caption').text() === 'Evidence by sector')
    expect(sectors.findAll('tbody th').map((th) => th.text())).toEqual(['Police', 'Lessons (no sector)'])
    expect(wrapper.find('a[href="/technologies/geolocation-of-public-posts/edit"]').text()).toBe('Edit')
  })

  it('lists the revisions with who changed what', async () => {
    signInAs('ANALYST')
    await open()
    const revision = wrapper.find('.revision')
    expect(revision.find('h3').text()).toContain('by Ana Lima')
    expect(revision.text()).toContain('Maturity')
    expect(revision.find('del').text()).toBe('Piloted')
    expect(revision.find('ins').text()).toBe('Established')
  })

  it('says so when there is no such technology', async () => {
    signInAs('ANALYST')
    technologiesApi.getTechnology.mockRejectedValue(new ApiError({ status: 404, detail: 'No.' }))
    await open('no-such')
    expect(wrapper.find('h1').text()).toBe('Technology not available')
    expect(wrapper.find('[role="alert"]').text()).toBe('There is no such technology in the catalogue.')
    expect(technologiesApi.getTechnologyEvidence).not.toHaveBeenCalled()
  })
})
