import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { flushPromises, mount } from '@vue/test-utils'
import { createPinia, setActivePinia } from 'pinia'

vi.mock('../api/privacy.js', () => ({ listAuthorAccess: vi.fn() }))

const api = await import('../api/privacy.js')
const AuthorAccessPage = (await import('./AuthorAccessPage.vue')).default

const page = (items, { total = items.length, hasNext = false, hasPrev = false } = {}) => ({
  items,
  total,
  hasNext,
  hasPrev,
})
const sighting = { id: 1, accountId: 3, accountName: 'Ada Admin', noteId: 77, accessedAt: '2027-03-10T09:00:00Z' }

beforeEach(() => {
  setActivePinia(createPinia())
  vi.resetAllMocks()
})
afterEach(() => {
  document.body.innerHTML = ''
})

describe('AuthorAccessPage', () => {
  it('lists who was shown which note’s author, and filters by note', async () => {
    api.listAuthorAccess.mockResolvedValue(page([sighting], { total: 120, hasNext: true }))
    const wrapper = mount(AuthorAccessPage, { attachTo: document.body })
    await flushPromises()

    expect(wrapper.find('table').text()).toContain('Ada Admin')
    expect(wrapper.find('table').text()).toContain('Note 77')
    expect(wrapper.find('[role="status"]').text()).toContain('120 sightings')

    await wrapper.find('#audit-note').setValue('77')
    await wrapper.find('form').trigger('submit')
    await flushPromises()
    expect(api.listAuthorAccess).toHaveBeenLastCalledWith({ noteId: '77', accountId: undefined, page: 0, size: 50 })

    await wrapper
      .findAll('button')
      .find((b) => b.text() === 'Older')
      .trigger('click')
    await flushPromises()
    expect(api.listAuthorAccess).toHaveBeenLastCalledWith({ noteId: '77', accountId: undefined, page: 1, size: 50 })
    wrapper.unmount()
  })

  it('says so when nothing was recorded', async () => {
    api.listAuthorAccess.mockResolvedValue(page([]))
    const wrapper = mount(AuthorAccessPage, { attachTo: document.body })
    await flushPromises()

    expect(wrapper.find('table').exists()).toBe(false)
    expect(wrapper.find('[role="status"]').text()).toContain('No admin has been shown')
    wrapper.unmount()
  })
})
