import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { flushPromises, mount } from '@vue/test-utils'
import { createPinia, setActivePinia } from 'pinia'
import { createMemoryHistory, createRouter } from 'vue-router'

vi.mock('../api/publications.js', () => ({
  getPublication: vi.fn(),
  getPublicationHtml: vi.fn(),
  transitionPublication: vi.fn(),
  updatePublication: vi.fn(),
  downloadPublication: vi.fn(),
  listPublications: vi.fn(),
  createPublication: vi.fn(),
}))
vi.mock('../api/themes.js', () => ({ listThemes: vi.fn() }))
vi.mock('../api/workshops.js', () => ({ listWorkshops: vi.fn() }))

const api = await import('../api/publications.js')
const themesApi = await import('../api/themes.js')
const { saveSession } = await import('../lib/storedSessions.js')
const PublicationPage = (await import('./PublicationPage.vue')).default

const assembled = { sections: [{ groups: [{ entries: [{ title: 'A lesson' }] }] }], references: [{ number: 1 }] }
const inReview = {
  id: 4,
  slug: 'crowd-report',
  title: 'Crowd report',
  kind: 'BEST_PRACTICE_REPORT',
  status: 'IN_REVIEW',
  allowedTransitions: ['DRAFT', 'PUBLISHED'],
  themes: ['trolling'],
  workshops: [],
  versions: [],
  latestVersion: null,
  document: assembled,
}
const published = {
  ...inReview,
  status: 'PUBLISHED',
  allowedTransitions: ['IN_REVIEW', 'WITHDRAWN'],
  versions: [{ number: 1, title: 'Crowd report', publishedAt: '2027-03-11T10:00:00Z', references: 1 }],
  latestVersion: 1,
}

let wrapper

function signInAs(...roles) {
  saveSession({
    token: 't',
    expiresAt: new Date(Date.now() + 3600_000).toISOString(),
    user: { id: 1, displayName: 'Ana', roles },
  })
}

async function open() {
  const router = createRouter({
    history: createMemoryHistory(),
    routes: [{ path: '/:any(.*)*', component: { template: '<p>elsewhere</p>' } }],
  })
  await router.push('/publications/4')
  wrapper = mount(PublicationPage, { props: { id: '4' }, global: { plugins: [router] }, attachTo: document.body })
  await flushPromises()
}

const buttons = () =>
  wrapper.findAll('section[aria-labelledby="publication-moves-heading"] button').map((b) => b.text())

beforeEach(() => {
  localStorage.clear()
  setActivePinia(createPinia())
  vi.resetAllMocks()
  themesApi.listThemes.mockResolvedValue([{ slug: 'trolling', name: 'Trolling' }])
  api.getPublication.mockResolvedValue({ publication: inReview, etag: '"1"' })
  api.getPublicationHtml.mockResolvedValue('<!DOCTYPE html><html><body><p>&lt;img src=x&gt;</p></body></html>')
})

afterEach(() => {
  wrapper?.unmount()
  document.body.innerHTML = ''
})

describe('a publication for staff', () => {
  it('shows its kind, scope and a sandboxed preview of the HTML', async () => {
    signInAs('ANALYST')
    await open()
    expect(wrapper.find('h1').text()).toBe('Crowd report')
    expect(wrapper.text()).toContain('Best-practice report')
    expect(wrapper.text()).toContain('Trolling; All workshops')
    expect(wrapper.text()).toContain('1 entry, 1 reference')
    const frame = wrapper.find('iframe')
    expect(frame.attributes('sandbox')).toBe('')
    expect(frame.attributes('title')).toBe('Preview of Crowd report')
    expect(frame.element.getAttribute('srcdoc')).toContain('&lt;img src=x&gt;')
    expect(wrapper.text()).toContain('Not published yet.')
  })

  it('offers only the moves the publication can make', async () => {
    signInAs('ANALYST')
    await open()
    expect(buttons()).toEqual(['Send back to draft', 'Publish'])
  })

  it('asks before publishing and publishes only on yes', async () => {
    signInAs('ADMIN')
    api.transitionPublication.mockResolvedValue(published)
    await open()
    api.getPublication.mockResolvedValue({ publication: published, etag: '"2"' })
    await wrapper
      .findAll('button')
      .find((b) => b.text() === 'Publish')
      .trigger('click')
    await flushPromises()
    const dialog = wrapper.find('dialog')
    expect(dialog.attributes('open')).toBeDefined()
    expect(dialog.text()).toContain('makes it public to anyone')
    expect(api.transitionPublication).not.toHaveBeenCalled()
    await dialog
      .findAll('button')
      .find((b) => b.text() === 'Yes, publish')
      .trigger('click')
    await flushPromises()
    expect(api.transitionPublication).toHaveBeenCalledWith('4', 'PUBLISHED')
    expect(wrapper.find('[role="status"]').text()).toBe('Published as version 1. It is public at /p/crowd-report.')
    expect(buttons()).toEqual(['Prepare a new version', 'Withdraw'])
    expect(wrapper.find('.publication-versions').text()).toContain('Version 1')
    expect(wrapper.find('a[href="/p/crowd-report"]').exists()).toBe(true)
  })

  it('sends it back to draft without asking', async () => {
    signInAs('ANALYST')
    api.transitionPublication.mockResolvedValue({ ...inReview, status: 'DRAFT' })
    await open()
    await wrapper
      .findAll('button')
      .find((b) => b.text() === 'Send back to draft')
      .trigger('click')
    await flushPromises()
    expect(api.transitionPublication).toHaveBeenCalledWith('4', 'DRAFT')
  })

  it('downloads a published version with the staff token', async () => {
    signInAs('FACILITATOR')
    api.getPublication.mockResolvedValue({ publication: published, etag: '"2"' })
    api.downloadPublication.mockResolvedValue({ blob: new Blob(['%PDF']), filename: 'crowd-report-v1.pdf' })
    URL.createObjectURL = vi.fn(() => 'blob:x')
    URL.revokeObjectURL = vi.fn()
    await open()
    await wrapper.find('.publication-versions button').trigger('click')
    await flushPromises()
    expect(api.downloadPublication).toHaveBeenCalledWith('4', 'pdf', 1)
  })

  it('shows no moves and no editing to staff who may only read', async () => {
    signInAs('FACILITATOR')
    await open()
    expect(buttons()).toEqual([])
    expect(wrapper.find('#publication-edit-heading').exists()).toBe(false)
  })
})
