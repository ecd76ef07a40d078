import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { createSseParser, readEventStream, streamEvents } from './events.js'
import { saveDelegateSession, saveSession } from '../lib/storedSessions.js'
import { connectStoredSessions } from '../test-support/sessions.js'

function collect() {
  const events = []
  const comments = []
  const parser = createSseParser((event) => events.push(event), { onComment: (text) => comments.push(text) })
  return { parser, events, comments }
}

/** A byte stream that delivers the given pieces one read at a time. */
function bytes(...pieces) {
  const encoder = new TextEncoder()
  const chunks = pieces.map((p) => (typeof p === 'string' ? encoder.encode(p) : p))
  return new ReadableStream({
    pull(controller) {
      if (chunks.length) controller.enqueue(chunks.shift())
      else controller.close()
    },
  })
}

describe('the SSE frame parser', () => {
  it('reads id, event and data and dispatches on the blank line', () => {
    const { parser, events } = collect()
    parser.push('id: 7\nevent: note.created\ndata: {"id":1}\n\n')
    expect(events).toEqual([{ id: '7', type: 'note.created', data: '{"id":1}' }])
  })

  it('puts together an event split anywhere, even in the middle of a line or a field name', () => {
    const { parser, events } = collect()
    const text =
      'id: 12\nevent: vote.changed\ndata: {"id":3,"votes":2}\n\nid: 13\nevent: note.hidden\ndata: {"id":4}\n\n'
    for (let i = 0; i < text.length; i += 3) parser.push(text.slice(i, i + 3))
    expect(events).toEqual([
      { id: '12', type: 'vote.changed', data: '{"id":3,"votes":2}' },
      { id: '13', type: 'note.hidden', data: '{"id":4}' },
    ])
  })

  it('ignores comment lines (heartbeats) but reports them', () => {
    const { parser, events, comments } = collect()
    parser.push(': connected\n\n:keep-alive\n\nid: 1\n: in between\nevent: round.opened\ndata: {}\n\n')
    expect(comments).toEqual(['connected', 'keep-alive', 'in between'])
    expect(events).toEqual([{ id: '1', type: 'round.opened', data: '{}' }])
  })

  it('joins several data lines with a newline', () => {
    const { parser, events } = collect()
    parser.push('event: note.created\ndata: first line\ndata:second line\ndata\n\n')
    expect(events[0].data).toBe('first line\nsecond line\n')
  })

  it('accepts CRLF and CR line ends, also with "\\r" and "\\n" in different chunks', () => {
    const { parser, events } = collect()
    parser.push('id: 5\r')
    parser.push('\nevent: note.edited\r\ndata: x\r')
    parser.push('\r')
    parser.push('id: 6\rdata: y\r\r')
    parser.push('\ndata: z\n\n')
    expect(events).toEqual([
      { id: '5', type: 'note.edited', data: 'x' },
      { id: '6', type: 'message', data: 'y' },
      { id: '6', type: 'message', data: 'z' },
    ])
  })

  it('keeps the last id for later events, dispatches nothing for a block without data, ignores unknown fields', () => {
    const { parser, events } = collect()
    parser.push('id: 9\nevent: note.pinned\n\nretry: 100\nfoo: bar\nevent: note.unpinned\ndata: z\n\n')
    expect(events).toEqual([{ id: '9', type: 'note.unpinned', data: 'z' }])
    expect(parser.lastEventId).toBe('9')
  })

  it('drops an event cut off by the end of the stream', () => {
    const { parser, events } = collect()
    parser.push('id: 1\ndata: complete\n\nid: 2\ndata: cut')
    parser.end()
    expect(events.map((e) => e.id)).toEqual(['1'])
  })
})

