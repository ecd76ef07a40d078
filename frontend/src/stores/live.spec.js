import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { createPinia, setActivePinia } from 'pinia'

vi.mock('../api/notes.js', () => ({
  listNotes: vi.fn(),
  setVote: vi.fn(),
  editNote: vi.fn(),
  withdrawNote: vi.fn(),
}))
vi.mock('../api/sessions.js', () => ({ listSessions: vi.fn() }))
vi.mock('../api/events.js', () => ({ streamEvents: vi.fn() }))

const notesApi = await import('../api/notes.js')
const sessionsApi = await import('../api/sessions.js')
const eventsApi = await import('../api/events.js')
const { ApiError } = await import('../api/client.js')
const { saveDelegateSession } = await import('../lib/storedSessions.js')
const { useLiveStore } = await import('./live.js')
const { useWorkshopsStore } = await import('./workshops.js')
const { useDelegateSessionStore } = await import('./delegateSession.js')

const aNote = (id, fields = {}) => ({
  id,
  workshopId: 5,
  sessionId: 1,
  text: `Note ${id}`,
  kind: 'INSIGHT',
  status: 'VISIBLE',
  pinned: false,
  votes: 0,
  createdAt: `2027-03-10T09:0${id}:00Z`,
  ...fields,
})
const aRound = (id, roundOpen) => ({ id, workshopId: 5, title: `Round ${id}`, position: id, roundOpen })

beforeEach(() => {
  setActivePinia(createPinia())
  vi.resetAllMocks()
})
afterEach(() => useLiveStore().$dispose())

