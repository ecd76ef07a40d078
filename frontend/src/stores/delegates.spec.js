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
    api.renewPersonalLink.mockResolvedValue({ ...ana, accessToken: 'secret', personalLink: '/my-registration#key=secret' })
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
    expect(store.items.map((d) => [d.id, d.checkedInAt])).toEqual([[1, '2027-03-10T08:05:00Z'], [2, null]])
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
