import { describe, expect, it } from 'vitest'
import { evidenceSummary, guideQuery, sectionsOf, sectorRows } from './guide.js'

describe('the guide’s words', () => {
  it('sums up evidence in words, one and many', () => {
    expect(evidenceSummary(0, 0)).toBe('No workshop evidence yet')
    expect(evidenceSummary(1, 0)).toBe('1 note supports it')
    expect(evidenceSummary(0, 2)).toBe('2 notes contradict it')
    expect(evidenceSummary(4, 1)).toBe('4 notes support it · 1 note contradicts it')
  })

  it('names sectors in words, including undisclosed ones', () => {
    expect(
      sectorRows([
        { key: 'CIVIL_SOCIETY', supports: 1 },
        { key: 'UNDISCLOSED', contradicts: 2 },
      ]),
    ).toEqual([
      { key: 'CIVIL_SOCIETY', label: 'Civil society', supports: 1, contradicts: 0 },
      { key: 'UNDISCLOSED', label: 'Not disclosed', supports: 0, contradicts: 2 },
    ])
  })

  it('keeps only the sections a pattern has text for, in reading order', () => {
    const fields = sectionsOf({ solution: 'Do it.', problem: 'It hurts.', forces: '  ', roles: 'Analyst' }).map(
      (s) => s.field,
    )
    expect(fields).toEqual(['problem', 'solution', 'roles'])
  })

  it('leaves empty filters out of the address', () => {
    expect(guideQuery({ theme: '', q: '  ' })).toEqual({})
    expect(guideQuery({ theme: 'trolling', q: ' rumour ' })).toEqual({ theme: 'trolling', q: 'rumour' })
  })
})
