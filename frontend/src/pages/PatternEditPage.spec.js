import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { flushPromises, mount } from '@vue/test-utils'
import { createPinia, setActivePinia } from 'pinia'
import { createMemoryHistory, createRouter } from 'vue-router'
import { ApiError } from '../api/client.js'

vi.mock('../api/patterns.js', () => ({
  getPatternGraph: vi.fn(),
  createPattern: vi.fn(),
  getPattern: vi.fn(),
  updatePattern: vi.fn(),
}))
vi.mock('../api/themes.js', () => ({ listThemes: vi.fn() }))

const patternsApi = await import('../api/patterns.js')
const themesApi = await import('../api/themes.js')
const { saveSession } = await import('../lib/storedSessions.js')
const PatternEditPage = (await import('./PatternEditPage.vue')).default
const PatternsPage = (await import('./PatternsPage.vue')).default

const themes = [
  { slug: 'trolling', name: 'Trolling' },
  { slug: 'crisis', name: 'Crisis communication' },
]
const nodes = [
  {
    slug: 'rapid-rumour-rebuttal',
    name: 'Rapid rumour rebuttal',
    summary: 'Answer fast',
    themes: ['crisis'],
    status: 'PUBLISHED',
  },
]

let wrapper
let router

function signInAs(...roles) {
  saveSession({
    token: 't',
    expiresAt: new Date(Date.now() + 3600_000).toISOString(),
    user: { id: 1, displayName: 'Ana', roles },
  })
}

async function open(component, path, props = {}) {
  router = createRouter({
    history: createMemoryHistory(),
    routes: [
      { path: '/patterns/new', component: PatternEditPage },
      { path: '/patterns', component: PatternsPage },
      { path: '/patterns/:slug', component: { template: '<p>pattern</p>' } },
    ],
  })
  await router.push(path)
  wrapper = mount(component, {
    props,
    global: { plugins: [router], stubs: { PatternGraph: true } },
    attachTo: document.body,
  })
  await flushPromises()
}

const field = (label) => {
  const element = wrapper.findAll('label').find((l) => l.text() === label)
  return wrapper.find(`#${element.attributes('for')}`)
}

beforeEach(() => {
  localStorage.clear()
  setActivePinia(createPinia())
  vi.resetAllMocks()
  themesApi.listThemes.mockResolvedValue(themes)
  patternsApi.getPatternGraph.mockResolvedValue({ nodes, edges: [] })
})

afterEach(() => {
  wrapper?.unmount()
  document.body.innerHTML = ''
})

describe('adding a pattern', () => {
  it('offers "New pattern" to analysts and admins only', async () => {
    signInAs('ANALYST')
    await open(PatternsPage, '/patterns')
    expect(wrapper.find('a[href="/patterns/new"]').text()).toBe('New pattern')
    wrapper.unmount()
    localStorage.clear()
    setActivePinia(createPinia())
    signInAs('FACILITATOR')
    await open(PatternsPage, '/patterns')
    expect(wrapper.find('a[href="/patterns/new"]').exists()).toBe(false)
  })

  it('makes the slug from the name, sends the new pattern and opens it', async () => {
    signInAs('ANALYST')
    patternsApi.createPattern.mockImplementation(async (body) => ({
      pattern: { ...body, id: 9, version: 0, relations: [] },
      etag: '"0"',
    }))
    await open(PatternEditPage, '/patterns/new')
    expect(wrapper.find('h1').text()).toBe('New pattern')

    await field('Name').setValue('Official single source')
    expect(field('Slug').element.value).toBe('official-single-source')
    await field('Summary').setValue('One official channel that everyone can point to.')
    await wrapper.find('#pattern-theme-crisis').setValue(true)
    await wrapper.find('#pattern-add-relation').trigger('click')
    await wrapper.find('#relation-to-0').setValue('rapid-rumour-rebuttal')
    await wrapper.find('form').trigger('submit')
    await flushPromises()

    expect(patternsApi.createPattern).toHaveBeenCalledWith(
      expect.objectContaining({
        slug: 'official-single-source',
        name: 'Official single source',
        summary: 'One official channel that everyone can point to.',
        themes: ['crisis'],
        status: 'DRAFT',
        relations: [{ type: 'COMPLEMENTS', to: 'rapid-rumour-rebuttal' }],
      }),
    )
    expect(router.currentRoute.value.path).toBe('/patterns/official-single-source')
  })

  it("keeps a slug typed by hand, and shows the server's objections in the form's order and words", async () => {
    signInAs('ADMIN')
    patternsApi.createPattern.mockRejectedValue(
      new ApiError({
        status: 422,
        title: 'Validation failed',
        detail: 'Some fields are not valid: slug, summary, themes.',
        violations: [
          { field: 'slug', message: 'A slug is lower-case words joined by hyphens, e.g. official-single-source.' },
          { field: 'summary', message: 'Sum the pattern up in one line.' },
          { field: 'themes', message: 'Choose at least one theme.' },
        ],
      }),
    )
    await open(PatternEditPage, '/patterns/new')
    await field('Slug').setValue('My Slug')
    await field('Name').setValue('Something else')
    expect(field('Slug').element.value).toBe('My Slug')
    await wrapper.find('form').trigger('submit')
    await flushPromises()

    const summary = wrapper.find('.error-summary')
    expect(summary.find('h2').text()).toBe('Please check: Slug, Summary, Themes')
    expect(summary.text()).not.toContain('Some fields are not valid')
    expect(document.activeElement).toBe(summary.element)
    expect(field('Summary').attributes('aria-invalid')).toBe('true')
    expect(wrapper.find('#pattern-summary-error').text()).toBe('Sum the pattern up in one line.')
    expect(router.currentRoute.value.path).toBe('/patterns/new')
  })
})
