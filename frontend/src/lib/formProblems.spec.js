import { describe, expect, it } from 'vitest'
import { summarise, violationsByField } from './formProblems.js'
import { delegateFields } from './delegates.js'

const registration = [...delegateFields('self'), { name: 'consent', label: 'Consent' }]

// what the API answers for an empty registration: alphabetical, with the JSON names
const emptyRegistration = [
  { field: 'consent', message: 'Accept the privacy and attribution notice to register.' },
  { field: 'country', message: 'Give your country as a two-letter code, such as BE.' },
  { field: 'email', message: 'Give your email address.' },
  { field: 'name', message: 'Give your name.' },
  { field: 'organisation', message: 'Give your organisation.' },
  { field: 'sector', message: 'Choose your sector.' },
]

describe('summarise', () => {
  it("lists the problems in the form's order with its labels, never the API's field names", () => {
    const summary = summarise(emptyRegistration, registration, {
      detail: 'Some fields are not valid: consent, country, email, name, organisation, sector.',
    })
    expect(summary.heading).toBe('Please check: Name, Email, Organisation, Sector, Country, Consent')
    expect(summary.fields.map((f) => f.label)).toEqual([
      'Name',
      'Email',
      'Organisation',
      'Sector',
      'Country',
      'Consent',
    ])
    expect(summary.general).toEqual([])
    expect(summary.first).toBe('name')
  })

  it('words each message for its control: a country chosen from a list', () => {
    const summary = summarise(emptyRegistration, registration)
    expect(summary.byField.country).toBe('Choose your country from the list.')
    expect(summary.byField.sector).toBe('Choose your sector from the list.')
    expect(summary.byField.email).toBe('Give your email address.')
    expect(Object.values(summary.byField).join(' ')).not.toMatch(/two-letter|code/)
    expect(summarise([{ field: 'country', message: 'x' }], delegateFields('other')).byField.country).toBe(
      'Choose their country from the list.',
    )
  })

  it('reads nested paths and aliases, and keeps what belongs to no control as general', () => {
    const fields = [
      { name: 'endsAt', label: 'Ends' },
      { name: 'relations', label: 'Relations', aliases: ['to'] },
    ]
    const summary = summarise(
      [
        { field: 'create.request.endsAt', message: 'The end must be after the start.' },
        { field: 'relations[0].to', message: 'Give the related pattern.' },
        { field: 'to', message: 'Give the related pattern.' },
        { field: 'joinCode', message: 'Give the join code.' },
      ],
      fields,
    )
    expect(summary.byField).toEqual({
      endsAt: 'The end must be after the start.',
      relations: 'Give the related pattern.',
    })
    expect(summary.general).toEqual(['Give the join code.'])
  })

  it('can reword the server message rather than replace it', () => {
    const fields = [{ name: 'startsAt', label: 'Starts', message: (m) => m.replace(', with its offset', '') }]
    expect(
      summarise([{ field: 'startsAt', message: 'Give the time the session starts, with its offset.' }], fields).byField
        .startsAt,
    ).toBe('Give the time the session starts.')
  })

  it('says what happened when no field is to blame, and nothing when nothing is wrong', () => {
    expect(
      summarise([], [{ name: 'email', label: 'Email' }], { detail: 'Email or password is incorrect.' }),
    ).toMatchObject({ heading: 'Email or password is incorrect.', fields: [], general: [] })
    expect(
      summarise([{ field: 'body', message: 'The CSV is empty.' }], [], { detail: 'The CSV is empty.' }).heading,
    ).toBe('The CSV is empty.')
    expect(summarise([], [])).toBeNull()
  })
})

describe('violationsByField', () => {
  it('is the one place that sorts violations by field', () => {
    expect(
      violationsByField(
        [
          { field: 'a.title', message: 'm' },
          { field: 'x', message: 'n' },
        ],
        ['title'],
      ),
    ).toEqual({
      byField: { title: ['m'] },
      general: ['n'],
    })
  })
})
