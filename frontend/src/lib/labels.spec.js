import { describe, expect, it } from 'vitest'
import { SECTORS } from './delegates.js'
import {
  kindLabel,
  lessonStatusLabel,
  lessonTypeLabel,
  moderationActionLabel,
  moderationReason,
  noteStatusLabel,
  patternStatusLabel,
  resultTypeLabel,
  SENSITIVITIES,
  sectorLabel,
  sensitivityBadge,
  sensitivityLabel,
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
      ...['HIDE', 'RESTORE', 'PIN', 'UNPIN', 'APPROVE', 'MERGE', 'SENSITIVITY', 'PUBLICATION_TEXT'].map(
        moderationActionLabel,
      ),
      ...SENSITIVITIES.map(sensitivityLabel),
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

  it('says what may leave the room: a badge for every label but NONE, and log reasons in words', () => {
    expect(sensitivityBadge('RESTRICTED')).toBe('Restricted — not for publication')
    expect(sensitivityBadge('PERSONAL_DATA')).toBe('Personal data — not for publication')
    expect(sensitivityBadge('NONE')).toBe('')
    expect(sensitivityBadge(undefined)).toBe('')
    expect(moderationActionLabel('SENSITIVITY')).toBe('Sensitivity labelled')
    expect(moderationReason('SENSITIVITY', 'RESTRICTED: names a live operation')).toBe(
      'Restricted: names a live operation',
    )
    expect(moderationReason('SENSITIVITY', 'OPERATIONAL')).toBe('Operational')
    expect(moderationReason('SENSITIVITY', 'NONE: checked')).toBe('No label: checked')
    expect(moderationReason('HIDE', 'RESTRICTED: not a label here')).toBe('RESTRICTED: not a label here')
    expect(moderationReason('PUBLICATION_TEXT', null)).toBe('')
  })

  it('makes an unknown code readable', () => {
    expect(words('SOMETHING_NEW')).toBe('Something new')
    expect(words(undefined)).toBe('')
  })
})
