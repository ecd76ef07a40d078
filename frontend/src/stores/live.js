import { defineStore } from 'pinia'
import { computed, onScopeDispose, ref } from 'vue'
import { describeError } from '../api/client.js'
import { streamEvents } from '../api/events.js'
import * as notesApi from '../api/notes.js'
import { listSessions } from '../api/sessions.js'
import { backoffDelay, isTombstone, mergeNote } from '../lib/notes.js'
import { useDelegateSessionStore } from './delegateSession.js'
import { useLessonsStore } from './lessons.js'
import { useWorkshopsStore } from './workshops.js'

const PAGE_SIZE = 200
const MAX_PAGES = 25
/** The server sends a heartbeat every 15 s; this long without a byte means the connection is dead. */
export const SILENCE_LIMIT_MS = 45_000
export const MAX_RECONNECT_DELAY_MS = 15_000

const byPosition = (a, b) => (a.position ?? 0) - (b.position ?? 0) || a.id - b.id

/** A 4xx other than 408/429 will not get better by asking again. */
const isFinal = (error) => error?.status >= 400 && error.status < 500 && error.status !== 408 && error.status !== 429

/**
 * One workshop followed live: its notes in a Map by id and its sessions (rounds). The pattern: list
 * the notes, remember X-Event-Seq, stream with Last-Event-ID = that, remember each event's id, and
 * after a drop reconnect (1 s, 2 s, 4 s … 15 s; back to 1 s after a success) sending the last id.
 * Everything is an upsert by id, so a replay never doubles anything; a tombstone removes the note.
 * The same stream says when the workshop changes status (workshop.status), for the pages that show it.
 */
