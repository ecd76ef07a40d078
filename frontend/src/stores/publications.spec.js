import { beforeEach, describe, expect, it, vi } from 'vitest'
import { createPinia, setActivePinia } from 'pinia'

vi.mock('../api/publications.js', () => ({
  listPublications: vi.fn(),
  getPublication: vi.fn(),
  getPublicationHtml: vi.fn(),
  createPublication: vi.fn(),
  updatePublication: vi.fn(),
  transitionPublication: vi.fn(),
  listPublicPublications: vi.fn(),
  getPublicPublication: vi.fn(),
}))
vi.mock('../api/workshops.js', () => ({ listWorkshops: vi.fn() }))

const api = await import('../api/publications.js')
const workshopsApi = await import('../api/workshops.js')
const { usePublicationsStore } = await import('./publications.js')
const { usePublicPublicationsStore } = await import('./publicPublications.js')

const publication = (over = {}) => ({
  id: 4,
  slug: 'report',
  title: 'Report',
  kind: 'BEST_PRACTICE_REPORT',
  status: 'DRAFT',
  allowedTransitions: ['IN_REVIEW'],
  versions: [],
  version: 0,
  ...over,
})

beforeEach(() => {
  setActivePinia(createPinia())
  vi.resetAllMocks()
})

describe('publications store', () => {
  it('reads a publication with its ETag and its preview together', async () => {
    api.getPublication.mockResolvedValue({ publication: publication(), etag: '"0"' })
    api.getPublicationHtml.mockResolvedValue('<!DOCTYPE html><html></html>')
    const store = usePublicationsStore()
    await store.load(4)
    expect(store.current.title).toBe('Report')
    expect(store.etag).toBe('"0"')
    expect(store.previewHtml).toContain('<html>')
  })

  it('sends an edit with the ETag it read, then reads the publication again', async () => {
    api.getPublication.mockResolvedValue({ publication: publication(), etag: '"3"' })
    api.getPublicationHtml.mockResolvedValue('')
    api.updatePublication.mockResolvedValue({ publication: publication({ title: 'New' }), etag: '"4"' })
    const store = usePublicationsStore()
    await store.load(4)
    await store.update(4, { title: 'New', kind: 'BEST_PRACTICE_REPORT' })
    expect(api.updatePublication).toHaveBeenCalledWith(4, { title: 'New', kind: 'BEST_PRACTICE_REPORT' }, '"3"')
    expect(api.getPublication).toHaveBeenCalledTimes(2)
  })

  it('moves a publication on, updates the list and reads it again with its new versions', async () => {
    const published = publication({ status: 'PUBLISHED', versions: [{ number: 1 }], latestVersion: 1 })
    api.listPublications.mockResolvedValue([publication(), publication({ id: 5, title: 'Other' })])
    api.transitionPublication.mockResolvedValue(published)
    api.getPublication.mockResolvedValue({ publication: published, etag: '"2"' })
    api.getPublicationHtml.mockResolvedValue('<html></html>')
    const store = usePublicationsStore()
    await store.loadList()
    await store.transition(4, 'PUBLISHED')
    expect(api.transitionPublication).toHaveBeenCalledWith(4, 'PUBLISHED')
    expect(store.list.map((p) => p.status)).toEqual(['PUBLISHED', 'DRAFT'])
    expect(store.versions).toEqual([{ number: 1 }])
  })

  it('puts a new publication first in the list', async () => {
    api.listPublications.mockResolvedValue([publication({ id: 1 })])
    api.createPublication.mockResolvedValue(publication({ id: 9, title: 'New one' }))
    const store = usePublicationsStore()
    await store.loadList()
    await store.create({ title: 'New one', kind: 'PATTERN_CARDS' })
    expect(store.list.map((p) => p.id)).toEqual([9, 1])
  })

  it('offers every workshop to choose from, reading all pages, newest first', async () => {
    workshopsApi.listWorkshops
      .mockResolvedValueOnce({ workshops: [{ id: 1 }, { id: 2 }], hasNext: true })
      .mockResolvedValueOnce({ workshops: [{ id: 3 }], hasNext: false })
    const store = usePublicationsStore()
    await store.loadWorkshopChoices()
    expect(workshopsApi.listWorkshops).toHaveBeenNthCalledWith(2, { page: 1, size: 200 })
    expect(store.workshopChoices.map((w) => w.id)).toEqual([3, 2, 1])
  })
})

describe('public publications store', () => {
  it('reads the index and one publication without a token of its own', async () => {
    api.listPublicPublications.mockResolvedValue([{ slug: 'a', title: 'A' }])
    api.getPublicPublication.mockResolvedValue({ slug: 'a', title: 'A', sections: [], references: [] })
    const store = usePublicPublicationsStore()
    await store.loadList()
    expect(store.list).toHaveLength(1)
    await store.load('a')
    expect(store.current.title).toBe('A')
    expect(api.getPublicPublication).toHaveBeenCalledWith('a')
  })
})
