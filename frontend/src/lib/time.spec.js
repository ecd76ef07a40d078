import { describe, expect, it, vi } from 'vitest'
import {
  formatInstant,
  formatRange,
  formatTime,
  isoToWallTime,
  timeZoneOptions,
  wallTimeToIso,
  zoneName,
} from './time.js'

/** The viewer's browser is in zone (only the zone changes; luxon still reads the rest of the options). */
function viewerIn(zone) {
  const real = Intl.DateTimeFormat.prototype.resolvedOptions
  vi.spyOn(Intl.DateTimeFormat.prototype, 'resolvedOptions').mockImplementation(function resolved() {
    return { ...real.call(this), timeZone: zone }
  })
}

describe('wallTimeToIso', () => {
  it('gives a winter wall time in Brussels the CET offset', () => {
    expect(wallTimeToIso('2027-03-10T09:00', 'Europe/Brussels')).toBe('2027-03-10T09:00:00+01:00')
  })

  it('switches to the summer offset on the morning of the DST change', () => {
    expect(wallTimeToIso('2027-03-28T01:30', 'Europe/Brussels')).toBe('2027-03-28T01:30:00+01:00')
    expect(wallTimeToIso('2027-03-28T03:30', 'Europe/Brussels')).toBe('2027-03-28T03:30:00+02:00')
  })

  it('moves a wall time skipped by the DST gap forward by the gap', () => {
    expect(wallTimeToIso('2027-03-28T02:30', 'Europe/Brussels')).toBe('2027-03-28T03:30:00+02:00')
  })

  it('uses the zone, not the browser, to pick the offset', () => {
    expect(wallTimeToIso('2027-03-28T09:00', 'America/New_York')).toBe('2027-03-28T09:00:00-04:00')
    expect(wallTimeToIso('2027-03-28T09:00', 'UTC')).toBe('2027-03-28T09:00:00Z')
  })

  it('gives null for empty or unreadable input', () => {
    expect(wallTimeToIso('', 'Europe/Brussels')).toBeNull()
    expect(wallTimeToIso('not a date', 'Europe/Brussels')).toBeNull()
  })
})

describe('isoToWallTime', () => {
  it('shows an instant as wall time in the workshop zone', () => {
    expect(isoToWallTime('2027-03-28T03:30:00+02:00', 'Europe/Brussels')).toBe('2027-03-28T03:30')
    expect(isoToWallTime('2027-03-28T00:30:00Z', 'Europe/Brussels')).toBe('2027-03-28T01:30')
    expect(isoToWallTime('2027-03-28T01:30:00Z', 'Europe/Brussels')).toBe('2027-03-28T03:30')
  })

  it('round-trips wall times on both sides of the DST change', () => {
    for (const wall of ['2027-03-27T23:00', '2027-03-28T01:59', '2027-03-28T03:00', '2027-10-31T03:00']) {
      expect(isoToWallTime(wallTimeToIso(wall, 'Europe/Brussels'), 'Europe/Brussels')).toBe(wall)
    }
  })

  it('gives an empty string for no value', () => {
    expect(isoToWallTime(null, 'Europe/Brussels')).toBe('')
  })
})

describe('formatRange', () => {
  it('shows a one-day workshop with the zone abbreviation and name', () => {
    expect(formatRange('2027-03-10T09:00:00+01:00', '2027-03-10T17:00:00+01:00', 'Europe/Brussels')).toBe(
      '10 Mar 2027, 09:00–17:00 CET (Europe/Brussels)',
    )
  })

  it('shows times in the workshop zone whatever offset the instant was written with', () => {
    expect(formatRange('2027-03-10T08:00:00Z', '2027-03-10T16:00:00Z', 'Europe/Brussels')).toBe(
      '10 Mar 2027, 09:00–17:00 CET (Europe/Brussels)',
    )
  })

  it('names both abbreviations when a workshop spans the DST change', () => {
    expect(formatRange('2027-03-28T01:00:00+01:00', '2027-03-28T05:00:00+02:00', 'Europe/Brussels')).toBe(
      '28 Mar 2027, 01:00 CET – 05:00 CEST (Europe/Brussels)',
    )
  })

  it('shows both dates for a workshop over several days', () => {
    expect(formatRange('2027-03-10T09:00:00+01:00', '2027-03-11T13:00:00+01:00', 'Europe/Brussels')).toBe(
      '10 Mar 2027, 09:00 – 11 Mar 2027, 13:00 CET (Europe/Brussels)',
    )
  })
})

describe('timeZoneOptions', () => {
  it('lists IANA zones including UTC and a stored zone', () => {
    const zones = timeZoneOptions('Europe/Kiev')
    expect(zones).toContain('Europe/Brussels')
    expect(zones).toContain('UTC')
    expect(zones).toContain('Europe/Kiev')
  })
})

describe('formatTime', () => {
  it("reads the clock in the workshop's zone, not the viewer's", () => {
    expect(formatTime('2027-03-10T08:41:00Z', 'Europe/Brussels')).toBe('09:41')
    expect(formatTime('2027-03-10T08:41:00Z', 'America/New_York')).toBe('03:41')
    expect(formatTime(null, 'Europe/Brussels')).toBe('')
  })
})

describe('formatInstant', () => {
  it('reads an instant as people do, in the zone it is shown in, naming the place', () => {
    expect(formatInstant('2026-12-03T08:00:00Z', 'Europe/Brussels')).toBe('Thu 3 Dec 2026, 09:00 (Brussels)')
    expect(formatInstant('2026-12-03T08:00:00Z', 'America/Argentina/Buenos_Aires')).toBe(
      'Thu 3 Dec 2026, 05:00 (Buenos Aires)',
    )
    expect(formatInstant('2026-12-03T08:00:00Z', 'UTC')).toBe('Thu 3 Dec 2026, 08:00 (UTC)')
    expect(formatInstant(null, 'Europe/Brussels')).toBe('')
  })

  it('follows summer time in the zone', () => {
    expect(formatInstant('2027-06-01T07:30:00Z', 'Europe/Brussels')).toBe('Tue 1 Jun 2027, 09:30 (Brussels)')
  })

  it("uses the viewer's own zone when no workshop zone applies", () => {
    viewerIn('Asia/Tokyo')
    expect(formatInstant('2026-12-03T08:00:00Z')).toBe('Thu 3 Dec 2026, 17:00 (Tokyo)')
  })
})

describe('zoneName', () => {
  it('names a zone by its place, and a fixed offset by its offset', () => {
    expect(zoneName('Europe/Brussels')).toBe('Brussels')
    expect(zoneName('Etc/UTC')).toBe('UTC')
    expect(zoneName('Etc/GMT-2')).toBe('UTC+02:00')
  })
})

describe('formatDay', () => {
  it('reads a calendar day as it is, whatever the browser zone', async () => {
    const { formatDay } = await import('./time.js')
    expect(formatDay('2027-04-09')).toBe('Fri 9 Apr 2027')
    expect(formatDay('')).toBe('')
    expect(formatDay('not a day')).toBe('')
  })
})
