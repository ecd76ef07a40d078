import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { flushPromises, mount } from '@vue/test-utils'
import { createPinia, setActivePinia } from 'pinia'
import { createMemoryHistory, createRouter } from 'vue-router'
import { ApiError } from '../api/client.js'

vi.mock('../api/technologies.js', () => ({
  getTechnology: vi.fn(),
  createTechnology: vi.fn(),
  updateTechnology: vi.fn(),
}))
vi.mock('../api/patterns.js', () => ({ getPatternGraph: vi.fn() }))
vi.mock('../api/themes.js', () => ({ listThemes: vi.fn() }))

const technologiesApi = await import('../api/technologies.js')
const patternsApi = await import('../api/patterns.js')
const themesApi = await import('../api/themes.js')
const { saveSession } = await import('../lib/storedSessions.js')
const TechnologyEditPage = (await import('./TechnologyEditPage.vue')).default

const technology = {
  slug: 'geolocation-of-public-posts',
  name: 'Geolocation of public posts',
  category: 'OPEN_SOURCE_INVESTIGATION',
  summary: 'Where a post was made.',
  uses: 'Checking footage.',
  risks: '',
  legalAndEthicalNotes: '',
  maturity: 'ESTABLISHED',
  openSource: true,
  themes: ['diy-policing'],
  patterns: ['verify-before-sharing-ugc'],
  links: ['https://eur-lex.europa.eu/eli/dir/2016/680/oj'],
  version: 2,
}

let wrapper
let router

const field = (label) => {
  const element = wrapper.findAll('label').find((l) => l.text() === label)
  return wrapper.find(`#${element.attributes('for')}`)
}

async function open(path, props = {}) {
  router = createRouter({
    history: createMemoryHistory(),
    routes: [
      { path: '/technologies/new', component: TechnologyEditPage },
      { path: '/technologies/:slug/edit', component: TechnologyEditPage, props: true },
      { path: '/:any(.*)*', component: { template: '<p>elsewhere</p>' } },
    ],
  })
  await router.push(path)
  wrapper = mount(TechnologyEditPage, { props, global: { plugins: [router] }, attachTo: document.body })
  await flushPromises()
}

beforeEach(() => {
  localStorage.clear()
  setActivePinia(createPinia())
  vi.resetAllMocks()
  saveSession({
    token: 't',
    expiresAt: new Date(Date.now() + 3600_000).toISOString(),
    user: { id: 1, displayName: 'Ana', roles: ['ANALYST'] },
  })
  themesApi.listThemes.mockResolvedValue([
    { slug: 'diy-policing', name: 'DIY policing' },
    { slug: 'trolling', name: 'Trolling' },
  ])
  patternsApi.getPatternGraph.mockResolvedValue({
    nodes: [
      { slug: 'verify-before-sharing-ugc', name: 'Verify before sharing' },
      { slug: 'rapid-rumour-rebuttal', name: 'Rapid rumour rebuttal' },
    ],
    edges: [],
  })
  technologiesApi.getTechnology.mockResolvedValue({ technology, etag: '"2"' })
})

afterEach(() => {
  wrapper?.unmount()
  document.body.innerHTML = ''
})

