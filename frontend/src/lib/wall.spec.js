import { describe, expect, it } from 'vitest'
import { clampPage, linesThatFit, nextPage, pageCount, pageOf, previousPage, wallGrid } from './wall.js'

describe('wallGrid', () => {
  it('fits as many cards as the area holds: 3 × 2 on a 1920×1080 projector wall', () => {
    // the wall area left beside the side panel, under the title and the prompt
    expect(wallGrid({ width: 1209, height: 700, minCardWidth: 365, minCardHeight: 302, gap: 23 })).toEqual({
      columns: 3,
      rows: 2,
      perPage: 6,
    })
  })

  it('counts the gaps between cards, not after the last one', () => {
    expect(wallGrid({ width: 620, height: 300, minCardWidth: 300, minCardHeight: 300, gap: 20 })).toMatchObject({
      columns: 2,
      rows: 1,
    })
    expect(wallGrid({ width: 619, height: 300, minCardWidth: 300, minCardHeight: 300, gap: 20 })).toMatchObject({
      columns: 1,
      rows: 1,
    })
  })

  it('always shows one card, and at most 6 × 6', () => {
    expect(wallGrid({ width: 100, height: 50, minCardWidth: 300, minCardHeight: 200 })).toEqual({
      columns: 1,
      rows: 1,
      perPage: 1,
    })
    expect(wallGrid({ width: 0, height: Number.NaN, minCardWidth: 300, minCardHeight: 200 })).toEqual({
      columns: 1,
      rows: 1,
      perPage: 1,
    })
    expect(wallGrid({ width: 10_000, height: 10_000, minCardWidth: 100, minCardHeight: 100 })).toEqual({
      columns: 6,
      rows: 6,
      perPage: 36,
    })
  })
})

describe('pages', () => {
  const notes = Array.from({ length: 13 }, (_, i) => i + 1)

  it('splits the notes into pages, the last one partly filled', () => {
    expect(pageCount(13, 6)).toBe(3)
    expect(pageCount(12, 6)).toBe(2)
    expect(pageCount(0, 6)).toBe(1)
    expect(pageOf(notes, 0, 6)).toEqual([1, 2, 3, 4, 5, 6])
    expect(pageOf(notes, 2, 6)).toEqual([13])
  })

  it('shows the last page when the wall shrank under the page shown', () => {
    expect(clampPage(5, 3)).toBe(2)
    expect(clampPage(-1, 3)).toBe(0)
    expect(pageOf(notes, 5, 6)).toEqual([13])
  })

  it('goes round: after the last page the first, before the first the last', () => {
    expect(nextPage(0, 3)).toBe(1)
    expect(nextPage(2, 3)).toBe(0)
    expect(previousPage(0, 3)).toBe(2)
    expect(nextPage(0, 1)).toBe(0)
  })
})

describe('linesThatFit', () => {
  it('counts whole lines, at least one, at most twelve, and nothing when it cannot tell', () => {
    expect(linesThatFit(200, 38.7)).toBe(5)
    expect(linesThatFit(10, 38.7)).toBe(1)
    expect(linesThatFit(2000, 20)).toBe(12)
    expect(linesThatFit(200, Number.NaN)).toBeNull()
  })
})
