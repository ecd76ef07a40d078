import { describe, expect, it } from 'vitest'
import {
  PUBLICATION_KINDS,
  entriesOf,
  evidenceLines,
  kindLabel,
  publicationBody,
  readableDay,
  transitionAction,
} from './publications.js'

describe('publications in words', () => {
  it('explains every kind in one line', () => {
    expect(PUBLICATION_KINDS.map((k) => k.value)).toEqual([
      'BEST_PRACTICE_REPORT',
      'STANDARDS_RECOMMENDATIONS',
      'TRAINING_OPTIONS',
      'ETHICS_AWARENESS',
      'TECHNOLOGY_CATALOGUE',
      'PATTERN_CARDS',
    ])
    for (const kind of PUBLICATION_KINDS) expect(kind.explanation).toMatch(/^[A-Z].*\.$/)
    expect(kindLabel('PATTERN_CARDS')).toBe('Pattern cards')
  })

  it('asks before publishing, withdrawing and reopening, and not before the other moves', () => {
    expect(transitionAction('DRAFT', 'IN_REVIEW')).toEqual({ label: 'Send to review' })
    expect(transitionAction('IN_REVIEW', 'DRAFT')).toEqual({ label: 'Send back to draft' })
    expect(transitionAction('IN_REVIEW', 'PUBLISHED')).toMatchObject({ label: 'Publish', confirmLabel: 'Yes, publish' })
    expect(transitionAction('PUBLISHED', 'WITHDRAWN')).toMatchObject({ label: 'Withdraw', danger: true })
    expect(transitionAction('PUBLISHED', 'IN_REVIEW').confirm).toContain('leaves the public pages')
  })

  it('trims the form into a body and names what is missing', () => {
    expect(publicationBody({ title: '  ', kind: '', themes: [], workshops: [], introduction: '' }).violations).toEqual([
      { field: 'title', message: 'Give the publication a title.' },
      { field: 'kind', message: 'Choose what kind of publication this is.' },
    ])
    const { body, violations } = publicationBody({
      title: ' Report ',
      kind: 'PATTERN_CARDS',
      themes: ['trolling'],
      workshops: ['7'],
      introduction: ' Hello \n',
    })
    expect(violations).toEqual([])
    expect(body).toEqual({
      title: 'Report',
      kind: 'PATTERN_CARDS',
      themes: ['trolling'],
      workshops: [7],
      introduction: 'Hello',
    })
  })

  it('reads the evidence counts as the printed document does', () => {
    expect(
      evidenceLines([
        { dimension: 'total', label: 'Supporting notes', count: 3 },
        { dimension: 'theme', label: 'Trolling', count: 2 },
        { dimension: 'theme', label: 'The dark web', count: 1 },
        { dimension: 'sector', label: 'Police', count: 3 },
      ]),
    ).toEqual(['Supporting notes: 3', 'By theme: Trolling 2, The dark web 1', 'By sector: Police 3'])
  })

  it('lists the entries in reading order and reads days', () => {
    const document = {
      sections: [
        { groups: [{ entries: [{ title: 'a' }] }, { entries: [{ title: 'b' }] }] },
        { groups: [{ entries: [{ title: 'c' }] }] },
      ],
    }
    expect(entriesOf(document).map((e) => e.entry.title)).toEqual(['a', 'b', 'c'])
    expect(readableDay('2027-03-10')).toBe('10 March 2027')
    expect(readableDay('2027-03-10T23:30:00Z')).toBe('10 March 2027')
  })
})
