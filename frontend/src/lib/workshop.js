// Words the UI uses for the workshop's enums, and the mapping between the form and the API body.
import { browserTimeZone, isoToWallTime, wallTimeToIso } from './time.js'

export const STATUSES = ['DRAFT', 'SCHEDULED', 'LIVE', 'CLOSED', 'ARCHIVED', 'CANCELLED']

/** Button label for moving a workshop to a status. */
export const TRANSITION_ACTIONS = {
  SCHEDULED: 'Schedule',
  DRAFT: 'Back to draft',
  LIVE: 'Go live',
  CLOSED: 'Close',
  ARCHIVED: 'Archive',
  CANCELLED: 'Cancel workshop',
}

/** What to announce after a transition. */
export const TRANSITION_DONE = {
  SCHEDULED: 'Workshop scheduled.',
  DRAFT: 'Workshop moved back to draft.',
  LIVE: 'Workshop is live.',
  CLOSED: 'Workshop closed.',
  ARCHIVED: 'Workshop archived.',
  CANCELLED: 'Workshop cancelled.',
}

/**
 * Moves that cannot be undone, and what to tell before making them. A LIVE workshop can only
 * close, a CLOSED one only be archived, and ARCHIVED and CANCELLED are final; DRAFT ⇄ SCHEDULED
 * is the only way back.
 */
export const TRANSITION_CONFIRMATIONS = {
  LIVE: {
    title: 'Go live?',
    message:
      'Going live opens the workshop: facilitators can open rounds and checked-in delegates can join and send notes. ' +
      'A live workshop cannot go back to scheduled.',
    confirm: 'Yes, go live',
    danger: false,
  },
  CLOSED: {
    title: 'Close this workshop?',
    message:
      'Closing ends the live session: delegates can no longer send notes or join. A closed workshop cannot be opened again.',
    confirm: 'Yes, close it',
    danger: true,
  },
  ARCHIVED: {
    title: 'Archive this workshop?',
    message: 'Archiving keeps the workshop as a record: nobody can edit it or change its status any more.',
    confirm: 'Yes, archive it',
    danger: true,
  },
  CANCELLED: {
    title: 'Cancel this workshop?',
    message:
      'Cancelling is final: the workshop cannot be scheduled again or edited, and nobody can register for it or join it.',
    confirm: 'Yes, cancel it',
    danger: true,
  },
}

/** How a transition's button looks: a step forward is primary; an ending is danger; a step back is secondary. */
export function transitionStyle(to) {
  if (to === 'SCHEDULED' || to === 'LIVE') return 'primary'
  if (to === 'CLOSED' || to === 'CANCELLED') return 'danger'
  return 'secondary'
}

export const ATTRIBUTIONS = [
  {
    value: 'CHATHAM_HOUSE',
    label: 'Chatham House rule',
    explanation: 'What is said may be used, but nobody may reveal who said it or which organisation they are from.',
  },
  {
    value: 'ATTRIBUTED',
    label: 'Attributed',
    explanation: "Contributions are shown with the participant's name and organisation.",
  },
  {
    value: 'ANONYMOUS',
    label: 'Anonymous',
    explanation: 'Contributions are collected without any name or organisation.',
  },
]

export const DEFAULT_ATTRIBUTION = 'CHATHAM_HOUSE'

/** Days delegates' personal data is kept after a workshop, unless the organiser says otherwise. */
export const DEFAULT_RETENTION_DAYS = 730
export const MIN_RETENTION_DAYS = 30
export const MAX_RETENTION_DAYS = 3650

export function attributionLabel(value) {
  return ATTRIBUTIONS.find((a) => a.value === value)?.label ?? value
}

/** Only links that a browser will open as a web page; anything else is shown as text. */
export function safeWebUrl(url) {
  if (!url) return null
  try {
    const parsed = new URL(url)
    return parsed.protocol === 'https:' || parsed.protocol === 'http:' ? parsed.href : null
  } catch {
    return null
  }
}

export function emptyFormValues() {
  return {
    title: '',
    theme: '',
    description: '',
    startsAt: '',
    endsAt: '',
    timeZone: browserTimeZone(),
    venue: '',
    onlineUrl: '',
    capacity: '',
    attribution: DEFAULT_ATTRIBUTION,
    preModeration: false,
    retentionDays: DEFAULT_RETENTION_DAYS,
  }
}

export function toFormValues(workshop) {
  if (!workshop) return emptyFormValues()
  const zone = workshop.timeZone || browserTimeZone()
  return {
    title: workshop.title ?? '',
    theme: workshop.theme ?? '',
    description: workshop.description ?? '',
    startsAt: isoToWallTime(workshop.startsAt, zone),
    endsAt: isoToWallTime(workshop.endsAt, zone),
    timeZone: zone,
    venue: workshop.venue ?? '',
    onlineUrl: workshop.onlineUrl ?? '',
    capacity: workshop.capacity ?? '',
    attribution: workshop.attribution ?? DEFAULT_ATTRIBUTION,
    preModeration: Boolean(workshop.preModeration),
    retentionDays: workshop.retentionDays ?? DEFAULT_RETENTION_DAYS,
  }
}

const blankToNull = (value) => {
  const text = typeof value === 'string' ? value.trim() : value
  return text === '' || text === undefined ? null : text
}

/** A number field's value as a number when it is one; otherwise as typed (the server names the problem), or null. */
function wholeNumberOrText(value) {
  const text = blankToNull(value)
  if (text === null) return null
  const number = Number(text)
  return Number.isNaN(number) ? text : number
}

/** The POST/PUT body: wall times become ISO instants with the zone's offset; blanks become null. */
export function toRequestBody(values) {
  const capacity = blankToNull(values.capacity)
  const capacityNumber = capacity === null ? null : Number(capacity)
  return {
    title: values.title.trim(),
    theme: blankToNull(values.theme),
    description: blankToNull(values.description),
    startsAt: wallTimeToIso(values.startsAt, values.timeZone),
    endsAt: wallTimeToIso(values.endsAt, values.timeZone),
    timeZone: blankToNull(values.timeZone),
    venue: blankToNull(values.venue),
    onlineUrl: blankToNull(values.onlineUrl),
    capacity: capacityNumber === null || Number.isNaN(capacityNumber) ? capacity : capacityNumber,
    attribution: values.attribution,
    preModeration: Boolean(values.preModeration),
    retentionDays: wholeNumberOrText(values.retentionDays),
  }
}

/** Drops the wire format's words ("with its offset") that mean nothing to someone picking a date and a time. */
const whenMessage = (what) => (message) =>
  /expected a date-time|offset/i.test(message) && !/after/i.test(message)
    ? `Give the date and time the workshop ${what}.`
    : message

/** The workshop form's controls in order, with their labels and messages that fit them. */
export const WORKSHOP_FIELDS = [
  { name: 'title', label: 'Title' },
  { name: 'theme', label: 'Theme', message: 'Choose one of the six themes.' },
  { name: 'description', label: 'Description' },
  { name: 'startsAt', label: 'Starts', message: whenMessage('starts') },
  { name: 'endsAt', label: 'Ends', message: whenMessage('ends') },
  { name: 'timeZone', label: 'Time zone', message: 'Choose the time zone from the list.' },
  { name: 'venue', label: 'Venue' },
  { name: 'onlineUrl', label: 'Online URL' },
  { name: 'capacity', label: 'Capacity' },
  { name: 'attribution', label: 'Attribution', message: 'Choose how contributions are attributed.' },
  { name: 'preModeration', label: 'Pre-moderate notes' },
  { name: 'retentionDays', label: 'Keep delegates’ data for (days)' },
]
