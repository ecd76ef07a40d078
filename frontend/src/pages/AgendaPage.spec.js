import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { flushPromises, mount } from '@vue/test-utils'
import { createPinia, setActivePinia } from 'pinia'
import { createMemoryHistory, createRouter } from 'vue-router'
import { ApiError } from '../api/client.js'

vi.mock('../api/sessions.js', () => ({ listSessions: vi.fn(), createSession: vi.fn(), updateSession: vi.fn() }))
vi.mock('../api/staff.js', () => ({ listStaff: vi.fn() }))
vi.mock('../api/accounts.js', () => ({ listAccounts: vi.fn() }))
vi.mock('../api/workshops.js', () => ({ getWorkshop: vi.fn() }))

const sessionsApi = await import('../api/sessions.js')
const staffApi = await import('../api/staff.js')
const accountsApi = await import('../api/accounts.js')
const workshopsApi = await import('../api/workshops.js')
const { saveSession } = await import('../lib/storedSessions.js')
const AgendaPage = (await import('./AgendaPage.vue')).default

const workshop = {
  id: 7,
  title: 'Rumours in a crisis',
  status: 'SCHEDULED',
  timeZone: 'Europe/Brussels',
  startsAt: '2027-03-10T09:00:00+01:00',
  endsAt: '2027-03-10T17:00:00+01:00',
}
const session = {
  id: 21,
  workshopId: 7,
  title: 'Mapping rumours',
  prompt: null,
  position: 1,
  startsAt: '2027-03-10T10:00:00+01:00',
  endsAt: '2027-03-10T11:00:00+01:00',
  facilitator: { id: 40, displayName: 'Former Facilitator' },
}

let wrapper
async function openAs(...roles) {
  saveSession({
    token: 't',
    expiresAt: new Date(Date.now() + 3600_000).toISOString(),
    user: { id: 2, displayName: 'Olga', roles },
  })
  const router = createRouter({
    history: createMemoryHistory(),
    routes: [{ path: '/:any(.*)*', component: { template: '<p>page</p>' } }],
  })
  await router.push('/workshops/7/agenda')
  wrapper = mount(AgendaPage, { props: { id: '7' }, global: { plugins: [router] }, attachTo: document.body })
  await flushPromises()
}
const options = () => wrapper.findAll('#session-facilitatorId option').map((o) => o.text())

beforeEach(() => {
  localStorage.clear()
  setActivePinia(createPinia())
  vi.resetAllMocks()
  workshopsApi.getWorkshop.mockResolvedValue({ workshop, etag: '"1"' })
  sessionsApi.listSessions.mockResolvedValue([session])
  staffApi.listStaff.mockResolvedValue([
    { id: 31, displayName: 'Fran Facilitator', roles: ['FACILITATOR'] },
    { id: 2, displayName: 'Olga', roles: ['ORGANISER'] },
  ])
})

afterEach(() => {
  wrapper.unmount()
  document.body.innerHTML = ''
})

describe('choosing a facilitator', () => {
  it('lets an organiser choose from the staff who may facilitate, without the admin-only accounts list', async () => {
    await openAs('ORGANISER')
    expect(staffApi.listStaff).toHaveBeenCalledWith(['FACILITATOR', 'ORGANISER', 'ADMIN'])
    expect(accountsApi.listAccounts).not.toHaveBeenCalled()
    expect(options()).toEqual(['No facilitator', 'Fran Facilitator', 'Olga'])

    sessionsApi.createSession.mockImplementation(async (id, body) => ({
      ...session,
      id: 22,
      ...body,
      facilitator: { id: 31, displayName: 'Fran Facilitator' },
    }))
    await wrapper.find('#session-title').setValue('Debunking in practice')
    await wrapper.find('#session-facilitatorId').setValue('31')
    await wrapper.find('form').trigger('submit')
    await flushPromises()
    expect(sessionsApi.createSession).toHaveBeenCalledWith(
      '7',
      expect.objectContaining({ title: 'Debunking in practice', facilitatorId: 31 }),
    )
  })

  it("keeps a session's own facilitator as a choice when editing, even if no longer listed", async () => {
    await openAs('ADMIN')
    sessionsApi.updateSession.mockImplementation(async (id, sessionId, body) => ({ ...session, ...body }))
    await wrapper.find('#edit-21').trigger('click')
    expect(options()).toEqual(['No facilitator', 'Fran Facilitator', 'Olga', 'Former Facilitator'])
    expect(wrapper.find('#session-facilitatorId').element.value).toBe('40')
    await wrapper.find('form').trigger('submit')
    await flushPromises()
    expect(sessionsApi.updateSession).toHaveBeenCalledWith('7', 21, expect.objectContaining({ facilitatorId: 40 }))
  })

  it('says when the list cannot be loaded and keeps the facilitator the session has', async () => {
    staffApi.listStaff.mockRejectedValue(new ApiError({ status: 503, detail: 'The server had a problem.' }))
    await openAs('ORGANISER')
    await wrapper.find('#edit-21').trigger('click')
    expect(wrapper.find('#session-facilitatorId-hint').text()).toContain('could not be loaded')
    expect(wrapper.find('#session-facilitatorId').element.value).toBe('40')
  })
})
