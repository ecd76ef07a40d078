import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { createPinia, setActivePinia } from 'pinia'
import { OUTBOX_KEY } from '../lib/storedOutbox.js'
import { saveDelegateSession } from '../lib/storedSessions.js'
import { useDelegateSessionStore } from './delegateSession.js'
import { useLiveStore } from './live.js'
import { useOutboxStore } from './outbox.js'

const later = () => new Date(Date.now() + 3600_000).toISOString()
const json = (status, body, headers = {}) =>
  new Response(JSON.stringify(body), {
    status,
    headers: { 'Content-Type': status >= 400 ? 'application/problem+json' : 'application/json', ...headers },
  })
const aNote = (id, fields = {}) => ({
  id,
  workshopId: 5,
  sessionId: 3,
  text: 'Hello',
  kind: 'IDEA',
  status: 'VISIBLE',
  votes: 0,
  mine: true,
  ...fields,
})
const stored = () => JSON.parse(localStorage.getItem(OUTBOX_KEY) ?? '[]')
const keysSent = (fetchMock) => fetchMock.mock.calls.map(([, init]) => init.headers['Idempotency-Key'])

let fetchMock

beforeEach(() => {
  localStorage.clear()
  setActivePinia(createPinia())
  saveDelegateSession({
    token: 'delegate-token',
    expiresAt: later(),
    workshop: { id: 5, title: 'Trolling' },
    delegate: { id: 9, name: 'Ana' },
  })
  fetchMock = vi.fn()
  vi.stubGlobal('fetch', fetchMock)
  vi.useFakeTimers()
})
afterEach(() => {
  // the page goes away: its stores stop listening
  useOutboxStore().$dispose()
  useLiveStore().$dispose()
  vi.useRealTimers()
  localStorage.clear()
})

const newNote = { workshopId: 5, delegateId: 9, text: '  Hello  \n', kind: 'IDEA', sessionId: 3 }

