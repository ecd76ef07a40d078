import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { flushPromises, mount } from '@vue/test-utils'
import { createPinia, setActivePinia } from 'pinia'
import { createMemoryHistory, createRouter } from 'vue-router'

vi.mock('../api/delegates.js', () => ({
  listDelegates: vi.fn(),
  delegateCounts: vi.fn(),
  inviteDelegate: vi.fn(),
  checkInDelegate: vi.fn(),
  undoCheckIn: vi.fn(),
}))
vi.mock('../api/workshops.js', () => ({ getWorkshop: vi.fn() }))

const api = await import('../api/delegates.js')
const workshopsApi = await import('../api/workshops.js')
const { ApiError } = await import('../api/client.js')
const { saveSession } = await import('../lib/storedSessions.js')
const CheckInPage = (await import('./CheckInPage.vue')).default

const workshop = {
  id: 5,
  title: 'Trolling and public order',
  status: 'LIVE',
  timeZone: 'Europe/Brussels',
  startsAt: '2027-03-10T09:00:00+01:00',
  endsAt: '2027-03-10T17:00:00+01:00',
}
const person = (id, name, status, fields = {}) => ({
  id,
  name,
  status,
  organisation: 'Politie Antwerpen',
  sector: 'POLICE',
  country: 'BE',
  email: `${name.toLowerCase().replace(/\s+/g, '.')}@example.org`,
  checkedInAt: null,
  ...fields,
})
const ana = person(1, 'Ana Costa', 'REGISTERED')
const ben = person(2, 'Ben Okafor', 'INVITED')
const cleo = person(3, 'Cleo Martin', 'WAITLISTED')
const dan = person(4, 'Dan Wu', 'CANCELLED')
const eve = person(5, 'Eve Novak', 'DECLINED')
const CONSENT = 'Ask for consent at the desk before checking in someone who has not registered.'

let wrapper
const items = () => wrapper.findAll('.check-in__item')
const itemFor = (name) => items().find((li) => li.find('.check-in__name').text() === name)
const buttonIn = (node, text) => node.findAll('button').find((b) => b.text().startsWith(text))
const outcome = () => wrapper.find('.check-in__outcome').text()

beforeEach(async () => {
  localStorage.clear()
  setActivePinia(createPinia())
  vi.resetAllMocks()
  saveSession({
    token: 't',
    expiresAt: new Date(Date.now() + 3600_000).toISOString(),
    user: { id: 1, displayName: 'Olga', roles: ['ORGANISER'] },
  })
  workshopsApi.getWorkshop.mockResolvedValue({ workshop, etag: '"1"' })
  api.listDelegates.mockResolvedValue([ana, ben, cleo, dan, eve])
  api.delegateCounts.mockResolvedValue({ registered: 1, checkedIn: 0, invited: 1, waitlisted: 1 })
  const router = createRouter({
    history: createMemoryHistory(),
    routes: [
      { path: '/workshops/:id/check-in', component: CheckInPage, props: true },
      { path: '/:any(.*)*', component: { template: '<p>elsewhere</p>' } },
    ],
  })
  await router.push('/workshops/5/check-in')
  wrapper = mount(CheckInPage, {
    props: { id: '5' },
    global: { plugins: [router], stubs: { QrScanner: true } },
    attachTo: document.body,
  })
  await flushPromises()
})
afterEach(() => {
  wrapper.unmount()
  document.body.innerHTML = ''
})

