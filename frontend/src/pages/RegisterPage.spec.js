import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { flushPromises, mount } from '@vue/test-utils'
import { createPinia, setActivePinia } from 'pinia'
import { createMemoryHistory, createRouter } from 'vue-router'
import { ApiError } from '../api/client.js'

vi.mock('../api/registrations.js', () => ({
  fetchNotice: vi.fn(),
  register: vi.fn(),
  joinWorkshop: vi.fn(),
  fetchDelegateMe: vi.fn(),
}))

const registrationsApi = await import('../api/registrations.js')
const RegisterPage = (await import('./RegisterPage.vue')).default

const workshop = {
  id: 7,
  title: 'Rumours in a crisis',
  status: 'SCHEDULED',
  timeZone: 'Europe/Brussels',
  startsAt: '2027-03-10T09:00:00+01:00',
  endsAt: '2027-03-10T17:00:00+01:00',
}

let wrapper
beforeEach(async () => {
  setActivePinia(createPinia())
  vi.resetAllMocks()
  registrationsApi.fetchNotice.mockResolvedValue({
    workshop,
    notice: { version: 2, text: 'We keep your name for the attendance list.' },
  })
  // what the API answers for an empty form: alphabetical, with its JSON names
  registrationsApi.register.mockRejectedValue(
    new ApiError({
      status: 422,
      title: 'Validation failed',
      detail: 'Some fields are not valid: consent, country, email, name, organisation, sector.',
      violations: [
        { field: 'consent', message: 'Accept the privacy and attribution notice to register.' },
        { field: 'country', message: 'Give your country as a two-letter code, such as BE.' },
        { field: 'email', message: 'Give your email address.' },
        { field: 'name', message: 'Give your name.' },
        { field: 'organisation', message: 'Give your organisation.' },
        { field: 'sector', message: 'Choose your sector.' },
      ],
    }),
  )
  const router = createRouter({
    history: createMemoryHistory(),
    routes: [{ path: '/:any(.*)*', component: RegisterPage }],
  })
  await router.push('/register?code=ABC123')
  wrapper = mount(RegisterPage, { global: { plugins: [router] }, attachTo: document.body })
  await flushPromises()
})

afterEach(() => {
  wrapper.unmount()
  document.body.innerHTML = ''
})

describe('RegisterPage', () => {
  it("sums up the problems in the form's order and words, and each message fits its control", async () => {
    await wrapper.find('form[aria-labelledby="register-form-heading"]').trigger('submit')
    await flushPromises()

    const summary = wrapper.find('#register-problem')
    expect(summary.find('h3').text()).toBe('Please check: Name, Email, Organisation, Sector, Country, Consent')
    expect(summary.text()).not.toMatch(/Some fields are not valid|two-letter/)
    expect(document.activeElement).toBe(summary.element)

    const country = wrapper.find('#register-country')
    expect(country.element.tagName).toBe('SELECT')
    expect(country.attributes('aria-invalid')).toBe('true')
    expect(wrapper.find(`#${country.attributes('aria-describedby')}`).text()).toBe('Choose your country from the list.')
    expect(wrapper.find('#register-sector-error').text()).toBe('Choose your sector from the list.')
    expect(wrapper.find('#register-consent-error').text()).toBe(
      'Accept the privacy and attribution notice to register.',
    )

    const countryLink = summary.findAll('a').find((a) => a.text().startsWith('Country:'))
    expect(countryLink.text()).toBe('Country: Choose your country from the list.')
    await countryLink.trigger('click')
    expect(document.activeElement).toBe(country.element)
  })

  it('says to check the email and shows no key, whether or not the email was known', async () => {
    registrationsApi.register.mockResolvedValue({
      message: 'Check your email: your personal link is on its way to the address you gave.',
    })
    await wrapper.find('#register-email').setValue('dana@example.org')
    await wrapper.find('form[aria-labelledby="register-form-heading"]').trigger('submit')
    await flushPromises()

    const heading = wrapper.find('h1')
    expect(heading.text()).toBe('Check your email')
    expect(document.activeElement).toBe(heading.element)
    expect(wrapper.text()).toContain('your personal link is on its way')
    expect(wrapper.text()).toContain('dana@example.org')
    expect(wrapper.text()).toContain('Already have your link? Open it from the email.')
    expect(wrapper.find('a[href="/join"]').exists()).toBe(true)
    expect(wrapper.html()).not.toMatch(/#key=|Join the workshop/)
  })
})