describe('reading a byte stream', () => {
  it('decodes UTF-8 split between chunks and reports activity for each chunk', async () => {
    const encoded = new TextEncoder().encode('data: Café ✓\n\n')
    const cut = 8 // inside "é"
    const events = []
    const onActivity = vi.fn()
    await readEventStream(bytes(encoded.slice(0, cut), encoded.slice(cut), ': keep-alive\n\n'), {
      onEvent: (e) => events.push(e),
      onActivity,
    })
    expect(events.map((e) => e.data)).toEqual(['Café ✓'])
    expect(onActivity).toHaveBeenCalledTimes(3)
  })
})

describe('streamEvents', () => {
  let fetchMock
  const later = () => new Date(Date.now() + 3600_000).toISOString()

  beforeEach(() => {
    localStorage.clear()
    connectStoredSessions()
    fetchMock = vi.fn()
    vi.stubGlobal('fetch', fetchMock)
  })
  afterEach(() => localStorage.clear())

  it('sends the token only in the Authorization header and Last-Event-ID, and parses the data as JSON', async () => {
    saveDelegateSession({ token: 'delegate-token', expiresAt: later(), workshop: { id: 5 }, delegate: { id: 9 } })
    fetchMock.mockResolvedValue(
      new Response(bytes('id: 8\nevent: note.created\ndata: {"id":3,"text":"Hi"}\n\n', 'data: not json\n\n'), {
        status: 200,
        headers: { 'Content-Type': 'text/event-stream' },
      }),
    )
    const events = []
    const onOpen = vi.fn()
    await streamEvents(5, { lastEventId: 7, as: 'delegate', onOpen, onEvent: (e) => events.push(e) })

    const [url, init] = fetchMock.mock.calls[0]
    expect(url).toBe('/api/workshops/5/events')
    expect(url).not.toContain('token')
    expect(init.headers.Authorization).toBe('Bearer delegate-token')
    expect(init.headers['Last-Event-ID']).toBe('7')
    expect(init.headers.Accept).toMatch(/^text\/event-stream/)
    expect(onOpen).toHaveBeenCalledOnce()
    expect(events).toEqual([{ id: 8, type: 'note.created', data: { id: 3, text: 'Hi' } }])
  })

  it('sends Last-Event-ID 0 to replay everything, and none when there is no id yet', async () => {
    saveSession({ token: 'staff-token', expiresAt: later(), user: { id: 1, roles: ['FACILITATOR'] } })
    fetchMock.mockImplementation(
      async () => new Response(bytes(''), { status: 200, headers: { 'Content-Type': 'text/event-stream' } }),
    )
    await streamEvents(5, { lastEventId: 0 })
    await streamEvents(5, {})
    expect(fetchMock.mock.calls[0][1].headers['Last-Event-ID']).toBe('0')
    expect(fetchMock.mock.calls[0][1].headers.Authorization).toBe('Bearer staff-token')
    expect(fetchMock.mock.calls[1][1].headers['Last-Event-ID']).toBeUndefined()
  })

  it('turns a refusal into an ApiError and a lost connection into status 0', async () => {
    fetchMock.mockResolvedValueOnce(
      new Response('{"status":404,"title":"Not Found","detail":"There is no workshop 5."}', {
        status: 404,
        headers: { 'Content-Type': 'application/problem+json' },
      }),
    )
    await expect(streamEvents(5)).rejects.toMatchObject({ status: 404, detail: 'There is no workshop 5.' })
    fetchMock.mockRejectedValueOnce(new TypeError('Failed to fetch'))
    await expect(streamEvents(5)).rejects.toMatchObject({ status: 0 })
  })

  it('lets an abort through as an AbortError', async () => {
    const controller = new AbortController()
    fetchMock.mockImplementation(
      (url, init) =>
        new Promise((resolve, reject) => {
          init.signal.addEventListener('abort', () => reject(new DOMException('Aborted', 'AbortError')))
        }),
    )
    const running = streamEvents(5, { signal: controller.signal })
    controller.abort()
    await expect(running).rejects.toMatchObject({ name: 'AbortError' })
  })
})
