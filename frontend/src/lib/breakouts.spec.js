import { describe, expect, it } from 'vitest'
import { formatCount, formatPercent, groupOf, scoreRows, withDelegateMoved } from './breakouts.js'

const score = {
  sectorCoverage: 0.954,
  sameOrganisationPairs: 0,
  repeatedPairs: 2,
  newCrossSectorPairs: 24,
  random: { sectorCoverage: 0.7142, sameOrganisationPairs: 3.25, repeatedPairs: 2, newCrossSectorPairs: 17.6 },
}

describe('score formatting', () => {
  it('words each measure beside the random split', () => {
    expect(scoreRows(score).map((row) => row.text)).toEqual([
      'Sector coverage 95% vs 71% random',
      'Same-organisation pairs 0 vs 3.3 random',
      'Repeated pairs 2 vs 2 random',
      'New cross-sector pairs 24 vs 17.6 random',
    ])
  })

  it('says whether each measure is better than random, knowing which way is better', () => {
    expect(scoreRows(score).map((row) => row.verdict)).toEqual(['better', 'better', 'same', 'better'])
    const worse = scoreRows({ ...score, sectorCoverage: 0.5, sameOrganisationPairs: 5 })
    expect(worse[0].verdictText).toBe('worse than random')
    expect(worse[1].verdictText).toBe('worse than random')
  })

  it('shows a dash for a missing value', () => {
    expect(formatPercent(undefined)).toBe('—')
    expect(formatCount(null)).toBe('—')
    expect(scoreRows({ sectorCoverage: 1 })[0].text).toBe('Sector coverage 100% vs — random')
    expect(scoreRows(null)).toEqual([])
  })

  it('rounds percentages to whole numbers', () => {
    expect(formatPercent(0)).toBe('0%')
    expect(formatPercent(0.005)).toBe('1%')
    expect(formatPercent(1)).toBe('100%')
  })
})

describe('moving a delegate on the board', () => {
  const allocation = {
    id: 3,
    groups: [
      { number: 1, delegates: [{ id: 10, name: 'A' }, { id: 11, name: 'B' }] },
      { number: 2, delegates: [{ id: 12, name: 'C' }] },
    ],
  }

  it('finds the group of a delegate', () => {
    expect(groupOf(allocation, 11)).toBe(1)
    expect(groupOf(allocation, '12')).toBe(2)
    expect(groupOf(allocation, 99)).toBeNull()
  })

  it('moves the delegate to the end of the other group without touching the original', () => {
    const moved = withDelegateMoved(allocation, 10, 2)
    expect(moved.groups[0].delegates.map((d) => d.id)).toEqual([11])
    expect(moved.groups[1].delegates.map((d) => d.id)).toEqual([12, 10])
    expect(allocation.groups[0].delegates).toHaveLength(2)
    expect(withDelegateMoved(allocation, 99, 2)).toBe(allocation)
  })
})
