// The agenda form: wall times in the workshop's zone ⇄ the API body, sensible default times, and
// the new order of the agenda after moving one session up or down.
import { DateTime } from 'luxon'
import { formatRange, isoToWallTime, wallTimeToIso } from './time.js'

/**
 * The session form's controls in order. The server states the workshop's bounds as ISO instants and
 * asks for times "with its offset": the form says the same in the workshop's own time.
 */
export function sessionFields(workshop) {
  const bounds = workshop?.startsAt ? formatRange(workshop.startsAt, workshop.endsAt, workshop.timeZone) : ''
  const when = (what) => (message) => {
    if (/within the workshop/i.test(message))
      return `The session must ${what} within the workshop${bounds ? `: ${bounds}` : ''}.`
    if (/offset|expected a date-time/i.test(message))
      return `Give the date and time the session ${what === 'start' ? 'starts' : 'ends'}.`
    return message
  }
  return [
    { name: 'title', label: 'Title' },
    { name: 'prompt', label: 'Prompt' },
    { name: 'startsAt', label: 'Starts', message: when('start') },
    { name: 'endsAt', label: 'Ends', message: when('end') },
    { name: 'facilitatorId', label: 'Facilitator', message: 'Choose a facilitator from the list.' },
  ]
}

export function emptySessionValues() {
  return { title: '', prompt: '', startsAt: '', endsAt: '', facilitatorId: '' }
}

export function toSessionValues(session, zone) {
  if (!session) return emptySessionValues()
  return {
    title: session.title ?? '',
    prompt: session.prompt ?? '',
    startsAt: isoToWallTime(session.startsAt, zone),
    endsAt: isoToWallTime(session.endsAt, zone),
    facilitatorId: session.facilitator?.id ?? '',
  }
}

export function toSessionBody(values, zone) {
  const facilitator =
    values.facilitatorId === '' || values.facilitatorId === null || values.facilitatorId === undefined
      ? null
      : Number(values.facilitatorId)
  return {
    title: (values.title ?? '').trim(),
    prompt: (values.prompt ?? '').trim() || null,
    startsAt: wallTimeToIso(values.startsAt, zone),
    endsAt: wallTimeToIso(values.endsAt, zone),
    facilitatorId: Number.isNaN(facilitator) ? null : facilitator,
  }
}

/**
 * Starts where the last session ends (or when the workshop starts) and lasts an hour, never past
 * the workshop's end. Wall times in the workshop's zone.
 */
export function nextSessionTimes(workshop, sessions, minutes = 60) {
  if (!workshop?.startsAt) return { startsAt: '', endsAt: '' }
  const zone = workshop.timeZone
  const last = [...(sessions ?? [])]
    .map((s) => s.endsAt)
    .filter(Boolean)
    .sort((a, b) => Date.parse(a) - Date.parse(b))
    .pop()
  const workshopEnd = workshop.endsAt ? Date.parse(workshop.endsAt) : null
  let start = last ?? workshop.startsAt
  if (workshopEnd !== null && Date.parse(start) >= workshopEnd) start = workshop.startsAt
  let end = DateTime.fromISO(start, { setZone: true }).plus({ minutes }).toISO()
  if (workshopEnd !== null && Date.parse(end) > workshopEnd) end = workshop.endsAt
  return { startsAt: isoToWallTime(start, zone), endsAt: isoToWallTime(end, zone) }
}

/** The ids in their new order after moving one by delta (-1 up, +1 down); null when it cannot move. */
export function movedOrder(sessions, sessionId, delta) {
  const ids = sessions.map((s) => s.id)
  const from = ids.findIndex((id) => String(id) === String(sessionId))
  const to = from + delta
  if (from === -1 || to < 0 || to >= ids.length) return null
  const [moving] = ids.splice(from, 1)
  ids.splice(to, 0, moving)
  return ids
}
