import { beforeEach, describe, expect, it, vi } from 'vitest'
import { createPinia, setActivePinia } from 'pinia'

vi.mock('../api/delegates.js', () => ({
  listDelegates: vi.fn(),
  delegateCounts: vi.fn(),
  inviteDelegate: vi.fn(),
  importDelegates: vi.fn(),
  cancelDelegate: vi.fn(),
  checkInDelegate: vi.fn(),
  undoCheckIn: vi.fn(),
  renewPersonalLink: vi.fn(),
}))

const api = await import('../api/delegates.js')
const { useDelegatesStore } = await import('./delegates.js')

const ana = { id: 1, name: 'Ana', status: 'REGISTERED', checkedInAt: null }
const ben = { id: 2, name: 'Ben', status: 'WAITLISTED', checkedInAt: null }

beforeEach(() => {
  setActivePinia(createPinia())
  vi.resetAllMocks()
})

describe('delegates store', () => {
  it('keeps only the answer to the latest filter', async () => {
    let answerFirst
    api.listDelegates
      .mockImplementationOnce(() => new Promise((resolve) => (answerFirst = resolve)))
      .mockResolvedValueOnce([ben])
    const store = useDelegatesStore()
    const first = store.load(5, { q: 'a' })
    const second = store.load(5, { q: 'be' })
    expect(await second).toBe(true)
    answerFirst([ana])
    expect(await first).toBe(false)
    expect(store.items).toEqual([ben])
  })

  it('never keeps a personal key in the list', async () => {
    api.listDelegates.mockResolvedValue([ana])
    api.renewPersonalLink.mockResolvedValue({
      ...ana,
      accessToken: 'secret',
      personalLink: '/my-registration#key=secret',
    })
    const store = useDelegatesStore()
    await store.load(5)
    const renewed = await store.renewLink(5, 1)
    expect(renewed.personalLink).toBe('/my-registration#key=secret')
    expect(store.items[0]).toEqual(ana)
    expect(JSON.stringify(store.$state)).not.toContain('secret')
  })

  it('puts a checked-in delegate back in its place', async () => {
    api.listDelegates.mockResolvedValue([ana, ben])
    api.checkInDelegate.mockResolvedValue({ ...ana, checkedInAt: '2027-03-10T08:05:00Z' })
    const store = useDelegatesStore()
    await store.load(5)
    await store.checkIn(5, 1)
    expect(store.items.map((d) => [d.id, d.checkedInAt])).toEqual([
      [1, '2027-03-10T08:05:00Z'],
      [2, null],
    ])
  })

  it('checks in a registered delegate without a body, and someone invited or waitlisted only with consent', async () => {
    const cleo = { id: 3, name: 'Cleo', status: 'INVITED', checkedInAt: null }
    api.listDelegates.mockResolvedValue([ana, cleo])
    api.checkInDelegate.mockImplementation(async (workshopId, delegateId) => ({
      ...(delegateId === 1 ? ana : cleo),
      status: 'REGISTERED',
      checkedInAt: '2027-03-10T08:05:00Z',
    }))
    const store = useDelegatesStore()
    await store.load(5)
    await store.checkIn(5, 1)
    await store.checkIn(5, 3, { consent: true })
    expect(api.checkInDelegate.mock.calls).toEqual([
      [5, 1, undefined],
      [5, 3, { consent: true }],
    ])
    expect(store.items.map((d) => [d.id, d.status])).toEqual([
      [1, 'REGISTERED'],
      [3, 'REGISTERED'],
    ])
  })

  it('invites a walk-in and checks them in with consent; a failed check-in leaves them on the list as invited', async () => {
    api.listDelegates.mockResolvedValue([ana])
    const dan = { id: 4, name: 'Dan', status: 'INVITED', checkedInAt: null }
    api.inviteDelegate.mockResolvedValue({ ...dan, accessToken: 'secret', personalLink: '/my-registration#key=secret' })
    api.checkInDelegate.mockResolvedValueOnce({ ...dan, status: 'REGISTERED', checkedInAt: '2027-03-10T08:06:00Z' })
    const store = useDelegatesStore()
    await store.load(5)
    const fields = {
      name: 'Dan',
      email: 'dan@example.org',
      organisation: 'Red Cross',
      sector: 'CIVIL_SOCIETY',
      country: 'BE',
    }
    const done = await store.walkIn(5, fields)
    expect(api.inviteDelegate).toHaveBeenCalledWith(5, fields)
    expect(api.checkInDelegate).toHaveBeenCalledWith(5, 4, { consent: true })
    expect(done).toMatchObject({ id: 4, status: 'REGISTERED' })
    expect(store.items.map((d) => d.id)).toEqual([1, 4])
    expect(JSON.stringify(store.$state)).not.toContain('secret')

    api.inviteDelegate.mockResolvedValue({ ...dan, id: 5, name: 'Eve' })
    api.checkInDelegate.mockRejectedValueOnce(Object.assign(new Error('Conflict'), { status: 409 }))
    await expect(store.walkIn(5, { ...fields, name: 'Eve' })).rejects.toMatchObject({
      status: 409,
      invited: { id: 5, status: 'INVITED' },
    })
    expect(store.items.find((d) => d.id === 5).status).toBe('INVITED')
  })

  it('forgets the list and counts of another workshop', async () => {
    api.listDelegates.mockResolvedValue([ana])
    api.delegateCounts.mockResolvedValue({ registered: 1 })
    const store = useDelegatesStore()
    await store.load(5)
    await store.loadCounts(5)
    api.delegateCounts.mockReturnValue(new Promise(() => {}))
    store.loadCounts(6)
    expect(store.items).toEqual([])
    expect(store.counts).toBeNull()
  })
})
