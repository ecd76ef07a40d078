import { beforeEach, describe, expect, it, vi } from 'vitest'
import { createPinia, setActivePinia } from 'pinia'

vi.mock('../api/privacy.js', () => ({
  fetchCurrentNotice: vi.fn(),
  listNotices: vi.fn(),
  publishNotice: vi.fn(),
  listAuthorAccess: vi.fn(),
  fetchRetention: vi.fn(),
}))

const api = await import('../api/privacy.js')
const { usePrivacyStore } = await import('./privacy.js')

beforeEach(() => {
  setActivePinia(createPinia())
  vi.resetAllMocks()
})

describe('the privacy store', () => {
  it('puts a newly published version first', async () => {
    api.listNotices.mockResolvedValue([{ version: 1, text: 'First.' }])
    api.publishNotice.mockResolvedValue({ version: 2, text: 'Second.' })
    const privacy = usePrivacyStore()
    await privacy.loadNotices()

    await privacy.publish('Second.')

    expect(api.publishNotice).toHaveBeenCalledWith('Second.')
    expect(privacy.notices.map((n) => n.version)).toEqual([2, 1])
  })

  it('keeps only the latest page of the audit asked for', async () => {
    let answerFirst
    api.listAuthorAccess
      .mockImplementationOnce(() => new Promise((resolve) => (answerFirst = resolve)))
      .mockResolvedValueOnce({ items: [{ id: 2 }], total: 1, hasNext: false, hasPrev: false })
    const privacy = usePrivacyStore()

    const first = privacy.loadAudit({ noteId: 7 })
    await privacy.loadAudit({ noteId: 8 })
    answerFirst({ items: [{ id: 1 }], total: 1, hasNext: false, hasPrev: false })

    expect(await first).toBe(false)
    expect(privacy.audit.items).toEqual([{ id: 2 }])
    expect(api.listAuthorAccess).toHaveBeenLastCalledWith({ noteId: 8, accountId: undefined, page: 0, size: 50 })
  })

  it('remembers which workshop the retention is about', async () => {
    api.fetchRetention.mockResolvedValue({ retentionDays: 30, eraseOn: '2027-04-09', due: false, delegatesToErase: 4 })
    const privacy = usePrivacyStore()

    await privacy.loadRetention('5')

    expect(privacy.retention).toEqual({
      workshopId: '5',
      retentionDays: 30,
      eraseOn: '2027-04-09',
      due: false,
      delegatesToErase: 4,
    })
  })
})
