import { describe, expect, it } from 'vitest'
import {
  authorLine,
  backoffDelay,
  countByKind,
  countBySector,
  editSecondsLeft,
  formatCountdown,
  isSentFrom,
  isTombstone,
  mergeNote,
  noteTextProblem,
  randomUuid,
  sortNotes,
} from './notes.js'

describe('authorLine', () => {
  it('follows what the attribution rule left in the note', () => {
    expect(authorLine(undefined)).toBe('') // anonymous
    expect(authorLine({ sector: 'POLICE' })).toBe('Police') // Chatham House
    expect(authorLine({ name: 'Maja Berg', organisation: 'Rotterdam Police', sector: 'POLICE' })).toBe(
      'Maja Berg, Rotterdam Police (Police)',
    )
    expect(authorLine({ role: 'RAPPORTEUR' })).toBe('Rapporteur')
    expect(authorLine({ name: 'Ana Lima', role: 'RAPPORTEUR' })).toBe('Ana Lima (rapporteur)')
  })
})

describe('notes', () => {
  it('tells a tombstone (id, workshopId, status, mergedInto only) from a note', () => {
    expect(isTombstone({ id: 1, workshopId: 5, status: 'HIDDEN' })).toBe(true)
    expect(isTombstone({ id: 1, workshopId: 5, status: 'MERGED', mergedInto: 2 })).toBe(true)
    expect(isTombstone({ id: 1, workshopId: 5, status: 'VISIBLE', text: '' })).toBe(false)
  })

  it('keeps votedByMe from the older view when the newer does not say', () => {
    expect(mergeNote({ id: 1, votes: 1, votedByMe: true }, { id: 1, votes: 3 })).toEqual({
      id: 1,
      votes: 3,
      votedByMe: true,
    })
    expect(mergeNote({ id: 1, votedByMe: true }, { id: 1, votedByMe: false }).votedByMe).toBe(false)
  })

  it('keeps the key a note was sent with when a newer view leaves it out', () => {
    expect(mergeNote({ id: 1, clientKey: 'k-1', votes: 0 }, { id: 1, votes: 2 })).toEqual({
      id: 1,
      clientKey: 'k-1',
      votes: 2,
    })
  })

  it('ties a note to its outbox entry by the key it was sent with, never by its words', () => {
    const entry = { key: 'k-1', text: 'Same words', kind: 'IDEA' }
    expect(isSentFrom({ id: 1, text: 'Same words', kind: 'IDEA', clientKey: 'k-1' }, entry)).toBe(true)
    expect(isSentFrom({ id: 2, text: 'Same words', kind: 'IDEA', clientKey: 'k-2' }, entry)).toBe(false)
    expect(isSentFrom({ id: 3, text: 'Same words', kind: 'IDEA' }, entry)).toBe(false)
  })

  it('sorts newest first or by votes, with pinned notes first when asked', () => {
    const notes = [
      { id: 1, createdAt: '2027-03-10T09:00:00Z', votes: 5 },
      { id: 2, createdAt: '2027-03-10T09:05:00Z', votes: 1, pinned: true },
      { id: 3, createdAt: '2027-03-10T09:10:00Z', votes: 5 },
    ]
    expect(sortNotes(notes).map((n) => n.id)).toEqual([3, 2, 1])
    expect(sortNotes(notes, 'votes').map((n) => n.id)).toEqual([3, 1, 2])
    expect(sortNotes(notes, 'newest', { pinned: true }).map((n) => n.id)).toEqual([2, 3, 1])
  })

  it('counts by kind (every delegate kind listed) and by sector', () => {
    const notes = [
      { kind: 'IDEA', author: { sector: 'POLICE' } },
      { kind: 'IDEA', author: { sector: 'POLICE' } },
      { kind: 'CONCERN', author: { sector: 'MEDIA' } },
      { kind: 'DISCUSSION', author: { role: 'RAPPORTEUR' } },
      { kind: 'QUESTION' },
    ]
    const byKind = Object.fromEntries(countByKind(notes).map((r) => [r.label, r.count]))
    expect(byKind).toEqual({
      Insight: 0,
      'Good practice': 0,
      Concern: 1,
      Question: 1,
      Idea: 2,
      'Discussion (rapporteur)': 1,
    })
    expect(countBySector(notes).map((r) => [r.label, r.count])).toEqual([
      ['Police', 2],
      ['Media', 1],
      ['Not disclosed', 1],
      ['Rapporteur', 1],
    ])
  })

  it('checks the text as the server counts it, without changing it', () => {
    expect(noteTextProblem('   \n')).toBe('Write your note first.')
    expect(noteTextProblem('😀'.repeat(2000))).toBe('')
    expect(noteTextProblem('a'.repeat(2001))).toMatch(/at most 2,000 characters/)
  })

  it('makes UUID v4 keys and waits 1, 2, 4 … 15 s', () => {
    expect(randomUuid()).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/)
    expect([0, 1, 2, 3, 4, 5].map((n) => backoffDelay(n))).toEqual([1000, 2000, 4000, 8000, 15000, 15000])
  })
})

describe('the edit window', () => {
  const now = Date.parse('2027-03-10T09:40:00Z')

  it('counts the whole seconds left until editableUntil, and none once it has passed', () => {
    expect(editSecondsLeft({ status: 'VISIBLE', editableUntil: '2027-03-10T09:44:12Z' }, now)).toBe(252)
    expect(editSecondsLeft({ status: 'PENDING', editableUntil: '2027-03-10T09:40:00.400Z' }, now)).toBe(1)
    expect(editSecondsLeft({ status: 'VISIBLE', editableUntil: '2027-03-10T09:39:59Z' }, now)).toBe(0)
    expect(editSecondsLeft({ status: 'VISIBLE' }, now)).toBe(0)
    expect(editSecondsLeft({ status: 'HIDDEN', editableUntil: '2027-03-10T09:44:12Z' }, now)).toBe(0)
    expect(editSecondsLeft(null, now)).toBe(0)
  })

  it('shows the time left as a clock', () => {
    expect(formatCountdown(252)).toBe('4:12')
    expect(formatCountdown(9)).toBe('0:09')
    expect(formatCountdown(3725)).toBe('1:02:05')
    expect(formatCountdown(-3)).toBe('0:00')
  })
})