describe('CheckInPage', () => {
  it('lists registered, invited and waitlisted people with their status, and not those who cancelled or declined', () => {
    expect(items().map((li) => li.find('.check-in__name').text())).toEqual(['Ana Costa', 'Ben Okafor', 'Cleo Martin'])
    expect(itemFor('Ben Okafor').find('.badge').text()).toBe('Invited')
    expect(itemFor('Cleo Martin').find('.badge').text()).toBe('Waitlisted')
    expect(itemFor('Ana Costa').find('.badge').exists()).toBe(false)
    // only those not registered yet are asked for consent
    expect(itemFor('Ana Costa').find('input[type="checkbox"]').exists()).toBe(false)
    expect(itemFor('Ben Okafor').find('label').text()).toBe('Consent given at the desk by Ben Okafor')
    expect(wrapper.text()).toContain('3 on the list: 1 registered, 1 invited, 1 on the waitlist.')
    expect(api.listDelegates).toHaveBeenCalledWith('5', {})
  })

  it('checks in a registered delegate as before, without a body', async () => {
    api.checkInDelegate.mockResolvedValue({ ...ana, checkedInAt: '2027-03-10T08:05:00Z' })
    await buttonIn(itemFor('Ana Costa'), 'Check in').trigger('click')
    await flushPromises()
    expect(api.checkInDelegate).toHaveBeenCalledWith('5', 1, undefined)
    expect(outcome()).toBe('Checked in: Ana Costa (Police).')
  })

  it('checks in someone invited only once consent is ticked, and says so beside the box until then', async () => {
    await buttonIn(itemFor('Ben Okafor'), 'Check in').trigger('click')
    await flushPromises()
    expect(api.checkInDelegate).not.toHaveBeenCalled()
    const box = itemFor('Ben Okafor').find('input[type="checkbox"]')
    expect(box.attributes('aria-invalid')).toBe('true')
    expect(document.getElementById(box.attributes('aria-describedby')).textContent.trim()).toBe(CONSENT)
    expect(document.activeElement).toBe(box.element)

    api.checkInDelegate.mockResolvedValue({ ...ben, status: 'REGISTERED', checkedInAt: '2027-03-10T08:06:00Z' })
    await box.setValue(true)
    await buttonIn(itemFor('Ben Okafor'), 'Check in').trigger('click')
    await flushPromises()
    expect(api.checkInDelegate).toHaveBeenCalledWith('5', 2, { consent: true })
    expect(outcome()).toBe('Checked in: Ben Okafor (Police). They are registered now.')
    expect(itemFor('Ben Okafor').find('.check-in__done').exists()).toBe(true)
    expect(itemFor('Ben Okafor').find('input[type="checkbox"]').exists()).toBe(false)
  })

  it("shows the server's refusal of consent beside the person's consent box", async () => {
    api.checkInDelegate.mockRejectedValue(
      new ApiError({
        status: 422,
        title: 'Unprocessable',
        detail: 'The request is not valid.',
        violations: [{ field: 'consent', message: CONSENT }],
      }),
    )
    await itemFor('Cleo Martin').find('input[type="checkbox"]').setValue(true)
    await buttonIn(itemFor('Cleo Martin'), 'Check in').trigger('click')
    await flushPromises()
    expect(itemFor('Cleo Martin').find('[role="alert"]').text()).toBe(CONSENT)
    expect(itemFor('Ben Okafor').find('[role="alert"]').exists()).toBe(false)
  })

  it('registers and checks in a walk-in with the consent given at the desk', async () => {
    await wrapper.find('#walk-in-toggle').trigger('click')
    const form = wrapper.find('form.check-in__walk-in')
    // only what the desk needs
    expect(form.find('#walk-in-jobTitle').exists()).toBe(false)
    await form.find('#walk-in-name').setValue('Fatima Zahra')
    await form.find('#walk-in-email').setValue('fatima@example.org')
    await form.find('#walk-in-organisation').setValue('Red Cross')
    await form.find('#walk-in-sector').setValue('CIVIL_SOCIETY')
    await form.find('#walk-in-country').setValue('MA')

    await form.trigger('submit')
    await flushPromises()
    expect(api.inviteDelegate).not.toHaveBeenCalled()
    expect(form.find('#walk-in-consent-error').text()).toBe(CONSENT)

    const fatima = person(6, 'Fatima Zahra', 'INVITED', {
      organisation: 'Red Cross',
      sector: 'CIVIL_SOCIETY',
      country: 'MA',
    })
    api.inviteDelegate.mockResolvedValue({
      ...fatima,
      accessToken: 'secret',
      personalLink: '/my-registration#key=secret',
    })
    api.checkInDelegate.mockResolvedValue({ ...fatima, status: 'REGISTERED', checkedInAt: '2027-03-10T08:07:00Z' })
    await form.find('#walk-in-consent').setValue(true)
    await form.trigger('submit')
    await flushPromises()
    expect(api.inviteDelegate).toHaveBeenCalledWith(
      '5',
      expect.objectContaining({
        name: 'Fatima Zahra',
        email: 'fatima@example.org',
        organisation: 'Red Cross',
        sector: 'CIVIL_SOCIETY',
        country: 'MA',
      }),
    )
    expect(api.checkInDelegate).toHaveBeenCalledWith('5', 6, { consent: true })
    expect(outcome()).toContain('Checked in: Fatima Zahra (Civil society).')
    expect(wrapper.find('#walk-in-panel').attributes('hidden')).toBeDefined()
    expect(itemFor('Fatima Zahra').find('.check-in__done').exists()).toBe(true)
  })
})