describe('adding a technology', () => {
  it('makes the slug from the name, sends every field and opens the new entry', async () => {
    technologiesApi.createTechnology.mockImplementation(async (body) => ({
      technology: { ...body, version: 0 },
      etag: '"0"',
    }))
    await open('/technologies/new')
    expect(wrapper.find('h1').text()).toBe('New technology')

    await field('Name').setValue('Rumour logs')
    expect(field('Slug').element.value).toBe('rumour-logs')
    await field('Category').setValue('VERIFICATION')
    await field('Maturity').setValue('PILOTED')
    await field('Summary').setValue('One shared log of rumours.')
    await field('Risks').setValue('Logs hold personal data.')
    await wrapper.find('#technology-openSource').setValue(true)
    await wrapper.find('#technology-theme-trolling').setValue(true)
    await wrapper.find('#technology-pattern-rapid-rumour-rebuttal').setValue(true)
    await field('Links').setValue('https://eur-lex.europa.eu/eli/reg/2016/679/oj\n')
    await wrapper.find('form').trigger('submit')
    await flushPromises()

    expect(technologiesApi.createTechnology).toHaveBeenCalledWith({
      slug: 'rumour-logs',
      name: 'Rumour logs',
      category: 'VERIFICATION',
      summary: 'One shared log of rumours.',
      uses: '',
      risks: 'Logs hold personal data.',
      legalAndEthicalNotes: '',
      maturity: 'PILOTED',
      openSource: true,
      themes: ['trolling'],
      patterns: ['rapid-rumour-rebuttal'],
      links: ['https://eur-lex.europa.eu/eli/reg/2016/679/oj'],
      version: null,
    })
    expect(router.currentRoute.value.path).toBe('/technologies/rumour-logs')
  })

  it("shows the server's objections beside the fields, a bad link included", async () => {
    technologiesApi.createTechnology.mockRejectedValue(
      new ApiError({
        status: 422,
        detail: 'Some fields are not valid: category, links[1].',
        violations: [
          { field: 'category', message: 'Choose a category: MONITORING_AND_ANALYTICS, …' },
          { field: 'links[1]', message: 'A link is a web address starting with http:// or https://.' },
        ],
      }),
    )
    await open('/technologies/new')
    await field('Name').setValue('Rumour logs')
    await wrapper.find('form').trigger('submit')
    await flushPromises()

    expect(wrapper.find('.error-summary h2').text()).toBe('Please check: Category, Links')
    expect(wrapper.find('#technology-category-error').text()).toBe('Choose a category from the list.')
    expect(wrapper.find('#technology-links-error').text()).toBe(
      'A link is a web address starting with http:// or https://.',
    )
    expect(field('Links').attributes('aria-invalid')).toBe('true')
  })
})

describe('editing a technology', () => {
  it('saves with the ETag it read and opens the entry', async () => {
    technologiesApi.updateTechnology.mockResolvedValue({ technology: { ...technology, version: 3 }, etag: '"3"' })
    await open(`/technologies/${technology.slug}/edit`, { slug: technology.slug })
    expect(wrapper.find('h1').text()).toBe('Edit Geolocation of public posts')
    expect(wrapper.find('#technology-slug').exists()).toBe(false)
    expect(wrapper.find('#technology-pattern-verify-before-sharing-ugc').element.checked).toBe(true)

    await field('Maturity').setValue('PILOTED')
    await wrapper.find('form').trigger('submit')
    await flushPromises()

    expect(technologiesApi.updateTechnology).toHaveBeenCalledWith(
      technology.slug,
      expect.objectContaining({ maturity: 'PILOTED', version: 2, themes: ['diy-policing'] }),
      '"2"',
    )
    expect(router.currentRoute.value.path).toBe(`/technologies/${technology.slug}`)
  })

  it('says clearly when someone else changed it first, and reloads their version', async () => {
    technologiesApi.updateTechnology.mockRejectedValue(
      new ApiError({ status: 412, detail: 'This technology was changed by someone else (it is now at version 3).' }),
    )
    await open(`/technologies/${technology.slug}/edit`, { slug: technology.slug })
    await field('Summary').setValue('My change.')
    await wrapper.find('form').trigger('submit')
    await flushPromises()

    const summary = wrapper.find('.error-summary')
    expect(summary.find('h2').text()).toBe(
      'Someone else changed this technology while you were editing it. Reload it to see their version.',
    )
    expect(router.currentRoute.value.path).toBe(`/technologies/${technology.slug}/edit`)

    technologiesApi.getTechnology.mockResolvedValue({
      technology: { ...technology, summary: 'Their change.', version: 3 },
      etag: '"3"',
    })
    await summary.find('button').trigger('click')
    await flushPromises()
    expect(field('Summary').element.value).toBe('Their change.')
    expect(wrapper.find('.error-summary').exists()).toBe(false)
  })
})
