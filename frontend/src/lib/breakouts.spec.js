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
  it('words each measure as a person would, beside the random split', () => {
    expect(scoreRows(score).map((row) => row.text)).toEqual([
      'Sector coverage: 95%, better than a random split (71%)',
      'Same-organisation pairs: 0, better than a random split (3.3)',
      'Repeated pairs: 2, about the same as a random split (2)',
      'New cross-sector pairs: 24, better than a random split (17.6)',
    ])
  })

  it('says "about the same" within two points of a random split, never "better" for the same number', () => {
    const close = scoreRows({ sectorCoverage: 0.834, random: { sectorCoverage: 0.826 } })[0]
    expect(close.text).toBe('Sector coverage: 83%, about the same as a random split (83%)')
    expect(close.verdict).toBe('same')
    expect(scoreRows({ sectorCoverage: 0.85, random: { sectorCoverage: 0.83 } })[0].verdict).toBe('same')
    expect(scoreRows({ sectorCoverage: 0.86, random: { sectorCoverage: 0.83 } })[0].verdict).toBe('better')
    expect(scoreRows({ sectorCoverage: 0.8, random: { sectorCoverage: 0.83 } })[0].text).toBe(
      'Sector coverage: 80%, worse than a random split (83%)',
    )
    expect(scoreRows({ repeatedPairs: 2, random: { repeatedPairs: 2.4 } })[2].verdict).toBe('same')
  })

  it('knows which way is better for each measure', () => {
    expect(scoreRows(score).map((row) => row.verdict)).toEqual(['better', 'better', 'same', 'better'])
    const worse = scoreRows({ ...score, sectorCoverage: 0.5, sameOrganisationPairs: 5 })
    expect(worse[0].verdictText).toBe('worse than a random split')
    expect(worse[1].verdictText).toBe('worse than a random split')
  })

  it('leaves out the comparison when a value is missing', () => {
    expect(formatPercent(undefined)).toBe('—')
    expect(formatCount(null)).toBe('—')
    expect(scoreRows({ sectorCoverage: 1 })[0].text).toBe('Sector coverage: 100%')
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
      {
        number: 1,
        delegates: [
          { id: 10, name: 'A' },
          { id: 11, name: 'B' },
        ],
      },
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