describe('applying events', () => {
  function following() {
    const live = useLiveStore()
    live.workshopId = 5
    live.lastEventId = 10
    return live
  }

  it('adds a new note and replaces a known one by id, so a replay doubles nothing', () => {
    const live = following()
    live.applyEvent({ id: 11, type: 'note.created', data: aNote(1) })
    live.applyEvent({ id: 12, type: 'note.created', data: aNote(2) })
    live.applyEvent({ id: 13, type: 'note.edited', data: aNote(1, { text: 'Edited' }) })
    expect(live.list).toHaveLength(2)
    expect(live.notes.get(1).text).toBe('Edited')
    expect(live.lastEventId).toBe(13)
    expect(live.arrived).toEqual([1, 2])

    // the same events again (a replay): nothing changes
    live.lastEventId = 10
    live.applyEvent({ id: 11, type: 'note.created', data: aNote(1) })
    expect(live.list).toHaveLength(2)
  })

  it('ignores events at or before the last id seen', () => {
    const live = following()
    expect(live.applyEvent({ id: 10, type: 'note.created', data: aNote(1) })).toBe(false)
    expect(live.applyEvent({ id: 9, type: 'note.created', data: aNote(2) })).toBe(false)
    expect(live.list).toHaveLength(0)
    expect(live.lastEventId).toBe(10)
  })

  it('removes a note when a tombstone arrives (hidden, merged or withdrawn for this viewer)', () => {
    const live = following()
    live.applyEvent({ id: 11, type: 'note.created', data: aNote(1) })
    live.applyEvent({ id: 12, type: 'note.created', data: aNote(2) })
    live.applyEvent({ id: 13, type: 'note.hidden', data: { id: 1, workshopId: 5, status: 'HIDDEN' } })
    live.applyEvent({ id: 14, type: 'note.merged', data: { id: 2, workshopId: 5, status: 'MERGED', mergedInto: 7 } })
    expect(live.list).toEqual([])
    // a tombstone of a note never seen is harmless
    live.applyEvent({ id: 15, type: 'note.withdrawn', data: { id: 3, workshopId: 5, status: 'WITHDRAWN' } })
    expect(live.list).toEqual([])
  })

  it('keeps a note that staff still see in full with its new status', () => {
    const live = following()
    live.applyEvent({ id: 11, type: 'note.created', data: aNote(1) })
    live.applyEvent({ id: 12, type: 'note.hidden', data: aNote(1, { status: 'HIDDEN', hiddenReason: 'Off topic' }) })
    expect(live.notes.get(1)).toMatchObject({ status: 'HIDDEN', hiddenReason: 'Off topic' })
    live.applyEvent({ id: 13, type: 'note.restored', data: aNote(1) })
    expect(live.notes.get(1).status).toBe('VISIBLE')
    expect(live.notes.get(1).hiddenReason).toBeUndefined()
  })

  it('takes the new vote count and keeps whether I voted (events do not say)', () => {
    const live = following()
    live.upsertNote(aNote(1, { votes: 1, votedByMe: true }))
    live.applyEvent({ id: 11, type: 'vote.changed', data: aNote(1, { votes: 4 }) })
    expect(live.notes.get(1)).toMatchObject({ votes: 4, votedByMe: true })
  })

  it('opens and closes rounds', () => {
    const live = following()
    live.sessions = [aRound(1, false), aRound(2, false)]
    live.applyEvent({ id: 11, type: 'round.opened', data: aRound(2, true) })
    expect(live.openRounds.map((r) => r.id)).toEqual([2])
    live.applyEvent({ id: 12, type: 'round.opened', data: aRound(1, true) })
    live.applyEvent({ id: 13, type: 'round.closed', data: aRound(2, false) })
    expect(live.openRounds.map((r) => r.id)).toEqual([1])
    expect(live.sessions.map((r) => r.id)).toEqual([1, 2])
  })

  it('ignores notes of another workshop and unknown event types', () => {
    const live = following()
    live.applyEvent({ id: 11, type: 'note.created', data: aNote(1, { workshopId: 6 }) })
    live.applyEvent({ id: 12, type: 'something.new', data: { id: 3 } })
    expect(live.list).toEqual([])
    expect(live.lastEventId).toBe(12)
  })

  it('adds a note acknowledged by the outbox only when the stream has not brought a newer view', () => {
    const live = following()
    live.applyEvent({ id: 11, type: 'note.created', data: aNote(1, { votes: 2 }) })
    live.acknowledge(aNote(1, { votes: 0 }))
    expect(live.notes.get(1).votes).toBe(2)
    live.acknowledge(aNote(2))
    expect(live.notes.has(2)).toBe(true)
  })

  it('ties an acknowledged note to the key it was sent with, even when the stream brought it first without it', () => {
    const live = following()
    live.applyEvent({ id: 11, type: 'note.created', data: aNote(1, { mine: true }) })
    live.acknowledge(aNote(1, { mine: true }), 'key-1')
    live.acknowledge(aNote(2, { mine: true }), 'key-2')
    expect(live.notes.get(1).clientKey).toBe('key-1')
    expect(live.notes.get(2).clientKey).toBe('key-2')
    // a later event without clientKey keeps it
    live.applyEvent({ id: 12, type: 'note.edited', data: aNote(1, { mine: true, text: 'Edited' }) })
    expect(live.notes.get(1)).toMatchObject({ text: 'Edited', clientKey: 'key-1' })
    expect(live.hasClientKey('key-1')).toBe(true)
    expect(live.hasClientKey('key-3')).toBe(false)
  })
})

