import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { flushPromises, mount } from '@vue/test-utils'
import { createPinia, setActivePinia } from 'pinia'

vi.mock('../api/privacy.js', () => ({ listNotices: vi.fn(), publishNotice: vi.fn() }))

const api = await import('../api/privacy.js')
const PrivacyNoticesPage = (await import('./PrivacyNoticesPage.vue')).default

const versions = [
  { version: 2, text: 'We keep your data for two years.', publishedAt: '2027-01-05T10:00:00Z' },
  { version: 1, text: 'We keep your name.', publishedAt: '2026-11-01T10:00:00Z' },
]
const button = (wrapper, name) => wrapper.findAll('button').find((b) => b.text() === name)

beforeEach(() => {
  setActivePinia(createPinia())
  vi.resetAllMocks()
  api.listNotices.mockResolvedValue(versions)
})
afterEach(() => {
  document.body.innerHTML = ''
})

describe('PrivacyNoticesPage', () => {
  it('shows the current text and the earlier versions', async () => {
    const wrapper = mount(PrivacyNoticesPage, { attachTo: document.body })
    await flushPromises()

    expect(wrapper.find('#current-notice-heading').text()).toBe('Current: version 2')
    expect(wrapper.text()).toContain('We keep your data for two years.')
    expect(wrapper.find('details summary').text()).toContain('Version 1')
    wrapper.unmount()
  })

  it('publishes a new version only after saying what follows', async () => {
    api.publishNotice.mockResolvedValue({ version: 3, text: 'Shorter.', publishedAt: '2027-02-01T10:00:00Z' })
    const wrapper = mount(PrivacyNoticesPage, { attachTo: document.body })
    await flushPromises()

    await wrapper.find('form').trigger('submit')
    await flushPromises()
    expect(wrapper.find('#notice-text').attributes('aria-invalid')).toBe('true')
    expect(wrapper.find('#notice-text-error').text()).toBe('Write the notice’s text.')

    await wrapper.find('#notice-text').setValue('Shorter.')
    await wrapper.find('form').trigger('submit')
    await flushPromises()
    expect(api.publishNotice).not.toHaveBeenCalled()
    expect(wrapper.find('dialog').text()).toContain('Publish version 3?')
    expect(wrapper.find('dialog').text()).toContain('must accept this one before they can join again')

    await button(wrapper, 'Yes, publish it').trigger('click')
    await flushPromises()
    expect(api.publishNotice).toHaveBeenCalledWith('Shorter.')
    expect(wrapper.find('#current-notice-heading').text()).toBe('Current: version 3')
    expect(wrapper.text()).toContain('Version 3 is published.')
    wrapper.unmount()
  })
})
