import { describe, expect, it } from 'vitest'
import { safeWebUrl, toFormValues, toRequestBody } from './workshop.js'

describe('toRequestBody', () => {
  it('turns the wall times into ISO instants in the chosen zone and blanks into null', () => {
    const body = toRequestBody({
      title: '  Trolling and hate speech ',
      theme: 'trolling',
      description: '',
      startsAt: '2027-03-10T09:00',
      endsAt: '2027-03-10T17:00',
      timeZone: 'Europe/Brussels',
      venue: ' ',
      onlineUrl: '',
      capacity: '40',
      attribution: 'CHATHAM_HOUSE',
    })
    expect(body).toEqual({
      title: 'Trolling and hate speech',
      theme: 'trolling',
      description: null,
      startsAt: '2027-03-10T09:00:00+01:00',
      endsAt: '2027-03-10T17:00:00+01:00',
      timeZone: 'Europe/Brussels',
      venue: null,
      onlineUrl: null,
      capacity: 40,
      attribution: 'CHATHAM_HOUSE',
      preModeration: false,
      retentionDays: null,
    })
  })
})

describe('retention', () => {
  it('is two years for a new workshop and travels both ways as a number', () => {
    expect(toFormValues(null).retentionDays).toBe(730)
    expect(toFormValues({ title: 'x', timeZone: 'UTC', retentionDays: 90 }).retentionDays).toBe(90)
    expect(toRequestBody({ ...toFormValues(null), title: 'Kept', retentionDays: '365' }).retentionDays).toBe(365)
    expect(toRequestBody({ ...toFormValues(null), title: 'Kept', retentionDays: 'ten' }).retentionDays).toBe('ten')
  })
})

describe('pre-moderation', () => {
  it('is off for a new workshop and travels both ways', () => {
    expect(toFormValues(null).preModeration).toBe(false)
    expect(toFormValues({ title: 'x', timeZone: 'UTC', preModeration: true }).preModeration).toBe(true)
    expect(toRequestBody({ ...toFormValues(null), title: 'Live', preModeration: true }).preModeration).toBe(true)
  })
})

describe('toFormValues', () => {
  it('shows the stored instants as wall times in the workshop zone', () => {
    const values = toFormValues({
      title: 'Dark web',
      theme: 'dark-web',
      startsAt: '2027-03-28T08:00:00Z',
      endsAt: '2027-03-28T15:00:00Z',
      timeZone: 'Europe/Brussels',
      capacity: 12,
      attribution: 'ANONYMOUS',
    })
    expect(values.startsAt).toBe('2027-03-28T10:00')
    expect(values.endsAt).toBe('2027-03-28T17:00')
    expect(values.capacity).toBe(12)
    expect(values.venue).toBe('')
  })
})

describe('safeWebUrl', () => {
  it('keeps http(s) links and refuses script URLs', () => {
    expect(safeWebUrl('https://meet.example.org/abc')).toBe('https://meet.example.org/abc')
    expect(safeWebUrl('javascript:alert(1)')).toBeNull()
    expect(safeWebUrl('not a url')).toBeNull()
  })
})
