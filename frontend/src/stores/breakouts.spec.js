import { beforeEach, describe, expect, it, vi } from 'vitest'
import { createPinia, setActivePinia } from 'pinia'

vi.mock('../api/breakouts.js', () => ({
  currentAllocation: vi.fn(),
  allocate: vi.fn(),
  moveDelegate: vi.fn(),
}))

const api = await import('../api/breakouts.js')
const { useBreakoutsStore } = await import('./breakouts.js')

const allocation = () => ({
  id: 8,
  groups: [
    { number: 1, delegates: [{ id: 10, name: 'A' }] },
    { number: 2, delegates: [{ id: 11, name: 'B' }] },
  ],
  score: { sectorCoverage: 0.5 },
})

beforeEach(() => {
  setActivePinia(createPinia())
  vi.resetAllMocks()
})

describe('breakouts store', () => {
  it('shows a move at once and then the server answer with the new score', async () => {
    const store = useBreakoutsStore()
    api.currentAllocation.mockResolvedValue(allocation())
    await store.load(5)
    let answer
    api.moveDelegate.mockReturnValue(new Promise((resolve) => (answer = resolve)))

    const moving = store.move(5, 10, 2)
    expect(store.allocation.groups[1].delegates.map((d) => d.id)).toEqual([11, 10])
    expect(api.moveDelegate).toHaveBeenCalledWith(5, 8, 10, 2)

    const fromServer = {
      ...allocation(),
      groups: [
        { number: 1, delegates: [] },
        { number: 2, delegates: [{ id: 11 }, { id: 10 }] },
      ],
      score: { sectorCoverage: 1 },
    }
    answer(fromServer)
    await moving
    expect(store.allocation.score.sectorCoverage).toBe(1)
  })

  it('puts the board back when the move is refused', async () => {
    const store = useBreakoutsStore()
    api.currentAllocation.mockResolvedValue(allocation())
    await store.load(5)
    api.moveDelegate.mockRejectedValue(Object.assign(new Error('no'), { status: 409 }))
    await expect(store.move(5, 10, 2)).rejects.toThrow('no')
    expect(store.allocation.groups[0].delegates.map((d) => d.id)).toEqual([10])
  })

  it('has no allocation for a workshop without one', async () => {
    api.currentAllocation.mockResolvedValue(null)
    const store = useBreakoutsStore()
    expect(await store.load(5)).toBeNull()
    expect(store.allocation).toBeNull()
  })
})