describe('the workshop status', () => {
  afterEach(() => localStorage.clear())

  it('switches the staff view of the workshop when a workshop.status event arrives, and ignores an older version', () => {
    const workshops = useWorkshopsStore()
    workshops.current = { id: 5, title: 'Trolling', status: 'SCHEDULED', version: 3, allowedTransitions: ['LIVE'] }
    const live = useLiveStore()
    live.workshopId = 5
    live.lastEventId = 10
    live.applyEvent({
      id: 11,
      type: 'workshop.status',
      data: { id: 5, status: 'LIVE', version: 4, allowedTransitions: ['CLOSED'] },
    })
    expect(workshops.current).toMatchObject({
      title: 'Trolling',
      status: 'LIVE',
      version: 4,
      allowedTransitions: ['CLOSED'],
    })
    expect(workshops.etag).toBe('"4"')
    expect(live.workshop.status).toBe('LIVE')
    live.applyEvent({ id: 12, type: 'workshop.status', data: { id: 5, status: 'SCHEDULED', version: 2 } })
    expect(workshops.current.status).toBe('LIVE')
    // another workshop's status is not this one's
    live.applyEvent({ id: 13, type: 'workshop.status', data: { id: 6, status: 'CLOSED', version: 9 } })
    expect(workshops.current.status).toBe('LIVE')
    expect(live.lastEventId).toBe(13)
  })

  it("keeps a delegate's workshop up to date, also for the next reload", () => {
    saveDelegateSession({
      token: 't',
      expiresAt: new Date(Date.now() + 3600_000).toISOString(),
      workshop: { id: 5, title: 'Trolling', status: 'LIVE' },
      delegate: { id: 9, name: 'Ana' },
    })
    const session = useDelegateSessionStore()
    const live = useLiveStore()
    live.workshopId = 5
    live.viewer = 'delegate'
    live.applyEvent({ id: 11, type: 'workshop.status', data: { id: 5, status: 'CLOSED' } })
    expect(session.workshop).toMatchObject({ title: 'Trolling', status: 'CLOSED' })
    expect(JSON.parse(localStorage.getItem('workshopHub.delegate')).workshop.status).toBe('CLOSED')
  })
})

