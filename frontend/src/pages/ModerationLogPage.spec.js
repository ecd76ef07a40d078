import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { flushPromises, mount } from '@vue/test-utils'
import { createPinia, setActivePinia } from 'pinia'
import { createMemoryHistory, createRouter } from 'vue-router'

vi.mock('../api/notes.js', () => ({ fetchModerationLog: vi.fn() }))
vi.mock('../api/workshops.js', () => ({ getWorkshop: vi.fn() }))

const notesApi = await import('../api/notes.js')
const workshopsApi = await import('../api/workshops.js')
const { saveSession } = await import('../lib/storedSessions.js')
const ModerationLogPage = (await import('./ModerationLogPage.vue')).default

const workshop = {
  id: 7,
  title: 'Rumours in a crisis',
  timeZone: 'Europe/Brussels',
  startsAt: '2027-03-10T09:00:00+01:00',
  endsAt: '2027-03-10T17:00:00+01:00',
}

let wrapper
beforeEach(async () => {
  localStorage.clear()
  setActivePinia(createPinia())
  vi.resetAllMocks()
  saveSession({
    token: 't',
    expiresAt: new Date(Date.now() + 3600_000).toISOString(),
    user: { id: 4, displayName: 'Ana Lima', roles: ['FACILITATOR'] },
  })
  workshopsApi.getWorkshop.mockResolvedValue({ workshop, etag: '"1"' })
  notesApi.fetchModerationLog.mockResolvedValue([
    {
      id: 2,
      noteId: 12,
      noteText: 'Names and home addresses of the officers were posted in the group chat',
      action: 'HIDE',
      reason: 'Personal data',
      actorAccountId: 4,
      actorName: 'Ana Lima',
      at: '2027-03-10T09:30:00Z',
    },
    {
      id: 3,
      noteId: 13,
      noteText: 'Operation Kestrel starts on Friday',
      action: 'SENSITIVITY',
      reason: 'RESTRICTED: names a live operation',
      actorAccountId: 5,
      actorName: 'Jo Peeters',
      at: '2027-03-10T09:35:00Z',
    },
    {
      id: 1,
      noteId: 11,
      noteText: 'One shared picture helped the city',
      action: 'PIN',
      actorAccountId: 5,
      actorName: 'Jo Peeters',
      at: '2027-03-10T09:20:00Z',
    },
  ])
  const router = createRouter({
    history: createMemoryHistory(),
    routes: [{ path: '/:any(.*)*', component: { template: '<p>page</p>' } }],
  })
  await router.push('/workshops/7/moderation-log')
  wrapper = mount(ModerationLogPage, { props: { id: '7' }, global: { plugins: [router] } })
  await flushPromises()
})

afterEach(() => wrapper.unmount())

describe('ModerationLogPage', () => {
  it('shows the first words of each note and who acted, my own actions as "You (name)"', () => {
    const [mine, , theirs] = wrapper.findAll('tbody tr').map((row) => row.findAll('td').map((td) => td.text()))
    expect(mine[1]).toBe('Hidden')
    expect(mine[2]).toContain('“Names and home addresses of the officers were posted in the group chat”')
    expect(mine[4]).toBe('You (Ana Lima)')
    expect(theirs[1]).toBe('Pinned')
    expect(theirs[4]).toBe('Jo Peeters')
    expect(mine[0]).toBe('Wed 10 Mar 2027, 10:30 (Brussels)')
  })

  it('shows a sensitivity label and its reason in words', () => {
    const [, labelled] = wrapper.findAll('tbody tr').map((row) => row.findAll('td').map((td) => td.text()))
    expect(labelled[1]).toBe('Sensitivity labelled')
    expect(labelled[2]).toContain('“Operation Kestrel starts on Friday”')
    expect(labelled[3]).toBe('Restricted: names a live operation')
  })
})
