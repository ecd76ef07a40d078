import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { flushPromises, mount } from '@vue/test-utils'
import { createPinia, setActivePinia } from 'pinia'
import { createMemoryHistory, createRouter } from 'vue-router'
import MyRegistrationPage from './MyRegistrationPage.vue'

const workshop = {
  id: 5,
  title: 'Trolling and public order',
  theme: 'trolling',
  description: null,
  startsAt: '2027-03-10T09:00:00+01:00',
  endsAt: '2027-03-10T17:00:00+01:00',
  timeZone: 'Europe/Brussels',
  venue: 'Brussels',
  onlineUrl: null,
  attribution: 'CHATHAM_HOUSE',
  status: 'SCHEDULED',
}
const delegate = (status) => ({
  id: 42,
  workshopId: 5,
  name: 'Ana Costa',
  email: 'ana@example.org',
  organisation: 'PJ',
  sector: 'POLICE',
  country: 'PT',
  status,
})
const answer = (status) => ({
  delegate: delegate(status),
  workshop,
  notice: { version: 'v1', text: 'We keep your name.' },
})
const json = (status, body) =>
  new Response(JSON.stringify(body), { status, headers: { 'Content-Type': 'application/json' } })

let fetchMock

async function mountAt(path) {
  const router = createRouter({
    history: createMemoryHistory(),
    routes: [
      { path: '/my-registration', component: MyRegistrationPage },
      { path: '/live', component: { template: '<p>live</p>' } },
      { path: '/community/profile', component: { template: '<p>community</p>' } },
    ],
  })
  await router.push(path)
  const wrapper = mount(MyRegistrationPage, { global: { plugins: [router] }, attachTo: document.body })
  await flushPromises()
  return wrapper
}

beforeEach(() => {
  localStorage.clear()
  setActivePinia(createPinia())
  fetchMock = vi.fn()
  vi.stubGlobal('fetch', fetchMock)
})
afterEach(() => {
  document.body.innerHTML = ''
})

