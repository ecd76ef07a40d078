import { beforeEach, describe, expect, it, vi } from 'vitest'
import { createPinia, setActivePinia } from 'pinia'

vi.mock('../api/patterns.js', () => ({
  getPatternGraph: vi.fn(),
  getPattern: vi.fn(),
  getEvidence: vi.fn(),
  listRevisions: vi.fn(),
  updatePattern: vi.fn(),
  createPattern: vi.fn(),
}))
vi.mock('../api/workshops.js', () => ({ getWorkshop: vi.fn() }))

const api = await import('../api/patterns.js')
const workshopsApi = await import('../api/workshops.js')
const { usePatternsStore } = await import('./patterns.js')

const verify = { slug: 'verify-before-sharing', name: 'Verify before sharing', version: 2 }
const aGraph = () => ({ nodes: [{ slug: verify.slug, name: verify.name }], edges: [] })

beforeEach(() => {
  setActivePinia(createPinia())
  vi.resetAllMocks()
})

describe('the patterns store', () => {
  it('asks for the graph once, and again after a pattern is saved', async () => {
    api.getPatternGraph.mockImplementation(async () => aGraph())
    api.getPattern.mockResolvedValue({ pattern: verify, etag: '"2"' })
    api.updatePattern.mockResolvedValue({ pattern: { ...verify, version: 3 }, etag: '"3"' })
    const patterns = usePatternsStore()

    await Promise.all([patterns.loadGraph(), patterns.loadGraph()])
    await patterns.loadGraph()
    expect(api.getPatternGraph).toHaveBeenCalledOnce()

    await patterns.load(verify.slug)
    await patterns.save(verify.slug, { name: verify.name })
    expect(api.updatePattern).toHaveBeenCalledWith(verify.slug, { name: verify.name }, '"2"')
    expect(patterns.etag).toBe('"3"')
    await patterns.loadGraph()
    expect(api.getPatternGraph).toHaveBeenCalledTimes(2)
  })

  it('reads the time zone of each workshop the evidence came from once, and leaves out those it cannot read', async () => {
    api.getEvidence.mockResolvedValue({
      items: [
        { workshop: { id: 5, title: 'Trolling' } },
        { workshop: { id: 5, title: 'Trolling' } },
        { workshop: { id: 6, title: 'Rumours', timeZone: 'Europe/Lisbon' } },
        { workshop: { id: 7, title: 'Deleted since' } },
      ],
    })
    workshopsApi.getWorkshop.mockImplementation(async (id) => {
      if (id === 7) throw new Error('404')
      return { workshop: { id, timeZone: 'Europe/Brussels' } }
    })
    const patterns = usePatternsStore()

    await patterns.loadEvidence(verify.slug)

    expect(workshopsApi.getWorkshop.mock.calls.map(([id]) => id)).toEqual([5, 7])
    expect(patterns.zoneOfWorkshop(5)).toBe('Europe/Brussels')
    expect(patterns.zoneOfWorkshop(6)).toBe('Europe/Lisbon')
    expect(patterns.zoneOfWorkshop(7)).toBeNull()
  })
})
