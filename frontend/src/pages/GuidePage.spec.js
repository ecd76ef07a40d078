import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { flushPromises, mount } from '@vue/test-utils'
import { createPinia, setActivePinia } from 'pinia'
import { createMemoryHistory, createRouter } from 'vue-router'

vi.mock('../api/guide.js', () => ({
  listGuidePatterns: vi.fn(),
  getGuideGraph: vi.fn(),
  getGuidePattern: vi.fn(),
  citingPublications: vi.fn(),
}))
vi.mock('../api/themes.js', () => ({ listThemes: vi.fn() }))

const guideApi = await import('../api/guide.js')
const themesApi = await import('../api/themes.js')
const GuidePage = (await import('./GuidePage.vue')).default

const rebuttal = {
  slug: 'rapid-rumour-rebuttal',
  name: 'Rapid rumour rebuttal',
  summary: 'Answer rumours with checkable facts, fast.',
  themes: ['trolling'],
  supports: 3,
  contradicts: 1,
}
const hotline = {
  slug: 'dark-web-hotline',
  name: 'Dark web hotline',
  summary: 'A hotline for tips.',
  themes: ['dark-web'],
  supports: 0,
  contradicts: 0,
}

let wrapper
let router

async function open(path) {
  router = createRouter({
    history: createMemoryHistory(),
    routes: [
      { path: '/guide', component: GuidePage },
      { path: '/guide/:slug', component: { template: '<p>pattern</p>' } },
    ],
  })
  await router.push(path)
  wrapper = mount(GuidePage, {
    global: { plugins: [router], stubs: { PatternGraph: { template: '<div class="graph-stub" />' } } },
    attachTo: document.body,
  })
  await flushPromises()
}

beforeEach(() => {
  setActivePinia(createPinia())
  vi.resetAllMocks()
  themesApi.listThemes.mockResolvedValue([
    { slug: 'trolling', name: 'Trolling' },
    { slug: 'dark-web', name: 'Dark web' },
  ])
  guideApi.getGuideGraph.mockResolvedValue({ nodes: [], edges: [] })
  guideApi.listGuidePatterns.mockImplementation(async ({ theme }) =>
    [rebuttal, hotline].filter((p) => !theme || p.themes.includes(theme)),
  )
})

afterEach(() => {
  wrapper.unmount()
  document.body.innerHTML = ''
})

describe('GuidePage', () => {
  it('lists the published patterns with their themes in words and their evidence in all', async () => {
    await open('/guide')
    const cards = wrapper.findAll('.guide-card')
    expect(cards.map((c) => c.find('h3').text())).toEqual(['Rapid rumour rebuttal', 'Dark web hotline'])
    expect(cards[0].find('a').attributes('href')).toBe('/guide/rapid-rumour-rebuttal')
    expect(cards[0].text()).toContain('Trolling')
    expect(cards[0].text()).toContain('3 notes support it · 1 note contradicts it')
    expect(cards[1].text()).toContain('No workshop evidence yet')
    expect(wrapper.find('[role="status"]').text()).toBe('2 patterns found.')
  })

  it('browses by theme from the address, and marks the chosen theme as the current one', async () => {
    await open('/guide?theme=dark-web')
    expect(guideApi.listGuidePatterns).toHaveBeenLastCalledWith({ theme: 'dark-web', q: '' })
    expect(wrapper.find('#guide-list-heading').text()).toBe('Patterns in Dark web')
    expect(wrapper.findAll('.guide-card h3').map((h) => h.text())).toEqual(['Dark web hotline'])
    const current = wrapper.findAll('.guide-themes a').filter((a) => a.attributes('aria-current') === 'page')
    expect(current.map((a) => a.text())).toEqual(['Dark web'])
  })

  it('keeps the theme when searching, and puts the search into the address', async () => {
    await open('/guide?theme=trolling')
    await wrapper.find('#guide-q').setValue('rumour')
    await wrapper.find('form[role="search"]').trigger('submit')
    await flushPromises()
    expect(router.currentRoute.value.query).toEqual({ theme: 'trolling', q: 'rumour' })
    expect(guideApi.listGuidePatterns).toHaveBeenLastCalledWith({ theme: 'trolling', q: 'rumour' })
    expect(wrapper.find('#guide-list-heading').text()).toBe('Patterns in Trolling matching “rumour”')
  })

  it('says when nothing matches', async () => {
    guideApi.listGuidePatterns.mockResolvedValue([])
    await open('/guide?q=nothing')
    expect(wrapper.find('.empty-state').text()).toContain('No published pattern matches')
  })

  it('shows the graph with the chosen theme, and no published-or-draft legend', async () => {
    await open('/guide?theme=trolling')
    const graph = wrapper.find('.graph-stub')
    expect(graph.attributes('theme')).toBe('trolling')
    expect(graph.attributes('show-status')).toBe('false')
  })
})