describe('the outbox', () => {
  it('stores the note before sending it, sends the text as typed with a UUID key, and forgets it on 201', async () => {
    let answer
    fetchMock.mockReturnValue(new Promise((resolve) => (answer = resolve)))
    const outbox = useOutboxStore()
    const live = useLiveStore()
    live.workshopId = 5

    const entry = outbox.add(newNote)
    expect(entry.key).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/)
    expect(stored()).toMatchObject([{ key: entry.key, workshopId: 5, text: '  Hello  \n', kind: 'IDEA', sessionId: 3 }])
    expect(stored()[0].createdAt).toBeTruthy()

    const [url, init] = fetchMock.mock.calls[0]
    expect(url).toBe('/api/workshops/5/notes')
    expect(init.headers['Idempotency-Key']).toBe(entry.key)
    expect(init.headers.Authorization).toBe('Bearer delegate-token')
    expect(JSON.parse(init.body)).toEqual({ text: '  Hello  \n', kind: 'IDEA', sessionId: 3 })

    answer(json(201, aNote(77, { text: '  Hello  \n' })))
    await vi.waitFor(() => expect(outbox.entries).toHaveLength(0))
    expect(localStorage.getItem(OUTBOX_KEY)).toBeNull()
    expect(live.notes.get(77)).toMatchObject({ mine: true, status: 'VISIBLE', clientKey: entry.key })
    expect(outbox.lastOutcome.type).toBe('sent')
  })

  it('keeps two notes with the same words apart: each has its own key, and each answer is tied to its own', async () => {
    fetchMock.mockImplementation(async (url, init) =>
      json(201, aNote(fetchMock.mock.calls.length + 90, { clientKey: init.headers['Idempotency-Key'] })),
    )
    const outbox = useOutboxStore()
    const live = useLiveStore()
    live.workshopId = 5
    const first = outbox.add({ ...newNote, text: 'Same words' })
    const second = outbox.add({ ...newNote, text: 'Same words' })
    await vi.waitFor(() => expect(outbox.entries).toHaveLength(0))
    expect(first.key).not.toBe(second.key)
    expect(live.list.map((n) => [n.id, n.clientKey])).toEqual([
      [91, first.key],
      [92, second.key],
    ])
  })

  it('does not send again a note the server is known to have (its answer was lost)', async () => {
    fetchMock.mockRejectedValueOnce(new TypeError('Failed to fetch'))
    const outbox = useOutboxStore()
    const live = useLiveStore()
    live.workshopId = 5
    const { key } = outbox.add(newNote)
    await vi.advanceTimersByTimeAsync(0)
    expect(outbox.entries).toHaveLength(1)
    // the list or the stream brings it with the key it was sent with
    live.upsertNote(aNote(82, { clientKey: key }))
    await outbox.flush()
    expect(fetchMock).toHaveBeenCalledOnce()
    expect(outbox.entries).toHaveLength(0)
  })

  it('retries with the same key after a network error, a 503 and a 429, and never changes it', async () => {
    fetchMock
      .mockRejectedValueOnce(new TypeError('Failed to fetch'))
      .mockResolvedValueOnce(json(503, { status: 503, title: 'Service Unavailable' }))
      .mockResolvedValueOnce(json(429, { status: 429, title: 'Too Many Requests' }, { 'Retry-After': '3' }))
      .mockResolvedValueOnce(json(201, aNote(78)))
    const outbox = useOutboxStore()
    const { key } = outbox.add(newNote)

    await vi.advanceTimersByTimeAsync(0)
    expect(outbox.entries[0]).toMatchObject({ state: 'pending', attempts: 1 })
    expect(outbox.lastOutcome.type).toBe('retrying')
    await vi.advanceTimersByTimeAsync(1000) // 1 s after the network error
    expect(fetchMock).toHaveBeenCalledTimes(2)
    await vi.advanceTimersByTimeAsync(2000) // 2 s after the 503
    expect(fetchMock).toHaveBeenCalledTimes(3)
    // after the 429: the longer of Retry-After (3 s) and the next step (4 s)
    await vi.advanceTimersByTimeAsync(2999)
    expect(fetchMock).toHaveBeenCalledTimes(3)
    await vi.advanceTimersByTimeAsync(1001)
    expect(fetchMock).toHaveBeenCalledTimes(4)
    await vi.advanceTimersByTimeAsync(0)

    expect(keysSent(fetchMock)).toEqual([key, key, key, key])
    expect(outbox.entries).toHaveLength(0)
  })

  it('marks a note the server refuses (4xx) as failed with its reason and lets the person remove it', async () => {
    fetchMock.mockResolvedValue(json(409, { status: 409, title: 'Conflict', detail: 'This round is closed.' }))
    const outbox = useOutboxStore()
    const { key } = outbox.add(newNote)
    await vi.advanceTimersByTimeAsync(0)
    expect(outbox.entries[0]).toMatchObject({ key, state: 'failed', error: 'This round is closed.' })
    expect(stored()[0]).toMatchObject({ key, state: 'failed' })
    await vi.advanceTimersByTimeAsync(60_000)
    expect(fetchMock).toHaveBeenCalledOnce()

    outbox.remove(key)
    expect(outbox.entries).toHaveLength(0)
    expect(localStorage.getItem(OUTBOX_KEY)).toBeNull()
  })

  it('survives a reload: a new page sends what the last one kept, with the same key', async () => {
    fetchMock.mockRejectedValue(new TypeError('Failed to fetch'))
    const first = useOutboxStore()
    const { key } = first.add(newNote)
    await vi.advanceTimersByTimeAsync(0)

    // the page reloads: new stores, the same localStorage
    first.$dispose()
    setActivePinia(createPinia())
    fetchMock.mockReset()
    fetchMock.mockResolvedValue(json(201, aNote(79)))
    const reloaded = useOutboxStore()
    expect(reloaded.entries).toMatchObject([{ key, state: 'pending', text: '  Hello  \n' }])
    await reloaded.flush()
    expect(keysSent(fetchMock)).toEqual([key])
    expect(reloaded.entries).toHaveLength(0)
  })

  it('remembers "not for any publication" per note and sends the same body on every retry, also after a reload', async () => {
    fetchMock.mockRejectedValue(new TypeError('Failed to fetch'))
    const first = useOutboxStore()
    const restricted = first.add({ ...newNote, text: 'Keep this in the room', sensitivity: 'RESTRICTED' })
    const plain = first.add({ ...newNote, text: 'Quote me' })
    await vi.advanceTimersByTimeAsync(0)
    expect(stored()).toMatchObject([{ key: restricted.key, sensitivity: 'RESTRICTED' }, { key: plain.key }])
    expect(stored()[1]).not.toHaveProperty('sensitivity')
    await vi.advanceTimersByTimeAsync(1000)
    const bodies = fetchMock.mock.calls.map(([, init]) => JSON.parse(init.body))
    expect(bodies.length).toBeGreaterThanOrEqual(2)
    for (const body of bodies) {
      expect(body).toEqual({ text: 'Keep this in the room', kind: 'IDEA', sessionId: 3, sensitivity: 'RESTRICTED' })
    }

    // the page reloads: the label comes back with the entry
    first.$dispose()
    setActivePinia(createPinia())
    fetchMock.mockReset()
    fetchMock.mockImplementation(async () => json(201, aNote(fetchMock.mock.calls.length + 60)))
    const reloaded = useOutboxStore()
    await reloaded.flush()
    expect(keysSent(fetchMock)).toEqual([restricted.key, plain.key])
    expect(fetchMock.mock.calls.map(([, init]) => JSON.parse(init.body))).toEqual([
      { text: 'Keep this in the room', kind: 'IDEA', sessionId: 3, sensitivity: 'RESTRICTED' },
      { text: 'Quote me', kind: 'IDEA', sessionId: 3 },
    ])
    expect(reloaded.entries).toHaveLength(0)
  })

  it('tries again at once when the browser is back online', async () => {
    fetchMock.mockRejectedValueOnce(new TypeError('Failed to fetch')).mockResolvedValueOnce(json(201, aNote(80)))
    const outbox = useOutboxStore()
    const { key } = outbox.add(newNote)
    await vi.advanceTimersByTimeAsync(0)
    expect(fetchMock).toHaveBeenCalledOnce()
    window.dispatchEvent(new Event('online'))
    await vi.advanceTimersByTimeAsync(0)
    expect(keysSent(fetchMock)).toEqual([key, key])
    expect(outbox.entries).toHaveLength(0)
  })

  it('sends several notes in the order they were written, each with its own key', async () => {
    fetchMock.mockRejectedValue(new TypeError('Failed to fetch'))
    const outbox = useOutboxStore()
    const first = outbox.add({ ...newNote, text: 'First' })
    const second = outbox.add({ ...newNote, text: 'Second' })
    await vi.advanceTimersByTimeAsync(0)
    fetchMock.mockReset()
    fetchMock.mockImplementation(async () => json(201, aNote(fetchMock.mock.calls.length)))
    await outbox.flush()
    expect(keysSent(fetchMock)).toEqual([first.key, second.key])
    expect(fetchMock.mock.calls.map(([, init]) => JSON.parse(init.body).text)).toEqual(['First', 'Second'])
  })

  it('sends only the notes of the delegate who is joined now', async () => {
    fetchMock.mockResolvedValue(json(201, aNote(81)))
    localStorage.setItem(
      OUTBOX_KEY,
      JSON.stringify([
        {
          key: 'k-other',
          workshopId: 6,
          delegateId: 4,
          text: 'Elsewhere',
          kind: 'IDEA',
          sessionId: 1,
          createdAt: '2027-01-01T00:00:00Z',
          state: 'pending',
        },
      ]),
    )
    const outbox = useOutboxStore()
    await outbox.flush()
    expect(fetchMock).not.toHaveBeenCalled()
    expect(outbox.entries).toHaveLength(1)
  })

  it('is cleared when the delegate leaves', async () => {
    fetchMock.mockRejectedValue(new TypeError('Failed to fetch'))
    const outbox = useOutboxStore()
    outbox.add(newNote)
    await vi.advanceTimersByTimeAsync(0)
    expect(stored()).toHaveLength(1)

    outbox.clear()
    useDelegateSessionStore().leave()
    expect(outbox.entries).toEqual([])
    expect(localStorage.getItem(OUTBOX_KEY)).toBeNull()
    await vi.advanceTimersByTimeAsync(60_000)
    expect(fetchMock).toHaveBeenCalledOnce()
  })
})