describe('MyRegistrationPage', () => {
  it('sends the key from the fragment in the request body, never in the address', async () => {
    fetchMock.mockResolvedValue(json(200, answer('REGISTERED')))
    const wrapper = await mountAt('/my-registration#key=s3cret-Key_1')

    const [url, init] = fetchMock.mock.calls[0]
    expect(url).toBe('/api/my-registration')
    expect(url).not.toContain('s3cret')
    expect(init.method).toBe('POST')
    expect(JSON.parse(init.body)).toEqual({ accessToken: 's3cret-Key_1' })
    expect(init.headers.Authorization).toBeUndefined()

    expect(wrapper.find('h1').text()).toBe('You have a place')
    await vi.waitFor(() => expect(wrapper.find('img.qr').exists()).toBe(true))
    expect(wrapper.find('img.qr').attributes('alt')).toBe('Check-in QR code for Ana Costa')
    expect(wrapper.find('img.qr').attributes('src')).toMatch(/^data:image\/svg\+xml/)
    expect(wrapper.text()).toContain('Join the workshop')
    wrapper.unmount()
  })

  it('asks for consent beside the checkbox before confirming an invitation', async () => {
    fetchMock.mockResolvedValue(json(200, answer('INVITED')))
    const wrapper = await mountAt('/my-registration#key=abc')
    expect(wrapper.find('h1').text()).toBe('You are invited')

    await wrapper.find('form').trigger('submit')
    await flushPromises()
    expect(fetchMock).toHaveBeenCalledTimes(1)
    const checkbox = wrapper.find('#my-consent')
    expect(checkbox.attributes('aria-invalid')).toBe('true')
    expect(wrapper.find(`#${checkbox.attributes('aria-describedby')}`).text()).toBe(
      'Accept the privacy and attribution notice to confirm.',
    )

    fetchMock.mockResolvedValue(json(200, answer('REGISTERED')))
    await checkbox.setValue(true)
    await wrapper.find('form').trigger('submit')
    await flushPromises()
    const [url, init] = fetchMock.mock.calls[1]
    expect(url).toBe('/api/my-registration/confirm')
    expect(JSON.parse(init.body)).toEqual({ accessToken: 'abc', consent: true })
    expect(wrapper.find('h1').text()).toBe('You have a place')
    wrapper.unmount()
  })

  it('says so when the link has no key or a key that does not work', async () => {
    let wrapper = await mountAt('/my-registration')
    expect(fetchMock).not.toHaveBeenCalled()
    expect(wrapper.find('[role="alert"]').text()).toContain('needs your personal link')
    wrapper.unmount()

    fetchMock.mockResolvedValue(
      new Response(JSON.stringify({ status: 401, title: 'Unauthorized', detail: 'This personal key is not valid.' }), {
        status: 401,
        headers: { 'Content-Type': 'application/problem+json' },
      }),
    )
    wrapper = await mountAt('/my-registration#key=old')
    expect(wrapper.find('[role="alert"]').text()).toContain('This personal link no longer works')
    wrapper.unmount()
  })

  it('asks for a changed notice before anything else, and records the version read', async () => {
    fetchMock.mockResolvedValue(
      json(200, {
        ...answer('REGISTERED'),
        notice: { version: 2, text: 'We now keep your data for two years.' },
        consentRequired: true,
        consents: [{ noticeVersion: 1, attribution: 'CHATHAM_HOUSE', acceptedAt: '2027-03-01T08:00:00Z' }],
        eraseOn: '2029-03-09',
      }),
    )
    const wrapper = await mountAt('/my-registration#key=abc')

    expect(wrapper.find('h1').text()).toBe('The privacy notice has changed')
    expect(wrapper.text()).toContain('We now keep your data for two years.')
    expect(wrapper.text()).not.toContain('Join the workshop')
    expect(wrapper.text()).toContain('Download my data')

    await wrapper.find('form').trigger('submit')
    await flushPromises()
    expect(fetchMock).toHaveBeenCalledTimes(1)
    expect(wrapper.find('#my-reconsent').attributes('aria-invalid')).toBe('true')

    fetchMock.mockResolvedValue(json(200, { ...answer('REGISTERED'), consentRequired: false }))
    await wrapper.find('#my-reconsent').setValue(true)
    await wrapper.find('form').trigger('submit')
    await flushPromises()
    const [url, init] = fetchMock.mock.calls[1]
    expect(url).toBe('/api/my-registration/consent')
    expect(JSON.parse(init.body)).toEqual({ key: 'abc', version: 2 })
    expect(wrapper.find('h1').text()).toBe('You have a place')
    expect(wrapper.text()).toContain('You accepted version 2')
    wrapper.unmount()
  })

  it('shows the notices accepted and the day the data goes', async () => {
    fetchMock.mockResolvedValue(
      json(200, {
        ...answer('REGISTERED'),
        consents: [{ noticeVersion: 1, attribution: 'CHATHAM_HOUSE', acceptedAt: '2027-03-01T08:00:00Z' }],
        eraseOn: '2029-03-09',
      }),
    )
    const wrapper = await mountAt('/my-registration#key=abc')

    const myData = wrapper.find('[aria-labelledby="my-data-heading"]')
    expect(myData.text()).toContain('Fri 9 Mar 2029')
    expect(myData.text()).toContain('Version 1, on Mon 1 Mar 2027, 09:00 (Brussels)')
    wrapper.unmount()
  })

  it('erases only after a confirmation that says what goes and what stays, then shows the end', async () => {
    fetchMock.mockResolvedValue(json(200, answer('REGISTERED')))
    const wrapper = await mountAt('/my-registration#key=abc')

    await wrapper
      .findAll('button')
      .find((b) => b.text() === 'Erase my data')
      .trigger('click')
    await flushPromises()
    const dialog = wrapper.find('dialog')
    expect(dialog.text()).toContain('Erase your personal data?')
    expect(dialog.text()).toContain("Your notes and votes stay, attributed to 'a delegate'")
    expect(fetchMock).toHaveBeenCalledTimes(1)

    fetchMock.mockResolvedValue(
      json(200, { delegateId: 42, erasedAt: '2027-03-10T10:00:00Z', message: 'Your personal data is erased.' }),
    )
    await dialog
      .findAll('button')
      .find((b) => b.text() === 'Yes, erase my data')
      .trigger('click')
    await flushPromises()

    const [url, init] = fetchMock.mock.calls[1]
    expect(url).toBe('/api/my-registration/erase')
    expect(JSON.parse(init.body)).toEqual({ key: 'abc' })
    expect(wrapper.find('h1').text()).toBe('Your data is erased')
    expect(wrapper.text()).toContain('This personal link no longer works')
    expect(wrapper.text()).not.toContain('Ana Costa')
    wrapper.unmount()
  })

  it('downloads the data as the file the server names', async () => {
    fetchMock.mockResolvedValue(json(200, answer('REGISTERED')))
    const wrapper = await mountAt('/my-registration#key=abc')
    const saved = []
    vi.stubGlobal('URL', { ...URL, createObjectURL: () => 'blob:x', revokeObjectURL: () => {} })
    const click = vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function record() {
      saved.push(this.download)
    })
    fetchMock.mockResolvedValue(
      new Response('{"registration":{}}', {
        status: 200,
        headers: {
          'Content-Type': 'application/json',
          'Content-Disposition': 'attachment; filename="my-data-workshop-5.json"',
        },
      }),
    )

    await wrapper
      .findAll('button')
      .find((b) => b.text() === 'Download my data')
      .trigger('click')
    await flushPromises()

    expect(fetchMock.mock.calls[1][0]).toBe('/api/my-registration/export')
    expect(saved).toEqual(['my-data-workshop-5.json'])
    expect(wrapper.text()).toContain('Your data is downloaded as my-data-workshop-5.json.')
    click.mockRestore()
    wrapper.unmount()
  })

  it('opens the community with the key from the fragment, in a body, and goes to the profile', async () => {
    fetchMock.mockResolvedValueOnce(json(200, answer('REGISTERED')))
    const wrapper = await mountAt('/my-registration#key=k3y')
    fetchMock.mockResolvedValueOnce(
      json(200, {
        token: 'member-token',
        expiresAt: new Date(Date.now() + 86400_000).toISOString(),
        memberId: 7,
        delegateIds: [42],
      }),
    )
    expect(wrapper.find('#community-entry-heading').text()).toBe('Community')
    expect(wrapper.text()).not.toContain('Add this registration')

    await wrapper
      .findAll('button')
      .find((b) => b.text() === 'Open the community')
      .trigger('click')
    await flushPromises()

    const [url, init] = fetchMock.mock.calls[1]
    expect(url).toBe('/api/community/session')
    expect(JSON.parse(init.body)).toEqual({ key: 'k3y' })
    expect(JSON.parse(localStorage.getItem('workshopHub.member')).token).toBe('member-token')
    expect(wrapper.vm.$router.currentRoute.value.path).toBe('/community/profile')
    wrapper.unmount()
  })

  it('offers to add this registration to a membership open with another one', async () => {
    localStorage.setItem(
      'workshopHub.member',
      JSON.stringify({
        token: 'member-token',
        expiresAt: new Date(Date.now() + 86400_000).toISOString(),
        memberId: 7,
        delegateIds: [41],
      }),
    )
    fetchMock.mockResolvedValueOnce(json(200, answer('REGISTERED')))
    const wrapper = await mountAt('/my-registration#key=second')
    fetchMock.mockResolvedValueOnce(json(200, { memberId: 7, delegateIds: [41, 42] }))

    await wrapper
      .findAll('button')
      .find((b) => b.text() === 'Add this registration to my community membership')
      .trigger('click')
    await flushPromises()

    const [url, init] = fetchMock.mock.calls[1]
    expect(url).toBe('/api/community/link')
    expect(JSON.parse(init.body)).toEqual({ key: 'second' })
    expect(init.headers.Authorization).toBe('Bearer member-token')
    expect(wrapper.text()).toContain('This registration is now part of your community membership.')
    expect(wrapper.text()).not.toContain('Add this registration')
    wrapper.unmount()
  })
})
