import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { flushPromises, mount } from '@vue/test-utils'
import { createPinia, setActivePinia } from 'pinia'
import { createMemoryHistory, createRouter } from 'vue-router'
import { ApiError } from '../api/client.js'

vi.mock('../api/publications.js', async (original) => ({
  ...(await original()),
  listPublicPublications: vi.fn(),
  getPublicPublication: vi.fn(),
}))

const api = await import('../api/publications.js')
const PublicPublicationPage = (await import('./PublicPublicationPage.vue')).default
const PublicIndexPage = (await import('./PublicIndexPage.vue')).default

const hostile = '<img src=x onerror=window.__xss=1>'
const document = {
  title: 'Crowds & rumours',
  slug: 'crowds-rumours',
  kind: 'ETHICS_AWARENESS',
  kindLabel: 'Ethics awareness material',
  introduction: 'Line one.\nLine two.',
  themes: [{ slug: 'trolling', name: 'Trolling' }],
  workshops: [{ title: 'Riots workshop', theme: 'Riots and mass gatherings', date: '2027-03-10' }],
  version: 2,
  publishedAt: '2027-03-11T09:00:00Z',
  sections: [
    {
      heading: 'Trolling',
      summary: null,
      groups: [
        {
          heading: null,
          entries: [
            {
              type: 'LESSON',
              title: 'Monitoring chills speech',
              label: 'Ethical issue',
              text: 'People stop posting.',
              stance: null,
              workshop: 'Riots workshop',
              fields: [],
              patterns: [{ slug: 'p', name: 'Official account' }],
              technologies: [],
              evidence: [],
              prompts: [{ pattern: 'Official account', statement: 'Speed matters.', question: 'How does this weigh?' }],
              references: [1],
            },
          ],
        },
      ],
    },
  ],
  references: [
    {
      number: 1,
      quote: hostile,
      workshop: 'Riots workshop',
      date: '2027-03-10',
      theme: 'Riots and mass gatherings',
      sector: 'Police',
    },
  ],
  patterns: [{ slug: 'p', name: 'Official account' }],
}

let wrapper

async function open(component, path, props = {}) {
  const router = createRouter({
    history: createMemoryHistory(),
    routes: [{ path: '/:any(.*)*', component: { template: '<p>elsewhere</p>' } }],
  })
  await router.push(path)
  wrapper = mount(component, { props, global: { plugins: [router] }, attachTo: globalThis.document.body })
  await flushPromises()
}

beforeEach(() => {
  setActivePinia(createPinia())
  vi.resetAllMocks()
  delete window.__xss
})

afterEach(() => {
  wrapper?.unmount()
  globalThis.document.body.innerHTML = ''
})

describe('the public reading page', () => {
  it('renders the document as text: a quote with markup stays text', async () => {
    api.getPublicPublication.mockResolvedValue(document)
    await open(PublicPublicationPage, '/p/crowds-rumours', { slug: 'crowds-rumours' })
    expect(api.getPublicPublication).toHaveBeenCalledWith('crowds-rumours')
    expect(wrapper.find('h1').text()).toBe('Crowds & rumours')
    expect(wrapper.text()).toContain('Version 2, published 11 March 2027 · Trolling')
    const reference = wrapper.find('#ref-1')
    expect(reference.text()).toBe(`“${hostile}” — Riots workshop, 10 March 2027, Riots and mass gatherings, Police`)
    expect(wrapper.find('img').exists()).toBe(false)
    expect(window.__xss).toBeUndefined()
    expect(wrapper.find('a[href="#ref-1"]').text()).toBe('[1]')
    expect(wrapper.text()).toContain('“Speed matters.” (Official account) How does this weigh?')
    expect(wrapper.text()).toContain('Patterns: Official account')
  })

  it('links to the PDF, which needs no sign-in', async () => {
    api.getPublicPublication.mockResolvedValue(document)
    await open(PublicPublicationPage, '/p/crowds-rumours', { slug: 'crowds-rumours' })
    const pdf = wrapper.findAll('a').find((a) => a.text() === 'Download PDF')
    expect(pdf.attributes('href')).toBe('/api/public/publications/crowds-rumours?format=pdf')
  })

  it('says so when there is no published publication at the address', async () => {
    api.getPublicPublication.mockRejectedValue(new ApiError({ status: 404, detail: 'There is no published …' }))
    await open(PublicPublicationPage, '/p/draft-one', { slug: 'draft-one' })
    expect(wrapper.find('h1').text()).toBe('Publication not found')
    expect(wrapper.find('[role="alert"]').text()).toContain('It may have been withdrawn.')
  })
})

describe('the public index', () => {
  it('lists the published publications with their version and a link to each', async () => {
    api.listPublicPublications.mockResolvedValue([
      {
        title: 'Crowds & rumours',
        slug: 'crowds-rumours',
        kind: 'ETHICS_AWARENESS',
        kindLabel: 'Ethics awareness material',
        themes: [],
        version: 2,
        publishedAt: '2027-03-11T09:00:00Z',
        introduction: 'For discussion.',
      },
    ])
    await open(PublicIndexPage, '/p')
    const item = wrapper.find('.public-publication')
    expect(item.find('a').attributes('href')).toBe('/p/crowds-rumours')
    expect(item.text()).toContain('Version 2, published 11 March 2027')
    expect(item.text()).toContain('For discussion.')
  })

  it('says when nothing is published yet', async () => {
    api.listPublicPublications.mockResolvedValue([])
    await open(PublicIndexPage, '/p')
    expect(wrapper.find('.empty-state').text()).toBe('Nothing has been published yet.')
  })
})
