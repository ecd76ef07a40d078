import { describe, expect, it } from 'vitest'
import { movedOrder, nextSessionTimes, toSessionBody, toSessionValues } from './agenda.js'

const workshop = {
  startsAt: '2027-03-10T09:00:00+01:00',
  endsAt: '2027-03-10T17:00:00+01:00',
  timeZone: 'Europe/Brussels',
}

describe('the session form', () => {
  it('sends wall times with the workshop zone offset and a blank prompt as null', () => {
    expect(
      toSessionBody(
        {
          title: ' Opening ',
          prompt: ' ',
          startsAt: '2027-03-28T09:00',
          endsAt: '2027-03-28T10:00',
          facilitatorId: '',
        },
        'Europe/Brussels',
      ),
    ).toEqual({
      title: 'Opening',
      prompt: null,
      startsAt: '2027-03-28T09:00:00+02:00',
      endsAt: '2027-03-28T10:00:00+02:00',
      facilitatorId: null,
    })
  })

  it('keeps a chosen facilitator as a number', () => {
    expect(
      toSessionBody({ title: 'x', prompt: '', startsAt: '', endsAt: '', facilitatorId: '4' }, 'UTC').facilitatorId,
    ).toBe(4)
  })

  it('shows a stored session in the workshop zone', () => {
    const values = toSessionValues(
      {
        title: 'Mapping',
        prompt: 'Who is hurt?',
        startsAt: '2027-03-10T08:30:00Z',
        endsAt: '2027-03-10T09:30:00Z',
        facilitator: { id: 2, displayName: 'F' },
      },
      'Europe/Brussels',
    )
    expect(values).toEqual({
      title: 'Mapping',
      prompt: 'Who is hurt?',
      startsAt: '2027-03-10T09:30',
      endsAt: '2027-03-10T10:30',
      facilitatorId: 2,
    })
  })
})

describe('nextSessionTimes', () => {
  it('starts the first session when the workshop starts, for an hour', () => {
    expect(nextSessionTimes(workshop, [])).toEqual({ startsAt: '2027-03-10T09:00', endsAt: '2027-03-10T10:00' })
  })

  it('starts the next session where the last one ends', () => {
    const sessions = [{ endsAt: '2027-03-10T11:30:00+01:00' }, { endsAt: '2027-03-10T10:00:00+01:00' }]
    expect(nextSessionTimes(workshop, sessions)).toEqual({ startsAt: '2027-03-10T11:30', endsAt: '2027-03-10T12:30' })
  })

  it('never ends after the workshop', () => {
    const sessions = [{ endsAt: '2027-03-10T16:30:00+01:00' }]
    expect(nextSessionTimes(workshop, sessions)).toEqual({ startsAt: '2027-03-10T16:30', endsAt: '2027-03-10T17:00' })
  })

  it('gives empty times without a workshop', () => {
    expect(nextSessionTimes(null, [])).toEqual({ startsAt: '', endsAt: '' })
  })
})

describe('movedOrder', () => {
  const sessions = [{ id: 1 }, { id: 2 }, { id: 3 }]

  it('moves a session up or down by one', () => {
    expect(movedOrder(sessions, 2, -1)).toEqual([2, 1, 3])
    expect(movedOrder(sessions, 2, 1)).toEqual([1, 3, 2])
  })

  it('gives null at either end or for an unknown session', () => {
    expect(movedOrder(sessions, 1, -1)).toBeNull()
    expect(movedOrder(sessions, 3, 1)).toBeNull()
    expect(movedOrder(sessions, 9, 1)).toBeNull()
  })
})
