import '../test-support/happyDom.js'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { flushPromises, mount } from '@vue/test-utils'
import { createPinia, setActivePinia } from 'pinia'
import { createMemoryHistory, createRouter } from 'vue-router'
import { ApiError } from '../api/client.js'

vi.mock('../api/guide.js', () => ({
  listGuidePatterns: vi.fn(),
  getGuideGraph: vi.fn(),
  getGuidePattern: vi.fn(),
  citingPublications: vi.fn(),
}))
vi.mock('../api/themes.js', () => ({ listThemes: vi.fn() }))

const guideApi = await import('../api/guide.js')
const themesApi = await import('../api/themes.js')
const GuidePatternPage = (await import('./GuidePatternPage.vue')).default

const rebuttal = {
  slug: 'rapid-rumour-rebuttal',
  name: 'Rapid rumour rebuttal',
  summary: 'Answer rumours with checkable facts, fast.',
  context: '',
  problem: 'Rumours outrun the official account.',
  forces: '- Speed\n- Accuracy',
  solution: 'Rebut with **checkable** facts.',
  consequences: 'Trust grows.',
  examples: '',
  roles: '',
  themes: ['trolling'],
  relations: [
    { type: 'PRECEDES', direction: 'OUTGOING', slug: 'official-account-single-source', name: 'Official account' },
    { type: 'SPECIALISES', direction: 'INCOMING', slug: 'fact-check-partnership', name: 'Fact-check partnership' },
  ],
  evidence: {
    supports: 3,
    contradicts: 1,
    byTheme: [{ key: 'trolling', supports: 3, contradicts: 1 }],
    bySector: [
      { key: 'POLICE', supports: 2, contradicts: 0 },
      { key: 'UNDISCLOSED', supports: 1, contradicts: 1 },
    ],
  },
}

let wrapper

async function open(slug) {
  const router = createRouter({
    history: createMemoryHistory(),
    routes: [{ path: '/:any(.*)*', component: { template: '<p>page</p>' } }],
  })
  await router.push(`/guide/${slug}`)
  wrapper = mount(GuidePatternPage, { props: { slug }, global: { plugins: [router] }, attachTo: document.body })
  await flushPromises()
}

const tableCaptioned = (caption) => wrapper.findAll('table').find((t) => t.find('caption').text() === caption)

beforeEach(() => {
  setActivePinia(createPinia())
  vi.resetAllMocks()
  themesApi.listThemes.mockResolvedValue([{ slug: 'trolling', name: 'Trolling' }])
  guideApi.getGuidePattern.mockResolvedValue(rebuttal)
  guideApi.citingPublications.mockResolvedValue([])
})

afterEach(() => {
  wrapper.unmount()
  document.body.innerHTML = ''
})

describe('GuidePatternPage', () => {
  it('puts a question for discussion under the problem, forces, solution and consequences', async () => {
    await open(rebuttal.slug)
    expect(wrapper.find('h1').text()).toBe('Rapid rumour rebuttal')
    const sections = wrapper.findAll('.guide-section')
    expect(sections.map((s) => s.find('h2').text())).toEqual(['Problem', 'Forces', 'Solution', 'Consequences'])
    for (const section of sections) expect(section.find('.guide-prompt').text()).toMatch(/^For discussion: .+\?$/)
    expect(sections[2].find('strong').text()).toBe('checkable')
  })

  it('links the related published patterns, saying how each relates', async () => {
    await open(rebuttal.slug)
    const items = wrapper.findAll('.guide-related li')
    expect(items.map((li) => li.text().replace(/\s+/g, ' '))).toEqual([
      'Precedes Official account',
      'Specialised by Fact-check partnership',
    ])
    expect(items[0].find('a').attributes('href')).toBe('/guide/official-account-single-source')
  })

  it('shows the evidence as counts by theme and sector, in words', async () => {
    await open(rebuttal.slug)
    expect(wrapper.find('#guide-evidence-supports').text()).toBe('3')
    expect(wrapper.find('#guide-evidence-contradicts').text()).toBe('1')
    const byTheme = tableCaptioned('Evidence by theme')
    expect(byTheme.findAll('tbody th').map((th) => th.text())).toEqual(['Trolling'])
    const bySector = tableCaptioned('Evidence by sector')
    expect(bySector.findAll('tbody tr').map((tr) => tr.findAll('th, td').map((c) => c.text()))).toEqual([
      ['Police', '2', '0'],
      ['Not disclosed', '1', '1'],
    ])
  })

  it('leaves out the publications section while no publication cites the pattern', async () => {
    await open(rebuttal.slug)
    expect(guideApi.citingPublications).toHaveBeenCalledWith(rebuttal.slug)
    expect(wrapper.text()).not.toContain('Publications that cite this pattern')
  })

  it('lists the publications that cite the pattern once there are some', async () => {
    guideApi.citingPublications.mockResolvedValue([{ slug: 'pattern-cards-2027', title: 'Pattern cards 2027' }])
    await open(rebuttal.slug)
    const section = wrapper.find('[aria-labelledby="guide-citing-heading"]')
    expect(section.find('h2').text()).toBe('Publications that cite this pattern')
    expect(section.find('a').text()).toBe('Pattern cards 2027')
    expect(section.find('a').attributes('href')).toBe('/p/pattern-cards-2027')
  })

  it('says a draft or an unknown pattern is not found', async () => {
    guideApi.getGuidePattern.mockRejectedValue(new ApiError({ status: 404, detail: 'There is no pattern.' }))
    await open('a-draft')
    expect(wrapper.find('h1').text()).toBe('Pattern not found')
    expect(wrapper.find('a[href="/guide"]').exists()).toBe(true)
    expect(guideApi.citingPublications).not.toHaveBeenCalled()
    expect(document.title).toBe('Pattern not found · Pattern Language guide')
  })

  it('says why when the guide cannot be reached', async () => {
    guideApi.getGuidePattern.mockRejectedValue(new ApiError({ status: 0, detail: 'Cannot reach the server.' }))
    await open(rebuttal.slug)
    expect(wrapper.find('h1').text()).toBe('Pattern not available')
    expect(wrapper.find('[role="alert"]').text()).toBe('Cannot reach the server.')
  })
})
