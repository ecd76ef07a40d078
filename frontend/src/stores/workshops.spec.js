import { beforeEach, describe, expect, it, vi } from 'vitest'
import { createPinia, setActivePinia } from 'pinia'

vi.mock('../api/workshops.js', () => ({
  listWorkshops: vi.fn(),
  getWorkshop: vi.fn(),
  createWorkshop: vi.fn(),
  updateWorkshop: vi.fn(),
  deleteWorkshop: vi.fn(),
  transitionWorkshop: vi.fn(),
}))

const api = await import('../api/workshops.js')
const { PAGE_SIZE, useWorkshopsStore } = await import('./workshops.js')

const trolling = (fields = {}) => ({
  id: 5,
  title: 'Trolling and public order',
  status: 'SCHEDULED',
  version: 4,
  ...fields,
})
const aPage = (workshops) => ({ workshops, total: workshops.length, hasNext: false, hasPrev: false })

beforeEach(() => {
  setActivePinia(createPinia())
  vi.resetAllMocks()
})

describe('the workshops store', () => {
  it('fills the list only from the answer to the latest filter, however the answers arrive', async () => {
    let answerFirst
    api.listWorkshops
      .mockImplementationOnce(() => new Promise((resolve) => (answerFirst = resolve)))
      .mockResolvedValueOnce(aPage([trolling({ status: 'LIVE' })]))
    const workshops = useWorkshopsStore()

    const first = workshops.list({ status: 'DRAFT' })
    expect(await workshops.list({ status: 'LIVE' })).toBe(true)
    answerFirst(aPage([trolling({ status: 'DRAFT' })]))

    expect(await first).toBe(false)
    expect(workshops.items.map((w) => w.status)).toEqual(['LIVE'])
    expect(api.listWorkshops).toHaveBeenLastCalledWith({ status: 'LIVE', size: PAGE_SIZE })
  })

  it('saves with the ETag it loaded the workshop with', async () => {
    api.getWorkshop.mockResolvedValue({ workshop: trolling(), etag: '"4"' })
    api.updateWorkshop.mockResolvedValue({ workshop: trolling({ title: 'Trolling', version: 5 }), etag: '"5"' })
    const workshops = useWorkshopsStore()

    await workshops.load(5)
    await workshops.update(5, { title: 'Trolling' })

    expect(api.updateWorkshop).toHaveBeenCalledWith(5, { title: 'Trolling' }, '"4"')
    expect(workshops.etag).toBe('"5"')
  })

  it('forgets the workshop it showed as soon as another one is asked for', async () => {
    api.getWorkshop
      .mockResolvedValueOnce({ workshop: trolling(), etag: '"4"' })
      .mockReturnValueOnce(new Promise(() => {}))
    const workshops = useWorkshopsStore()
    await workshops.load(5)

    workshops.load(6)

    expect(workshops.current).toBeNull()
    expect(workshops.etag).toBeNull()
  })

  it('takes a live status change into the list and the workshop shown, and its version, but never an older version', async () => {
    api.getWorkshop.mockResolvedValue({ workshop: trolling(), etag: '"4"' })
    api.listWorkshops.mockResolvedValue(aPage([trolling()]))
    const workshops = useWorkshopsStore()
    await workshops.load(5)
    await workshops.list({})

    workshops.applyLive({ id: 5, status: 'LIVE', version: 5 })
    expect(workshops.items[0].status).toBe('LIVE')
    workshops.applyLive({ id: 5, status: 'SCHEDULED', version: 3 })

    expect(workshops.current.status).toBe('LIVE')
    expect(workshops.etag).toBe('"5"')
  })
})
