// A workshop's live events: Server-Sent Events read with fetch (the token goes in the Authorization
// header, which EventSource cannot send) and parsed here, the one place that knows the format.
import { openStream } from './client.js'

/**
 * A parser for the text/event-stream format. push() takes text as it arrives, split anywhere (in the
 * middle of a line, between "\r" and "\n"); each complete event goes to onEvent as
 * {id, type, data}: id is the last `id:` seen (as the format says, it carries over to later events),
 * type the `event:` name ('message' without one), data the `data:` lines joined with "\n".
 * Lines starting with ":" are comments (heartbeats) and go to onComment; unknown fields are ignored;
 * a block without data dispatches nothing.
 */
export function createSseParser(onEvent, { onComment } = {}) {
  let buffer = ''
  let dataLines = []
  let type = ''
  let lastId = null

  function dispatch() {
    if (!dataLines.length) {
      type = ''
      return
    }
    const event = { id: lastId, type: type || 'message', data: dataLines.join('\n') }
    dataLines = []
    type = ''
    onEvent(event)
  }

  function line(text) {
    if (text === '') {
      dispatch()
      return
    }
    if (text.startsWith(':')) {
      onComment?.(text.slice(1).replace(/^ /, ''))
      return
    }
    const colon = text.indexOf(':')
    const field = colon === -1 ? text : text.slice(0, colon)
    let value = colon === -1 ? '' : text.slice(colon + 1)
    if (value.startsWith(' ')) value = value.slice(1)
    if (field === 'data') dataLines.push(value)
    else if (field === 'event') type = value
    else if (field === 'id' && !value.includes('\u0000')) lastId = value
  }

  // after a "\r" a "\n" belongs to the same line end, even when it comes in the next chunk
  let afterCR = false

  function push(chunk) {
    buffer += chunk
    let start = 0
    for (let i = 0; i < buffer.length; i += 1) {
      const c = buffer[i]
      if (c === '\n' && afterCR && i === start) {
        afterCR = false
        start = i + 1
        continue
      }
      afterCR = false
      if (c === '\n' || c === '\r') {
        line(buffer.slice(start, i))
        start = i + 1
        afterCR = c === '\r'
      }
    }
    buffer = buffer.slice(start)
  }

  /** The stream ended: an event without its blank line is dropped. */
  function end() {
    buffer = ''
    afterCR = false
    dataLines = []
    type = ''
  }

  return {
    push,
    end,
    get lastEventId() {
      return lastId
    },
  }
}

/**
 * Reads a ReadableStream of bytes as Server-Sent Events until it ends. onActivity runs on every
 * chunk (heartbeats included), so a caller can notice a connection that went silent.
 */
export async function readEventStream(body, { onEvent, onComment, onActivity } = {}) {
  const reader = body.getReader()
  const decoder = new TextDecoder('utf-8')
  const parser = createSseParser((event) => onEvent?.(event), { onComment })
  try {
    for (;;) {
      const { value, done } = await reader.read()
      if (done) break
      onActivity?.()
      parser.push(decoder.decode(value, { stream: true }))
    }
    parser.push(decoder.decode())
    parser.end()
  } finally {
    try {
      reader.releaseLock()
    } catch {
      // already released
    }
  }
}

/** "17" → 17; anything else → null. */
export function eventSeq(id) {
  return typeof id === 'string' && /^\d+$/.test(id) ? Number(id) : null
}

/**
 * Follows GET /api/workshops/{id}/events. lastEventId (a number, 0 for everything) is sent as
 * Last-Event-ID so the server replays exactly the events after it. Each event reaches onEvent as
 * {id: number|null, type, data} with data parsed from JSON (an event whose data is not JSON is
 * skipped). onOpen runs once the server has accepted. Resolves when the server ends the stream;
 * rejects with ApiError (status 0 for a lost connection) or, on abort, the AbortError.
 */
export async function streamEvents(workshopId, { lastEventId = null, as, signal, onOpen, onEvent, onActivity } = {}) {
  const headers = {}
  if (lastEventId !== null && lastEventId !== undefined) headers['Last-Event-ID'] = String(lastEventId)
  const { body } = await openStream(`/api/workshops/${encodeURIComponent(workshopId)}/events`, {
    auth: as === 'delegate' ? 'delegate' : true,
    headers,
    signal,
  })
  onOpen?.()
  await readEventStream(body, {
    onActivity,
    onComment: () => onActivity?.(),
    onEvent: (event) => {
      let data
      try {
        data = JSON.parse(event.data)
      } catch {
        return
      }
      onEvent?.({ id: eventSeq(event.id), type: event.type, data })
    },
  })
}
