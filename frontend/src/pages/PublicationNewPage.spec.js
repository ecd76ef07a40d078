import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { flushPromises, mount } from '@vue/test-utils'
import { createPinia, setActivePinia } from 'pinia'
import { createMemoryHistory, createRouter } from 'vue-router'
import { ApiError } from '../api/client.js'

vi.mock('../api/publications.js', () => ({ createPublication: vi.fn() }))
vi.mock('../api/themes.js', () => ({ listThemes: vi.fn() }))
vi.mock('../api/workshops.js', () => ({ listWorkshops: vi.fn() }))

const api = await import('../api/publications.js')
const themesApi = await import('../api/themes.js')
const workshopsApi = await import('../api/workshops.js')
const PublicationNewPage = (await import('./PublicationNewPage.vue')).default

let wrapper
let router

beforeEach(async () => {
  setActivePinia(createPinia())
  vi.resetAllMocks()
  themesApi.listThemes.mockResolvedValue([
    { slug: 'trolling', name: 'Trolling' },
    { slug: 'dark-web', name: 'The dark web' },
  ])
  workshopsApi.listWorkshops.mockResolvedValue({
    workshops: [
      { id: 1, title: 'Trolling in Ghent', theme: 'trolling', startsAt: '2027-01-05T09:00:00+01:00' },
      { id: 2, title: 'Hidden markets', theme: 'dark-web', startsAt: '2027-02-05T09:00:00+01:00' },
    ],
    hasNext: false,
  })
  router = createRouter({
    history: createMemoryHistory(),
    routes: [{ path: '/:any(.*)*', component: { template: '<p>elsewhere</p>' } }],
  })
  await router.push('/publications/new')
  wrapper = mount(PublicationNewPage, { global: { plugins: [router] }, attachTo: document.body })
  await flushPromises()
})

afterEach(() => {
  wrapper.unmount()
  document.body.innerHTML = ''
})

describe('a new publication', () => {
  it('explains each kind in a line', () => {
    const kinds = wrapper.findAll('.publication-kind')
    expect(kinds).toHaveLength(6)
    expect(kinds[0].text()).toContain('Best-practice report')
    expect(kinds[0].text()).toContain('grouped by pattern')
    expect(kinds[0].find('input').attributes('aria-describedby')).toBe('publication-kind-BEST_PRACTICE_REPORT')
  })

  it('names what is missing before sending anything', async () => {
    await wrapper.find('form').trigger('submit')
    await flushPromises()
    expect(wrapper.find('[role="alert"] h2').text()).toBe('Please check: Title, Kind')
    expect(api.createPublication).not.toHaveBeenCalled()
  })

  it('offers the workshops of the chosen themes and sends the scope', async () => {
    api.createPublication.mockResolvedValue({ id: 12, title: 'Trolling report' })
    await wrapper.find('#publication-title').setValue('Trolling report')
    await wrapper.find('input[value="BEST_PRACTICE_REPORT"]').setValue(true)
    await wrapper.find('input[type="checkbox"][value="trolling"]').setValue(true)
    const offered = wrapper.findAll('.publication-workshops label').map((l) => l.text())
    expect(offered).toEqual(['Trolling in Ghent (2027-01-05, Trolling)'])
    await wrapper.find('.publication-workshops input').setValue(true)
    await wrapper.find('#publication-introduction').setValue('What worked.')
    await wrapper.find('form').trigger('submit')
    await flushPromises()
    expect(api.createPublication).toHaveBeenCalledWith({
      title: 'Trolling report',
      kind: 'BEST_PRACTICE_REPORT',
      themes: ['trolling'],
      workshops: [1],
      introduction: 'What worked.',
    })
    expect(router.currentRoute.value.path).toBe('/publications/12')
  })

  it("puts the server's problems beside the controls they name", async () => {
    api.createPublication.mockRejectedValue(
      new ApiError({
        status: 422,
        detail: 'Some fields are not valid: workshops[0].',
        violations: [{ field: 'workshops[0]', message: 'There is no workshop 1.' }],
      }),
    )
    await wrapper.find('#publication-title').setValue('Report')
    await wrapper.find('input[value="PATTERN_CARDS"]').setValue(true)
    await wrapper.find('form').trigger('submit')
    await flushPromises()
    expect(wrapper.find('[role="alert"] h2').text()).toBe('Please check: Workshops')
    expect(wrapper.find('#publication-workshops-error').text()).toBe('There is no workshop 1.')
  })
})
