import { beforeEach, describe, expect, it, vi } from 'vitest'
import { createPinia, setActivePinia } from 'pinia'

vi.mock('../api/technologies.js', () => ({
  listTechnologies: vi.fn(),
  getTechnology: vi.fn(),
  createTechnology: vi.fn(),
  updateTechnology: vi.fn(),
  listTechnologyRevisions: vi.fn(),
  getTechnologyEvidence: vi.fn(),
}))

const api = await import('../api/technologies.js')
const { useTechnologiesStore } = await import('./technologies.js')

const geolocation = { slug: 'geolocation-of-public-posts', name: 'Geolocation of public posts', version: 2 }

beforeEach(() => {
  setActivePinia(createPinia())
  vi.resetAllMocks()
})

describe('the technologies store', () => {
  it('keeps the answer to the latest search when an older one arrives late', async () => {
    let answerOld
    api.listTechnologies
      .mockImplementationOnce(() => new Promise((resolve) => (answerOld = resolve)))
      .mockResolvedValueOnce([geolocation])
    const technologies = useTechnologiesStore()

    const old = technologies.search({ q: 'geo' })
    await technologies.search({ q: 'geolocation', theme: 'diy-policing' })
    answerOld([{ slug: 'stale', name: 'Stale' }])
    await old

    expect(api.listTechnologies).toHaveBeenLastCalledWith({ q: 'geolocation', theme: 'diy-policing' })
    expect(technologies.list).toEqual([geolocation])
  })

  it('reads the whole catalogue once, and again after an entry is saved', async () => {
    api.listTechnologies.mockResolvedValue([geolocation])
    api.getTechnology.mockResolvedValue({ technology: geolocation, etag: '"2"' })
    api.updateTechnology.mockResolvedValue({ technology: { ...geolocation, version: 3 }, etag: '"3"' })
    const technologies = useTechnologiesStore()

    await Promise.all([technologies.loadAll(), technologies.loadAll()])
    expect(api.listTechnologies).toHaveBeenCalledOnce()

    await technologies.load(geolocation.slug)
    await technologies.save(geolocation.slug, { name: 'Geolocation' })
    expect(api.updateTechnology).toHaveBeenCalledWith(geolocation.slug, { name: 'Geolocation' }, '"2"')
    expect(technologies.etag).toBe('"3"')
    expect(technologies.current.version).toBe(3)
    await technologies.loadAll()
    expect(api.listTechnologies).toHaveBeenCalledTimes(2)
  })

  it('keeps a new entry with its ETag, and the evidence and revisions of the entry read', async () => {
    api.createTechnology.mockResolvedValue({ technology: { ...geolocation, version: 0 }, etag: '"0"' })
    api.getTechnologyEvidence.mockResolvedValue({ technology: geolocation, supports: 1, contradicts: 0, items: [] })
    api.listTechnologyRevisions.mockResolvedValue([{ version: 0 }])
    const technologies = useTechnologiesStore()

    await technologies.create({ slug: geolocation.slug })
    await technologies.loadEvidence(geolocation.slug)
    await technologies.loadRevisions(geolocation.slug)

    expect(technologies.etag).toBe('"0"')
    expect(technologies.evidence.supports).toBe(1)
    expect(technologies.revisions).toEqual([{ version: 0 }])
  })
})
