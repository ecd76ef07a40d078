import { describe, expect, it } from 'vitest'
import { SECTORS } from './delegates.js'
import {
  kindLabel,
  lessonStatusLabel,
  lessonTypeLabel,
  moderationActionLabel,
  noteStatusLabel,
  patternStatusLabel,
  resultTypeLabel,
  sectorLabel,
  stanceLabel,
  words,
} from './labels.js'
import { NOTE_KINDS, STAFF_NOTE_KINDS } from './notes.js'
import { LESSON_STATUSES, LESSON_TYPES } from './lessons.js'

const looksLikeACode = (text) => /^[A-Z0-9_]+$/.test(text) || text.includes('_')

describe('sector words', () => {
  it('gives every sector a delegate can choose its word', () => {
    expect(SECTORS.map(sectorLabel)).toEqual([
      'Police',
      'Public-security planner',
      'Policymaker',
      'Academia / research',
      'Industry',
      'Civil society',
      'Citizen',
      'Media',
      'Other',
    ])
  })

  it('names the rows of counts by sector that are not sectors', () => {
    expect(sectorLabel('UNDISCLOSED')).toBe('Not disclosed')
    expect(sectorLabel('RAPPORTEUR')).toBe('Rapporteur')
    expect(sectorLabel('LESSON')).toBe('Lessons (no sector)')
  })

  it('makes an unknown sector readable instead of hiding it', () => {
    expect(sectorLabel('FIRE_SERVICE')).toBe('Fire service')
    expect(sectorLabel(null)).toBe('')
  })
})

describe('words for the other codes', () => {
  it('says note kinds as people say them', () => {
    expect(NOTE_KINDS.map(kindLabel)).toEqual(['Insight', 'Good practice', 'Concern', 'Question', 'Idea'])
    expect(kindLabel('DISCUSSION')).toBe('Discussion (rapporteur)')
  })

  it('has a word for every kind, status, type, stance and action', () => {
    const all = [
      ...STAFF_NOTE_KINDS.map(kindLabel),
      ...['PENDING', 'VISIBLE', 'HIDDEN', 'MERGED', 'WITHDRAWN'].map(noteStatusLabel),
      ...LESSON_TYPES.map(lessonTypeLabel),
      ...LESSON_STATUSES.map(lessonStatusLabel),
      ...['DRAFT', 'PUBLISHED'].map(patternStatusLabel),
      ...['SUPPORTS', 'CONTRADICTS'].map(stanceLabel),
      ...['HIDE', 'RESTORE', 'PIN', 'UNPIN', 'APPROVE', 'MERGE'].map(moderationActionLabel),
      ...['NOTE', 'LESSON', 'PATTERN'].map(resultTypeLabel),
    ]
    expect(all.filter(looksLikeACode)).toEqual([])
    expect(lessonTypeLabel('ROLE_AND_RESPONSIBILITY')).toBe('Role and responsibility')
    expect(stanceLabel('CONTRADICTS')).toBe('Contradicts')
  })

  it('words moderation actions by what happened to the note, whichever form the log uses', () => {
    expect(moderationActionLabel('HIDE')).toBe('Hidden')
    expect(moderationActionLabel('hidden')).toBe('Hidden')
    expect(moderationActionLabel('UNPIN')).toBe('Unpinned')
    expect(moderationActionLabel('ESCALATE')).toBe('Escalate')
  })

  it('makes an unknown code readable', () => {
    expect(words('SOMETHING_NEW')).toBe('Something new')
    expect(words(undefined)).toBe('')
  })
})
