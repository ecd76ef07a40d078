import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { flushPromises, mount } from '@vue/test-utils'
import { createPinia, setActivePinia } from 'pinia'
import { createMemoryHistory, createRouter } from 'vue-router'

vi.mock('../api/technologies.js', () => ({ listTechnologies: vi.fn() }))
vi.mock('../api/themes.js', () => ({ listThemes: vi.fn() }))

const technologiesApi = await import('../api/technologies.js')
const themesApi = await import('../api/themes.js')
const { saveSession } = await import('../lib/storedSessions.js')
const TechnologiesPage = (await import('./TechnologiesPage.vue')).default

const geolocation = {
  slug: 'geolocation-of-public-posts',
  name: 'Geolocation of public posts',
  category: 'OPEN_SOURCE_INVESTIGATION',
  maturity: 'ESTABLISHED',
  openSource: true,
  summary: 'Where a post was made.',
  themes: ['diy-policing'],
}
const crawlers = {
  slug: 'dark-web-marketplace-crawlers',
  name: 'Dark web marketplace crawlers',
  category: 'DARK_WEB_MONITORING',
  maturity: 'PILOTED',
  openSource: false,
  summary: 'Copies of listings.',
  themes: ['dark-web'],
}

let wrapper
let router

function signInAs(...roles) {
  saveSession({
    token: 't',
    expiresAt: new Date(Date.now() + 3600_000).toISOString(),
    user: { id: 1, displayName: 'Ana', roles },
  })
}

async function open(path) {
  router = createRouter({
    history: createMemoryHistory(),
    routes: [
      { path: '/technologies', component: TechnologiesPage },
      { path: '/:any(.*)*', component: { template: '<p>elsewhere</p>' } },
    ],
  })
  await router.push(path)
  wrapper = mount(TechnologiesPage, { global: { plugins: [router] }, attachTo: document.body })
  await flushPromises()
}

beforeEach(() => {
  localStorage.clear()
  setActivePinia(createPinia())
  vi.resetAllMocks()
  themesApi.listThemes.mockResolvedValue([
    { slug: 'diy-policing', name: 'DIY policing' },
    { slug: 'dark-web', name: 'The dark web' },
  ])
  technologiesApi.listTechnologies.mockImplementation(async ({ theme, category, q } = {}) =>
    [geolocation, crawlers].filter(
      (t) =>
        (!theme || t.themes.includes(theme)) &&
        (!category || t.category === category) &&
        (!q || t.name.toLowerCase().includes(q.toLowerCase())),
    ),
  )
})

afterEach(() => {
  wrapper?.unmount()
  document.body.innerHTML = ''
})

describe('the technology catalogue', () => {
  it('lists every entry with its category, maturity and themes in words, each linking to its page', async () => {
    signInAs('FACILITATOR')
    await open('/technologies')
    const cards = wrapper.findAll('.technology-card')
    expect(cards).toHaveLength(2)
    expect(cards[0].find('a').attributes('href')).toBe('/technologies/geolocation-of-public-posts')
    expect(cards[0].text()).toContain('Open-source investigation')
    expect(cards[0].text()).toContain('Established')
    expect(cards[0].text()).toContain('Open source available')
    expect(cards[0].text()).toContain('Themes: DIY policing')
    expect(cards[1].text()).not.toContain('Open source available')
    expect(wrapper.find('[role="status"]').text()).toBe('2 technologies.')
    expect(wrapper.find('a[href="/technologies/new"]').exists()).toBe(false)
  })

  it('offers "New technology" to analysts', async () => {
    signInAs('ANALYST')
    await open('/technologies')
    expect(wrapper.find('a[href="/technologies/new"]').text()).toBe('New technology')
  })

  it('filters by theme, category and text, keeping the filters in the address', async () => {
    signInAs('ORGANISER')
    await open('/technologies')

    await wrapper.find('#technologies-theme').setValue('dark-web')
    await flushPromises()
    expect(router.currentRoute.value.query).toEqual({ theme: 'dark-web' })
    expect(technologiesApi.listTechnologies).toHaveBeenLastCalledWith({ theme: 'dark-web', category: '', q: '' })
    expect(wrapper.findAll('.technology-card').map((c) => c.find('h2').text())).toEqual([
      'Dark web marketplace crawlers',
    ])

    await wrapper.find('#technologies-category').setValue('VERIFICATION')
    await flushPromises()
    expect(wrapper.find('.empty-state').text()).toBe('No technology matches these filters.')

    await wrapper.find('button[type="button"]').trigger('click')
    await wrapper.find('#technologies-q').setValue('geoloc')
    await wrapper.find('form').trigger('submit')
    await flushPromises()
    expect(router.currentRoute.value.query).toEqual({ q: 'geoloc' })
    expect(wrapper.findAll('.technology-card').map((c) => c.find('h2').text())).toEqual(['Geolocation of public posts'])
    expect(wrapper.find('[role="status"]').text()).toBe('1 technology match.')
  })

  it('reads the filters from the address it is opened at', async () => {
    signInAs('ANALYST')
    await open('/technologies?category=DARK_WEB_MONITORING')
    expect(wrapper.find('#technologies-category').element.value).toBe('DARK_WEB_MONITORING')
    expect(technologiesApi.listTechnologies).toHaveBeenCalledWith({
      theme: '',
      category: 'DARK_WEB_MONITORING',
      q: '',
    })
  })
})