describe('following a workshop', () => {
  /** A stream that stays open until the test ends it (ok) or drops it (fail). */
  function controllableStream() {
    const calls = []
    eventsApi.streamEvents.mockImplementation(
      (workshopId, options) =>
        new Promise((resolve, reject) => {
          const call = {
            workshopId,
            options,
            end: resolve,
            drop: () => reject(new ApiError({ status: 0, title: 'Network error' })),
          }
          options.signal.addEventListener('abort', () => reject(new DOMException('Aborted', 'AbortError')))
          calls.push(call)
        }),
    )
    return calls
  }

  beforeEach(() => vi.useFakeTimers())
  afterEach(() => vi.useRealTimers())

  it('lists the notes, streams from X-Event-Seq and reconnects with the last event id after a drop', async () => {
    notesApi.listNotes.mockResolvedValueOnce({ notes: [aNote(1)], nextCursor: 'c2', eventSeq: 40 })
    notesApi.listNotes.mockResolvedValueOnce({ notes: [aNote(2)], nextCursor: null, eventSeq: 41 })
    sessionsApi.listSessions.mockResolvedValue([aRound(1, true)])
    const calls = controllableStream()
    const live = useLiveStore()

    live.start(5, { as: 'delegate' })
    await vi.waitFor(() => expect(calls).toHaveLength(1))
    expect(notesApi.listNotes.mock.calls[1][1].cursor).toBe('c2')
    expect(live.list.map((n) => n.id).sort()).toEqual([1, 2])
    expect(calls[0].options).toMatchObject({ lastEventId: 40, as: 'delegate' })

    calls[0].options.onOpen()
    expect(live.connection).toBe('live')
    calls[0].options.onEvent({ id: 41, type: 'note.created', data: aNote(3) })
    calls[0].options.onEvent({ id: 42, type: 'vote.changed', data: aNote(3, { votes: 1 }) })
    calls[0].drop()
    await vi.waitFor(() => expect(live.connection).toBe('reconnecting'))

    await vi.advanceTimersByTimeAsync(1000)
    expect(calls).toHaveLength(2)
    expect(calls[1].options.lastEventId).toBe(42)
    // the server replays 42 again by mistake: still one note 3 with one vote
    calls[1].options.onOpen()
    calls[1].options.onEvent({ id: 42, type: 'vote.changed', data: aNote(3, { votes: 1 }) })
    expect(live.list).toHaveLength(3)
    expect(live.notes.get(3).votes).toBe(1)
    live.stop()
  })

  it('waits 1 s, 2 s, 4 s … at most 15 s between attempts, and starts again at 1 s after a success', async () => {
    notesApi.listNotes.mockResolvedValue({ notes: [], nextCursor: null, eventSeq: 0 })
    sessionsApi.listSessions.mockResolvedValue([])
    const calls = controllableStream()
    const live = useLiveStore()
    live.start(5)
    await vi.waitFor(() => expect(calls).toHaveLength(1))

    const waits = []
    for (let n = 1; n <= 6; n += 1) {
      calls[n - 1].drop()
      await vi.advanceTimersByTimeAsync(0)
      let waited = 0
      while (calls.length === n) {
        await vi.advanceTimersByTimeAsync(500)
        waited += 500
      }
      waits.push(waited)
    }
    expect(waits).toEqual([1000, 2000, 4000, 8000, 15000, 15000])

    calls[6].options.onOpen()
    calls[6].drop()
    await vi.advanceTimersByTimeAsync(1000)
    expect(calls).toHaveLength(8)
    live.stop()
  })

  it('drops a connection that stays silent longer than three heartbeats, and reconnects', async () => {
    notesApi.listNotes.mockResolvedValue({ notes: [], nextCursor: null, eventSeq: 3 })
    sessionsApi.listSessions.mockResolvedValue([])
    const calls = controllableStream()
    const live = useLiveStore()
    live.start(5)
    await vi.waitFor(() => expect(calls).toHaveLength(1))
    calls[0].options.onOpen()

    await vi.advanceTimersByTimeAsync(30_000)
    calls[0].options.onActivity() // a heartbeat
    await vi.advanceTimersByTimeAsync(30_000)
    expect(calls[0].options.signal.aborted).toBe(false)
    await vi.advanceTimersByTimeAsync(15_000)
    expect(calls[0].options.signal.aborted).toBe(true)
    await vi.advanceTimersByTimeAsync(1000)
    expect(calls).toHaveLength(2)
    expect(calls[1].options.lastEventId).toBe(3)
    live.stop()
  })

  it('stops for good on a refusal such as 403', async () => {
    notesApi.listNotes.mockResolvedValue({ notes: [], nextCursor: null, eventSeq: 0 })
    sessionsApi.listSessions.mockResolvedValue([])
    eventsApi.streamEvents.mockRejectedValue(new ApiError({ status: 403, detail: 'Not your workshop.' }))
    const live = useLiveStore()
    await live.start(5)
    expect(live.connection).toBe('stopped')
    expect(live.error).toBe('Not your workshop.')
    expect(eventsApi.streamEvents).toHaveBeenCalledOnce()
  })

  it('retries the first list when the network is down, then follows', async () => {
    notesApi.listNotes.mockRejectedValueOnce(new ApiError({ status: 0, title: 'Network error' }))
    notesApi.listNotes.mockResolvedValue({ notes: [aNote(1)], nextCursor: null, eventSeq: 7 })
    sessionsApi.listSessions.mockResolvedValue([])
    const calls = controllableStream()
    const live = useLiveStore()
    live.start(5)
    await vi.advanceTimersByTimeAsync(0)
    expect(live.loaded).toBe(false)
    await vi.advanceTimersByTimeAsync(1000)
    await vi.waitFor(() => expect(calls).toHaveLength(1))
    expect(live.loaded).toBe(true)
    expect(calls[0].options.lastEventId).toBe(7)
    live.stop()
  })
})

describe('votes', () => {
  it('shows my vote at once and takes the count from the answer', async () => {
    const live = useLiveStore()
    live.upsertNote(aNote(1, { votes: 2, votedByMe: false }))
    let answer
    notesApi.setVote.mockReturnValue(new Promise((resolve) => (answer = resolve)))
    const voting = live.vote(1, true)
    expect(live.notes.get(1)).toMatchObject({ votes: 3, votedByMe: true })
    answer({ noteId: 1, votes: 5, votedByMe: true })
    await voting
    expect(live.notes.get(1)).toMatchObject({ votes: 5, votedByMe: true })
  })

  it('puts it back when the server refuses', async () => {
    const live = useLiveStore()
    live.upsertNote(aNote(1, { votes: 2, votedByMe: true }))
    notesApi.setVote.mockRejectedValue(new ApiError({ status: 409, detail: 'Only visible notes take votes.' }))
    await expect(live.vote(1, false)).rejects.toMatchObject({ status: 409 })
    expect(live.notes.get(1)).toMatchObject({ votes: 2, votedByMe: true })
  })
})
