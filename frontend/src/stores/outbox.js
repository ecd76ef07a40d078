import { defineStore } from 'pinia'
import { computed, onScopeDispose, ref } from 'vue'
import { describeError } from '../api/client.js'
import { submitNote } from '../api/notes.js'
import { backoffDelay, randomUuid } from '../lib/notes.js'
import { OUTBOX_KEY, clearOutbox, loadOutbox, requestBody, saveOutbox } from '../lib/storedOutbox.js'
import { useDelegateSessionStore } from './delegateSession.js'
import { useLiveStore } from './live.js'

export const MAX_RETRY_DELAY_MS = 15_000

/** Worth trying again with the same key: no connection, a timeout, too many requests, a server fault. */
export function isRetryable(error) {
  const status = error?.status ?? 0
  return status === 0 || status === 408 || status === 429 || status >= 500
}

const restored = (entry) => ({ ...entry, state: entry.state === 'failed' ? 'failed' : 'pending' })

/**
 * Notes written on this device and not yet acknowledged. Each is stored (localStorage) *before* it
 * is sent, with a UUID made once: every retry sends the same Idempotency-Key, so however often it is
 * sent the server makes one note. A 201 removes it; no connection, 408, 429 or 5xx keep it and try
 * again (backoff, on 'online', on page load); any other 4xx marks it failed with the server's reason.
 * The server gives the author the key back as the note's clientKey: that is how an entry and its
 * note are known to be the same (never by their text).
 * Entry: {key, workshopId, delegateId, text, kind, sessionId, sensitivity?, createdAt, state, attempts, error};
 * sensitivity is RESTRICTED for a note its author marked "not for any publication", and is sent on every try.
 */
export const useOutboxStore = defineStore('outbox', () => {
  // Notes are sent with the delegate's token, which this store connects to the client.
  const delegateSession = useDelegateSessionStore()
  const entries = ref(loadOutbox().map(restored))
  /** What last happened to a note, for the live region: {n, key, type: queued|sent|waiting|retrying|failed, detail}. */
  const lastOutcome = ref(null)
  let outcomes = 0
  const tell = (key, type, detail = '') => {
    outcomes += 1
    lastOutcome.value = { n: outcomes, key, type, detail }
  }

  let flushing = null
  let again = false
  let timer = null
  let attempt = 0

  const waiting = computed(() => entries.value.filter((e) => e.state !== 'failed').length)

  function persist() {
    saveOutbox(entries.value.map(({ state, ...rest }) => ({ ...rest, state: state === 'sending' ? 'pending' : state })))
  }

  function find(key) {
    return entries.value.find((e) => e.key === key) ?? null
  }

  function update(key, changes) {
    if (!find(key)) return
    entries.value = entries.value.map((e) => (e.key === key ? { ...e, ...changes } : e))
    persist()
  }

  function drop(key) {
    entries.value = entries.value.filter((e) => e.key !== key)
    persist()
  }

  /** The entries of one workshop (and delegate), oldest first. */
  function forWorkshop(workshopId, delegateId) {
    return entries.value.filter(
      (e) =>
        String(e.workshopId) === String(workshopId) &&
        (delegateId == null || e.delegateId == null || String(e.delegateId) === String(delegateId)),
    )
  }

  /** Keeps a new note (stored before anything is sent) and starts sending it. Answers the entry. */
  function add({ workshopId, delegateId = null, text, kind, sessionId, sensitivity = null }) {
    const entry = {
      key: randomUuid(),
      workshopId,
      delegateId,
      text,
      kind,
      sessionId,
      ...(sensitivity && sensitivity !== 'NONE' ? { sensitivity } : {}),
      createdAt: new Date().toISOString(),
      state: 'pending',
      attempts: 0,
      error: null,
    }
    entries.value = [...entries.value, entry]
    persist()
    tell(entry.key, 'queued')
    flush()
    return entry
  }

  /** A failed note the person chose to drop. */
  function remove(key) {
    drop(key)
  }

  function schedule(delay) {
    clearTimeout(timer)
    timer = setTimeout(() => {
      timer = null
      flush()
    }, delay)
  }

  /** Sends every waiting note of the joined delegate, oldest first, one at a time. */
  function flush() {
    if (flushing) {
      again = true
      return flushing
    }
    clearTimeout(timer)
    timer = null
    flushing = (async () => {
      try {
        do {
          again = false
          await sendWaiting()
        } while (again)
      } finally {
        flushing = null
      }
    })()
    return flushing
  }

  async function sendWaiting() {
    if (!delegateSession.isJoined()) return
    const session = delegateSession.session
    const mine = forWorkshop(session.workshop.id, session.delegate.id).filter((e) => e.state === 'pending')
    for (const { key } of mine) {
      const entry = find(key)
      if (!entry || entry.state !== 'pending') continue
      // the server already has it (its answer was lost, the list or the stream brought it since)
      const live = useLiveStore()
      if (String(live.workshopId) === String(entry.workshopId) && live.hasClientKey(key)) {
        drop(key)
        continue
      }
      update(key, { state: 'sending' })
      try {
        const note = await submitNote(entry.workshopId, requestBody(entry), entry.key, { as: 'delegate' })
        attempt = 0
        // show it among my notes before the entry goes, so that nothing flickers or disappears;
        // the entry's key is the note's clientKey from now on, whatever the answer carried
        if (note && String(live.workshopId) === String(entry.workshopId))
          live.acknowledge({ mine: true, ...note }, entry.key)
        drop(key)
        tell(key, note?.status === 'PENDING' ? 'waiting' : 'sent')
      } catch (e) {
        if (!find(key)) continue
        if (e?.status === 401) {
          // the delegate session ended: keep the note for when they join again
          update(key, { state: 'pending', error: null })
          return
        }
        if (isRetryable(e)) {
          update(key, { state: 'pending', attempts: (entry.attempts ?? 0) + 1, error: describeError(e) })
          const wait = Math.max(backoffDelay(attempt, { max: MAX_RETRY_DELAY_MS }), (e.retryAfter ?? 0) * 1000)
          attempt += 1
          tell(key, 'retrying', describeError(e))
          schedule(wait)
          // keep the order: later notes wait behind this one
          return
        }
        update(key, { state: 'failed', error: describeError(e) })
        tell(key, 'failed', describeError(e))
      }
    }
  }

  /** "Leave": nothing written on this device stays behind. */
  function clear() {
    clearTimeout(timer)
    timer = null
    attempt = 0
    entries.value = []
    clearOutbox()
  }

  function online() {
    attempt = 0
    flush()
  }

  // another tab sent or added a note
  function storage(event) {
    if (event.key !== OUTBOX_KEY && event.key !== null) return
    const sending = new Set(entries.value.filter((e) => e.state === 'sending').map((e) => e.key))
    entries.value = loadOutbox().map((e) => (sending.has(e.key) ? { ...e, state: 'sending' } : restored(e)))
  }

  if (typeof window !== 'undefined') {
    window.addEventListener('online', online)
    window.addEventListener('storage', storage)
    onScopeDispose(() => {
      clearTimeout(timer)
      window.removeEventListener('online', online)
      window.removeEventListener('storage', storage)
    })
  }

  return { entries, waiting, lastOutcome, forWorkshop, add, remove, flush, clear }
})
