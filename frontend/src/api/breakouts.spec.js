import { beforeEach, describe, expect, it, vi } from 'vitest'
import { currentAllocation } from './breakouts.js'

let fetchMock
beforeEach(() => {
  localStorage.clear()
  fetchMock = vi.fn()
  vi.stubGlobal('fetch', fetchMock)
})

describe('currentAllocation', () => {
  it('reads 204 No Content as "nothing allocated yet"', async () => {
    fetchMock.mockResolvedValue(new Response(null, { status: 204 }))
    expect(await currentAllocation(5)).toBeNull()
    expect(fetchMock.mock.calls[0][0]).toBe('/api/workshops/5/breakouts')
  })

  it('answers the allocation when there is one', async () => {
    const allocation = { id: 8, groups: [{ number: 1, delegates: [] }], score: {} }
    fetchMock.mockResolvedValue(
      new Response(JSON.stringify(allocation), { status: 200, headers: { 'Content-Type': 'application/json' } }),
    )
    expect(await currentAllocation(5)).toEqual(allocation)
  })

  it('treats a 404 as what it now means: no such workshop', async () => {
    fetchMock.mockResolvedValue(
      new Response(JSON.stringify({ status: 404, detail: 'There is no workshop 5.' }), {
        status: 404,
        headers: { 'Content-Type': 'application/problem+json' },
      }),
    )
    await expect(currentAllocation(5)).rejects.toMatchObject({ status: 404, detail: 'There is no workshop 5.' })
  })
})