export const useLiveStore = defineStore('live', () => {
  const workshopId = ref(null)
  /** 'staff' or 'delegate': whose token reads the notes and the stream. */
  const viewer = ref('staff')
  const notes = ref(new Map())
  const sessions = ref([])
  /** The workshop as the last workshop.* event showed it (at least {id, status}); null before one. */
  const workshop = ref(null)
  const lastEventId = ref(null)
  /** idle | loading | connecting | live | reconnecting | offline | stopped */
  const connection = ref('idle')
  const loaded = ref(false)
  const error = ref('')
  /** Ids of notes that arrived through the stream since the list was loaded, newest last (the last 20, for announcements). */
  const arrived = ref([])

  const list = computed(() => [...notes.value.values()])
  const openRounds = computed(() => sessions.value.filter((s) => s.roundOpen))

  let generation = 0
  let controller = null
  let wake = null
  let watchdog = null

  // ---- applying what arrives -------------------------------------------------------------------

  function upsertNote(note) {
    if (!note || note.id === undefined || note.id === null) return
    if (
      workshopId.value !== null &&
      note.workshopId !== undefined &&
      String(note.workshopId) !== String(workshopId.value)
    )
      return
    if (isTombstone(note)) {
      notes.value.delete(note.id)
      return
    }
    notes.value.set(note.id, mergeNote(notes.value.get(note.id), note))
  }

  /**
   * A 201 from the outbox: added if the stream has not brought it yet (the stream's view is newer).
   * clientKey is the key it was sent with: the note keeps it even when the server's view left it
   * out, so the entry and the note stay one thing (the 201's note id is what ties them then).
   */
  function acknowledge(note, clientKey = null) {
    if (!note || note.id === undefined || note.id === null) return
    const known = notes.value.get(note.id)
    if (known) {
      if (clientKey && !known.clientKey) notes.value.set(note.id, { ...known, clientKey })
      return
    }
    upsertNote(clientKey && !note.clientKey ? { ...note, clientKey } : note)
  }

  /** Whether a note sent with this Idempotency-Key is known here (the server has it). */
  function hasClientKey(key) {
    if (!key) return false
    for (const note of notes.value.values()) if (note.clientKey === key) return true
    return false
  }

  function upsertSession(session) {
    if (!session || session.id === undefined) return
    if (
      workshopId.value !== null &&
      session.workshopId !== undefined &&
      String(session.workshopId) !== String(workshopId.value)
    )
      return
    const others = sessions.value.filter((s) => s.id !== session.id)
    sessions.value = [...others, session].sort(byPosition)
  }

  /**
   * A workshop.status event: the workshop as this viewer's API shows it (staff: the full view with
   * version; delegates: the public view). It goes to the store the viewer's pages read the
   * workshop from, so the page switches (live, closed) without a reload.
   */
  function applyWorkshop(data) {
    if (!data || data.id === undefined || data.id === null) return
    if (workshopId.value !== null && String(data.id) !== String(workshopId.value)) return
    workshop.value = { ...(workshop.value ?? {}), ...data }
    if (viewer.value === 'delegate') useDelegateSessionStore().applyWorkshop(data)
    else useWorkshopsStore().applyLive(data)
  }

  /** One event from the stream: {id, type, data}. Events at or before the last id are old news. */
  function applyEvent(event) {
    if (!event) return false
    if (event.id !== null && event.id !== undefined && lastEventId.value !== null && event.id <= lastEventId.value)
      return false
    const { type, data } = event
    if (type.startsWith('note.') || type.startsWith('vote.')) {
      // new to this viewer: created, or (for delegates) approved or restored
      const isNew = type.startsWith('note.') && !notes.value.has(data?.id)
      upsertNote(data)
      if (isNew && notes.value.has(data.id)) arrived.value = [...arrived.value.slice(-19), data.id]
    } else if (type.startsWith('round.')) {
      upsertSession(data)
    } else if (type.startsWith('lesson.')) {
      // lessons live in their own store; the stream is shared
      useLessonsStore().applyEvent(event)
    } else if (type.startsWith('workshop.')) {
      applyWorkshop(data)
    }
    if (event.id !== null && event.id !== undefined) lastEventId.value = event.id
    return true
  }

  // ---- loading and following -------------------------------------------------------------------

  function reset() {
    notes.value = new Map()
    sessions.value = []
    workshop.value = null
    lastEventId.value = null
    loaded.value = false
    error.value = ''
    arrived.value = []
  }

  async function loadAll(id, as, gen) {
    let cursor = null
    let seq = null
    const found = []
    for (let page = 0; page < MAX_PAGES; page += 1) {
      const result = await notesApi.listNotes(id, { limit: PAGE_SIZE, cursor: cursor ?? undefined }, { as })
      // the first page's sequence is the earliest: streaming from it may repeat a change, never miss one
      if (page === 0) seq = result.eventSeq
      found.push(...result.notes)
      cursor = result.nextCursor
      if (!cursor) break
    }
    const rounds = await listSessions(id, { as })
    if (gen !== generation) return
    notes.value = new Map()
    for (const note of found) upsertNote(note)
    sessions.value = [...rounds].sort(byPosition)
    lastEventId.value = seq ?? 0
    loaded.value = true
  }

  function pause(ms, gen) {
    return new Promise((resolve) => {
      const timer = setTimeout(done, ms)
      function done() {
        clearTimeout(timer)
        if (wake === done) wake = null
        resolve()
      }
      if (gen === generation) wake = done
      else done()
    })
  }

  function armWatchdog(gen) {
    clearTimeout(watchdog)
    watchdog = setTimeout(() => {
      // a half-open connection (Wi-Fi gone without a goodbye): drop it and reconnect
      if (gen === generation) controller?.abort()
    }, SILENCE_LIMIT_MS)
  }

  function offline() {
    return typeof navigator !== 'undefined' && navigator.onLine === false
  }

  async function run(id, as, gen) {
    let attempt = 0
    while (gen === generation) {
      connection.value = attempt ? (offline() ? 'offline' : 'reconnecting') : 'loading'
      try {
        await loadAll(id, as, gen)
        error.value = ''
        break
      } catch (e) {
        if (gen !== generation) return
        error.value = describeError(e)
        if (isFinal(e)) {
          connection.value = 'stopped'
          return
        }
      }
      await pause(backoffDelay(attempt, { max: MAX_RECONNECT_DELAY_MS }), gen)
      attempt += 1
    }

    attempt = 0
    while (gen === generation) {
      controller = new AbortController()
      connection.value = attempt ? (offline() ? 'offline' : 'reconnecting') : 'connecting'
      armWatchdog(gen)
      try {
        await streamEvents(id, {
          lastEventId: lastEventId.value,
          as,
          signal: controller.signal,
          onOpen: () => {
            if (gen !== generation) return
            connection.value = 'live'
            error.value = ''
            attempt = 0
          },
          onActivity: () => armWatchdog(gen),
          onEvent: (event) => {
            if (gen === generation) applyEvent(event)
          },
        })
      } catch (e) {
        if (gen !== generation) return
        if (isFinal(e)) {
          error.value = describeError(e)
          connection.value = 'stopped'
          clearTimeout(watchdog)
          return
        }
      } finally {
        clearTimeout(watchdog)
      }
      if (gen !== generation) return
      connection.value = offline() ? 'offline' : 'reconnecting'
      await pause(backoffDelay(attempt, { max: MAX_RECONNECT_DELAY_MS }), gen)
      attempt += 1
    }
  }

  /** Follows a workshop (as: 'staff' or 'delegate'); calling it again for the same one does nothing. */
  function start(id, { as = 'staff' } = {}) {
    const running = connection.value !== 'idle' && connection.value !== 'stopped'
    if (running && String(workshopId.value) === String(id) && viewer.value === as) return
    stop()
    reset()
    workshopId.value = id
    viewer.value = as
    const gen = generation
    return run(id, as, gen)
  }

  function stop() {
    generation += 1
    controller?.abort()
    controller = null
    clearTimeout(watchdog)
    wake?.()
    connection.value = 'idle'
  }

  /** Try now rather than at the end of the wait (back online, page visible again). */
  function reconnectNow() {
    wake?.()
  }

  // Going offline: the open connection is dead even if the browser has not noticed; wait for 'online'.
  function wentOffline() {
    if (connection.value === 'idle' || connection.value === 'stopped') return
    controller?.abort()
  }

  function becameVisible() {
    if (document.visibilityState === 'visible' && connection.value !== 'live') reconnectNow()
  }

  if (typeof window !== 'undefined') {
    window.addEventListener('online', reconnectNow)
    window.addEventListener('offline', wentOffline)
    document.addEventListener('visibilitychange', becameVisible)
    onScopeDispose(() => {
      stop()
      window.removeEventListener('online', reconnectNow)
      window.removeEventListener('offline', wentOffline)
      document.removeEventListener('visibilitychange', becameVisible)
    })
  }

  // ---- delegates' own actions --------------------------------------------------------------------

  /** Vote (on) or take it back; shown at once, put right if the server says no. */
  async function vote(noteId, on) {
    const before = notes.value.get(noteId)
    if (before) {
      const delta = Boolean(before.votedByMe) === on ? 0 : on ? 1 : -1
      notes.value.set(noteId, { ...before, votedByMe: on, votes: Math.max(0, (before.votes ?? 0) + delta) })
    }
    try {
      const result = await notesApi.setVote(noteId, on)
      const now = notes.value.get(noteId)
      if (now && result) notes.value.set(noteId, { ...now, votes: result.votes, votedByMe: result.votedByMe })
      return result
    } catch (e) {
      const now = notes.value.get(noteId)
      if (now && before) notes.value.set(noteId, { ...now, votes: before.votes, votedByMe: before.votedByMe })
      throw e
    }
  }

  /** A 409 to a change means the note can no longer be changed (its time is up, or it was hidden). */
  function closeEditWindow(noteId, error) {
    const known = notes.value.get(noteId)
    if (error?.status === 409 && known?.editableUntil) notes.value.set(noteId, { ...known, editableUntil: null })
  }

  /** The author, within editableUntil. */
  async function edit(noteId, changes) {
    try {
      const note = await notesApi.editNote(noteId, changes, { as: viewer.value })
      upsertNote(note)
      return note
    } catch (e) {
      closeEditWindow(noteId, e)
      throw e
    }
  }

  async function withdraw(noteId) {
    try {
      const note = await notesApi.withdrawNote(noteId, { as: viewer.value })
      upsertNote(note)
      return note
    } catch (e) {
      closeEditWindow(noteId, e)
      throw e
    }
  }

  return {
    workshopId,
    viewer,
    notes,
    sessions,
    workshop,
    lastEventId,
    connection,
    loaded,
    error,
    arrived,
    list,
    openRounds,
    start,
    stop,
    reconnectNow,
    applyEvent,
    upsertNote,
    acknowledge,
    hasClientKey,
    upsertSession,
    vote,
    edit,
    withdraw,
  }
})
