// Workshop times are wall times in the workshop's own IANA zone. The form works with
// datetime-local strings ("2027-03-10T09:00"); the API wants ISO-8601 with an offset.
import { DateTime } from 'luxon'

const WALL_FORMAT = "yyyy-LL-dd'T'HH:mm"

export function browserTimeZone() {
  try {
    return Intl.DateTimeFormat().resolvedOptions().timeZone || 'UTC'
  } catch {
    return 'UTC'
  }
}

export function isValidTimeZone(zone) {
  return Boolean(zone) && DateTime.local().setZone(zone).isValid
}

/** IANA zones for a select, always including UTC, the browser's zone and any extra (e.g. a stored one). */
export function timeZoneOptions(...extra) {
  let zones
  try {
    zones = Intl.supportedValuesOf('timeZone')
  } catch {
    zones = []
  }
  const all = new Set([...zones, 'UTC', browserTimeZone(), ...extra.filter(Boolean)])
  return [...all].sort((a, b) => a.localeCompare(b))
}

/**
 * "2027-03-10T09:00" in zone → "2027-03-10T09:00:00+01:00".
 * A wall time skipped by a DST change (02:30 on 2027-03-28 in Brussels) moves forward by the gap
 * (03:30+02:00); a repeated one (02:30 on 2027-10-31) takes the later, standard-time offset.
 * Returns null for an empty or unreadable value.
 */
export function wallTimeToIso(wallTime, zone) {
  if (!wallTime || !zone) return null
  const dateTime = DateTime.fromISO(wallTime, { zone })
  if (!dateTime.isValid) return null
  return dateTime.toISO({ suppressMilliseconds: true, includeOffset: true })
}

/** "2027-03-28T03:30:00+02:00" → "2027-03-28T03:30" as seen in zone (for datetime-local). */
export function isoToWallTime(iso, zone) {
  if (!iso) return ''
  const dateTime = DateTime.fromISO(iso, { setZone: true })
  if (!dateTime.isValid) return ''
  const inZone = zone && isValidTimeZone(zone) ? dateTime.setZone(zone) : dateTime
  return inZone.toFormat(WALL_FORMAT)
}

/** "CET", "EDT" where the locale data has a name, else "GMT+5:30". */
export function zoneAbbreviation(dateTime) {
  const british = dateTime.setLocale('en-GB').toFormat('ZZZZ')
  if (!/^(GMT|UTC)[+-]/.test(british)) return british
  const american = dateTime.setLocale('en-US').toFormat('ZZZZ')
  return /^(GMT|UTC)[+-]/.test(american) ? british : american
}

function inZone(iso, zone) {
  const dateTime = DateTime.fromISO(iso, { setZone: true })
  if (!dateTime.isValid) return null
  return (zone && isValidTimeZone(zone) ? dateTime.setZone(zone) : dateTime).setLocale('en-GB')
}

/** "10 Mar 2027, 09:00–17:00 CET (Europe/Brussels)" */
export function formatRange(startIso, endIso, zone) {
  const start = startIso ? inZone(startIso, zone) : null
  if (!start) return ''
  const end = endIso ? inZone(endIso, zone) : null
  const zoneLabel = zone ? ` (${zone})` : ''
  const startAbbr = zoneAbbreviation(start)
  if (!end) return `${start.toFormat('d LLL yyyy, HH:mm')} ${startAbbr}${zoneLabel}`
  const endAbbr = zoneAbbreviation(end)
  const sameDay = start.hasSame(end, 'day')
  if (sameDay && startAbbr === endAbbr) {
    return `${start.toFormat('d LLL yyyy, HH:mm')}–${end.toFormat('HH:mm')} ${endAbbr}${zoneLabel}`
  }
  const startText = `${start.toFormat('d LLL yyyy, HH:mm')}${startAbbr === endAbbr ? '' : ` ${startAbbr}`}`
  const endText = sameDay ? end.toFormat('HH:mm') : end.toFormat('d LLL yyyy, HH:mm')
  return `${startText} – ${endText} ${endAbbr}${zoneLabel}`
}

/** "09:41" as the clock reads in zone (the workshop's), for notes on a wall. */
export function formatTime(iso, zone) {
  const dateTime = iso ? inZone(iso, zone) : null
  return dateTime ? dateTime.toFormat('HH:mm') : ''
}

/**
 * A zone as people name it: "Europe/Brussels" → "Brussels", "America/Argentina/Buenos_Aires" →
 * "Buenos Aires", "UTC" → "UTC"; a fixed offset ("Etc/GMT-2") → "UTC+02:00".
 */
export function zoneName(zone, at = DateTime.now()) {
  if (!zone) return ''
  if (/^(Etc\/)?(UTC|UCT|GMT|Zulu|Universal|Greenwich)$/i.test(zone)) return 'UTC'
  if (/^Etc\//.test(zone)) {
    const dateTime = at.setZone(zone)
    return dateTime.isValid ? `UTC${dateTime.toFormat('ZZ')}` : zone
  }
  return zone.split('/').pop().replace(/_/g, ' ')
}

/**
 * An instant as people read it, in the given zone (a workshop's; the viewer's own by default):
 * "Tue 3 Dec 2026, 09:00 (Brussels)".
 */
export function formatInstant(iso, zone = browserTimeZone()) {
  const dateTime = iso ? inZone(iso, zone) : null
  if (!dateTime) return ''
  const name = zone && isValidTimeZone(zone) ? zoneName(zone, dateTime) : `UTC${dateTime.toFormat('ZZ')}`
  return `${dateTime.toFormat('ccc d LLL yyyy, HH:mm')} (${name})`
}

/** A calendar day the server already gave in the right zone ("2027-04-09") as people read it: "Fri 9 Apr 2027". */
export function formatDay(isoDate) {
  const day = isoDate ? DateTime.fromISO(isoDate, { zone: 'UTC' }) : null
  return day?.isValid ? day.setLocale('en-GB').toFormat('ccc d LLL yyyy') : ''
}
