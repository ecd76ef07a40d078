import { beforeEach, describe, expect, it, vi } from 'vitest'
import { createPinia, setActivePinia } from 'pinia'
import { ApiError } from '../api/client.js'

vi.mock('../api/guide.js', () => ({
  listGuidePatterns: vi.fn(),
  getGuidePattern: vi.fn(),
  getGuideGraph: vi.fn(),
  citingPublications: vi.fn(),
}))

const api = await import('../api/guide.js')
const { useGuideStore } = await import('./guide.js')

const rebuttal = { slug: 'rapid-rumour-rebuttal', name: 'Rapid rumour rebuttal' }

beforeEach(() => {
  setActivePinia(createPinia())
  vi.resetAllMocks()
})

describe('the guide store', () => {
  it('searches by theme and trimmed text, and keeps what the answer was for', async () => {
    api.listGuidePatterns.mockResolvedValue([rebuttal])
    const guide = useGuideStore()
    await guide.search({ theme: 'trolling', q: '  rumour ' })
    expect(api.listGuidePatterns).toHaveBeenCalledWith({ theme: 'trolling', q: 'rumour' })
    expect(guide.patterns).toEqual([rebuttal])
    expect(guide.shown).toEqual({ theme: 'trolling', q: 'rumour' })
  })

  it('drops an answer that a later search overtook', async () => {
    let answerFirst
    api.listGuidePatterns
      .mockImplementationOnce(() => new Promise((resolve) => (answerFirst = resolve)))
      .mockResolvedValueOnce([rebuttal])
    const guide = useGuideStore()
    const first = guide.search({ theme: 'dark-web' })
    await guide.search({ theme: 'trolling' })
    answerFirst([{ slug: 'stale', name: 'Stale' }])
    await first
    expect(guide.patterns).toEqual([rebuttal])
    expect(guide.shown.theme).toBe('trolling')
  })

  it('asks for the graph once', async () => {
    api.getGuideGraph.mockResolvedValue({ nodes: [rebuttal], edges: [] })
    const guide = useGuideStore()
    await Promise.all([guide.loadGraph(), guide.loadGraph()])
    await guide.loadGraph()
    expect(api.getGuideGraph).toHaveBeenCalledOnce()
    expect(guide.graph.nodes).toEqual([rebuttal])
  })

  it('marks a pattern the guide does not have as missing instead of failing', async () => {
    api.getGuidePattern.mockRejectedValue(new ApiError({ status: 404, detail: 'There is no pattern.' }))
    const guide = useGuideStore()
    expect(await guide.load('a-draft')).toBeNull()
    expect(guide.missing).toBe('a-draft')
    expect(guide.current).toBeNull()
  })

  it('passes on other failures', async () => {
    api.getGuidePattern.mockRejectedValue(new ApiError({ status: 500, detail: 'Down.' }))
    await expect(useGuideStore().load('x')).rejects.toMatchObject({ status: 500 })
  })

  it('keeps the publications citing the pattern being read, and none for another', async () => {
    api.getGuidePattern.mockResolvedValue(rebuttal)
    api.citingPublications.mockResolvedValue([{ slug: 'cards', title: 'Pattern cards' }])
    const guide = useGuideStore()
    await guide.load(rebuttal.slug)
    await guide.loadCiting(rebuttal.slug)
    expect(guide.citing).toEqual([{ slug: 'cards', title: 'Pattern cards' }])
    await guide.loadCiting('another-pattern')
    expect(guide.citing).toEqual([{ slug: 'cards', title: 'Pattern cards' }])
    api.getGuidePattern.mockResolvedValue({ slug: 'another-pattern' })
    await guide.load('another-pattern')
    expect(guide.citing).toEqual([])
  })
})
