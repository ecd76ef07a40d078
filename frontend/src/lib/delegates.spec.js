import { describe, expect, it } from 'vitest'
import {
  COUNTRY_CODES,
  checkInQrText,
  countryName,
  countryOptions,
  delegateBody,
  matchByName,
  parseCheckInQr,
  personalLinkFor,
  personalLinksCsv,
  readKeyFromHash,
} from './delegates.js'

describe('readKeyFromHash', () => {
  it('reads the key from the fragment of a personal link', () => {
    expect(readKeyFromHash('#key=Abc-123_xyz')).toBe('Abc-123_xyz')
    expect(readKeyFromHash('key=Abc')).toBe('Abc')
  })

  it('finds the key among other fragment values and decodes it', () => {
    expect(readKeyFromHash('#lang=en&key=a%2Bb')).toBe('a+b')
  })

  it('keeps a plus sign as a plus sign', () => {
    expect(readKeyFromHash('#key=a+b')).toBe('a+b')
  })

  it('gives null without a key', () => {
    expect(readKeyFromHash('')).toBeNull()
    expect(readKeyFromHash('#')).toBeNull()
    expect(readKeyFromHash('#key=')).toBeNull()
    expect(readKeyFromHash('#other=1')).toBeNull()
    expect(readKeyFromHash(undefined)).toBeNull()
  })

  it('round-trips a link made by personalLinkFor', () => {
    const link = personalLinkFor('https://hub.example', 'k3y_-AZ09')
    expect(link).toBe('https://hub.example/my-registration#key=k3y_-AZ09')
    expect(readKeyFromHash(new URL(link).hash)).toBe('k3y_-AZ09')
  })
})

describe('check-in QR text', () => {
  it('reads the delegate id back from the text', () => {
    expect(checkInQrText(42)).toBe('workshop-hub:delegate:42')
    expect(parseCheckInQr('workshop-hub:delegate:42')).toBe(42)
    expect(parseCheckInQr(' workshop-hub:delegate:7 ')).toBe(7)
  })

  it('refuses any other text', () => {
    expect(parseCheckInQr('https://evil.example')).toBeNull()
    expect(parseCheckInQr('workshop-hub:delegate:')).toBeNull()
    expect(parseCheckInQr('workshop-hub:delegate:12x')).toBeNull()
    expect(parseCheckInQr(null)).toBeNull()
  })
})

describe('countries', () => {
  it('names the ISO codes and sorts them by name', () => {
    expect(COUNTRY_CODES).toContain('BE')
    expect(COUNTRY_CODES).toHaveLength(249)
    expect(countryName('BE')).toBe('Belgium')
    const options = countryOptions()
    expect(options.find((o) => o.value === 'DE').label).toBe('Germany')
    const labels = options.map((o) => o.label)
    expect([...labels].sort((a, b) => a.localeCompare(b, 'en'))).toEqual(labels)
  })
})

describe('matchByName', () => {
  const people = [
    { name: 'Zoë Müller', organisation: 'Politie Antwerpen' },
    { name: 'Jan de Vries', organisation: 'TU Delft' },
  ]

  it('matches without accents or case, word by word', () => {
    expect(matchByName(people, 'zoe mul')).toEqual([people[0]])
    expect(matchByName(people, 'delft')).toEqual([people[1]])
    expect(matchByName(people, '  ')).toEqual(people)
    expect(matchByName(people, 'nobody')).toEqual([])
  })
})

describe('delegateBody', () => {
  it('trims the values and sends blank optional fields as null', () => {
    expect(
      delegateBody({
        name: ' Ana ',
        email: ' ana@example.org',
        organisation: 'Police ',
        sector: 'POLICE',
        country: 'PT',
        jobTitle: ' ',
        accessNeeds: '',
      }),
    ).toEqual({
      name: 'Ana',
      email: 'ana@example.org',
      organisation: 'Police',
      sector: 'POLICE',
      country: 'PT',
      jobTitle: null,
      accessNeeds: null,
    })
  })
})

describe('personalLinksCsv', () => {
  it('lists the imported rows with their full links, quoting values', () => {
    const csv = personalLinksCsv(
      [
        { status: 'IMPORTED', email: 'a@example.org', personalLink: '/my-registration#key=abc' },
        { status: 'REFUSED', email: 'bad', personalLink: null },
      ],
      'https://hub.example',
    )
    expect(csv).toBe('"email","personalLink"\r\n"a@example.org","https://hub.example/my-registration#key=abc"\r\n')
  })

  it('makes an email that looks like a formula inert', () => {
    const csv = personalLinksCsv(
      [{ status: 'IMPORTED', email: '=cmd@x.test', personalLink: '/my-registration#key=abc' }],
      'https://hub.example',
    )
    expect(csv).toContain(`"'=cmd@x.test"`)
  })
})
