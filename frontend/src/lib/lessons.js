export const LESSON_TYPES = [
  'BEST_PRACTICE',
  'LESSON_LEARNED',
  'CHALLENGE',
  'RECOMMENDATION',
  'ROLE_AND_RESPONSIBILITY',
  'ETHICAL_ISSUE',
  'TRAINING_NEED',
]

/** The lesson form's controls in order. */
export const LESSON_FIELDS = [
  { name: 'title', label: 'Title' },
  { name: 'statement', label: 'Statement' },
  { name: 'type', label: 'Type', message: 'Choose a type from the list.' },
  { name: 'noteIds', label: 'Supporting notes' },
]

/** The form's values for a lesson (or a new one). */
export function lessonToForm(lesson, defaultType = 'LESSON_LEARNED') {
  return {
    title: lesson?.title ?? '',
    statement: lesson?.statement ?? '',
    type: lesson?.type ?? defaultType,
    noteIds: [...(lesson?.noteIds ?? [])],
  }
}

/** The body for POST or PUT, and the form's own checks as violations ([] when it may be sent). */
export function lessonBody(values) {
  const body = {
    title: values.title.trim(),
    statement: values.statement.trim(),
    type: values.type,
    noteIds: [...values.noteIds],
  }
  const violations = []
  if (!body.title) violations.push({ field: 'title', message: 'Give the lesson a title.' })
  if (!body.statement) violations.push({ field: 'statement', message: 'Write the lesson.' })
  return { body, violations }
}

export const LESSON_STATUSES = ['EMERGING', 'VALIDATED', 'PUBLISHED', 'REJECTED']
export const LESSON_TRANSITION_ACTIONS = {
  EMERGING: 'Back to emerging',
  VALIDATED: 'Validate',
  PUBLISHED: 'Publish',
  REJECTED: 'Reject',
}

/** Lessons by status, newest change first in each column. */
export function lessonColumns(lessons) {
  const columns = Object.fromEntries(LESSON_STATUSES.map((s) => [s, []]))
  for (const lesson of lessons ?? []) (columns[lesson.status] ??= []).push(lesson)
  for (const list of Object.values(columns))
    list.sort((a, b) => String(b.updatedAt ?? '').localeCompare(String(a.updatedAt ?? '')) || b.id - a.id)
  return columns
}

/** Statuses the room sees while a workshop runs: lessons still being shaped or just validated. */
export const EMERGING_STATUSES = ['EMERGING', 'VALIDATED']

/** Emerging and validated lessons, most endorsed first, then newest. */
export function emergingLessons(lessons) {
  return (lessons ?? [])
    .filter((l) => EMERGING_STATUSES.includes(l.status))
    .sort((a, b) => (b.endorsements ?? 0) - (a.endorsements ?? 0) || b.id - a.id)
}

export const endorsementsLabel = (n) => `${n ?? 0} ${(n ?? 0) === 1 ? 'endorsement' : 'endorsements'}`

/**
 * Every move of a lesson is one way (EMERGING → VALIDATED → PUBLISHED, or REJECTED before that):
 * what to say before making it. title is the lesson's title.
 */
export function lessonTransitionQuestion(to, title) {
  switch (to) {
    case 'VALIDATED':
      return {
        title: `Validate “${title}”?`,
        message: 'A validated lesson can then be published or rejected; it cannot go back to emerging.',
        confirm: 'Yes, validate',
        danger: false,
      }
    case 'PUBLISHED':
      return {
        title: `Publish “${title}”?`,
        message: 'Publishing is final: the lesson can no longer be moved or rejected.',
        confirm: 'Yes, publish',
        danger: false,
      }
    case 'REJECTED':
      return {
        title: `Reject “${title}”?`,
        message: 'Rejecting is final: the lesson leaves the emerging lessons and cannot be brought back.',
        confirm: 'Yes, reject',
        danger: true,
      }
    default:
      return {
        title: `Move “${title}”?`,
        message: 'This move cannot be undone.',
        confirm: 'Yes, move it',
        danger: true,
      }
  }
}
