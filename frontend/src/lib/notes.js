// Words and small rules for notes: kinds, who wrote it (under the workshop's attribution rule, as the
// server sends it), the order of a wall, and counts for the board.
import { kindLabel, sectorLabel } from './labels.js'

export const NOTE_KINDS = ['INSIGHT', 'GOOD_PRACTICE', 'CONCERN', 'QUESTION', 'IDEA']
/** Staff may also write a rapporteur's summary of a discussion. */
export const STAFF_NOTE_KINDS = [...NOTE_KINDS, 'DISCUSSION']

export const MAX_NOTE_LENGTH = 2000
export const MAX_REASON_LENGTH = 500

/** Characters as the server counts them (code points: an emoji is one). */
export function noteLength(text) {
  return [...String(text ?? '')].length
}

/** What to say about the text before sending it, or '' when it may be sent (the text is sent as typed). */
export function noteTextProblem(text) {
  if (!String(text ?? '').trim()) return 'Write your note first.'
  if (noteLength(text) > MAX_NOTE_LENGTH)
    return `A note has at most ${MAX_NOTE_LENGTH.toLocaleString('en-GB')} characters.`
  return ''
}

/**
 * A note the viewer may no longer see (hidden, merged or withdrawn, seen by someone else) arrives
 * as a "tombstone" with only {id, workshopId, status, mergedInto}: it leaves the wall.
 */
export function isTombstone(note) {
  return Boolean(note) && typeof note.text !== 'string'
}

/**
 * The newer view of a note replaces the older one, except for what a view may leave out: events do
 * not say whether *you* voted (votedByMe), and a view may lack the key the note was sent with
 * (clientKey) that a 201 told us. Both are kept from what we knew.
 */
export function mergeNote(known, incoming) {
  if (!known) return { ...incoming }
  const merged = { ...incoming }
  if (merged.votedByMe === undefined && known.votedByMe !== undefined) merged.votedByMe = known.votedByMe
  if (!merged.clientKey && known.clientKey) merged.clientKey = known.clientKey
  return merged
}

/**
 * Whether the server's note is the one an outbox entry sent. The server gives the author back the
 * Idempotency-Key the phone sent, as clientKey; that, never the text, ties the two together, so two
 * notes with the same words stay two notes.
 */
export function isSentFrom(note, entry) {
  return Boolean(note?.clientKey) && Boolean(entry?.key) && note.clientKey === entry.key
}

/**
 * The author line: '' (anonymous), "Police" (Chatham House: the sector only),
 * "Maja Berg, Rotterdam Police (Police)" (attributed), "Rapporteur" or "Ana Lima (rapporteur)" for staff.
 */
export function authorLine(author) {
  if (!author) return ''
  if (author.role === 'RAPPORTEUR') return author.name ? `${author.name} (rapporteur)` : 'Rapporteur'
  const sector = sectorLabel(author.sector)
  const who = [author.name, author.organisation].filter(Boolean).join(', ')
  if (who && sector) return `${who} (${sector})`
  return who || sector
}

const time = (note) => {
  const t = Date.parse(note.createdAt ?? '')
  return Number.isNaN(t) ? 0 : t
}

export function byNewest(a, b) {
  return time(b) - time(a) || Number(b.id) - Number(a.id)
}

export function byVotes(a, b) {
  return (b.votes ?? 0) - (a.votes ?? 0) || byNewest(a, b)
}

/** Pinned notes first, then in the given order. */
export function pinnedFirst(order = byNewest) {
  return (a, b) => Number(Boolean(b.pinned)) - Number(Boolean(a.pinned)) || order(a, b)
}

export function sortNotes(notes, sort = 'newest', { pinned = false } = {}) {
  const order = sort === 'votes' ? byVotes : byNewest
  return [...notes].sort(pinned ? pinnedFirst(order) : order)
}

/** Counts by kind, every kind listed (zero included), in the usual order. */
export function countByKind(notes, kinds = STAFF_NOTE_KINDS) {
  const counts = new Map(kinds.map((kind) => [kind, 0]))
  for (const note of notes) counts.set(note.kind, (counts.get(note.kind) ?? 0) + 1)
  return [...counts]
    .map(([kind, count]) => ({ key: kind, label: kindLabel(kind), count }))
    .filter((row) => row.count > 0 || NOTE_KINDS.includes(row.key))
}

/** Counts by the author's sector, largest first; rapporteurs and unshown sectors have their own rows. */
export function countBySector(notes) {
  const counts = new Map()
  for (const note of notes) {
    let key
    if (note.author?.role === 'RAPPORTEUR') key = 'RAPPORTEUR'
    else key = note.author?.sector || 'UNDISCLOSED'
    counts.set(key, (counts.get(key) ?? 0) + 1)
  }
  return [...counts]
    .map(([key, count]) => ({ key, label: sectorLabel(key), count }))
    .sort((a, b) => b.count - a.count || a.label.localeCompare(b.label, 'en'))
}

/**
 * Whole seconds left to change (edit or withdraw) a note: the server sends editableUntil only while
 * its author may still do so. 0 when there is none or it has passed.
 */
export function editSecondsLeft(note, now = Date.now()) {
  if (!note || (note.status !== undefined && note.status !== 'VISIBLE' && note.status !== 'PENDING')) return 0
  const until = Date.parse(note.editableUntil ?? '')
  if (Number.isNaN(until)) return 0
  return Math.max(0, Math.ceil((until - now) / 1000))
}

/** 252 → "4:12"; 3725 → "1:02:05". */
export function formatCountdown(seconds) {
  const total = Math.max(0, Math.floor(seconds))
  const h = Math.floor(total / 3600)
  const m = Math.floor((total % 3600) / 60)
  const s = String(total % 60).padStart(2, '0')
  return h ? `${h}:${String(m).padStart(2, '0')}:${s}` : `${m}:${s}`
}

/** The state of one of my notes, in words. */
export const MY_NOTE_STATES = {
  pending: 'Pending',
  sending: 'Pending',
  failed: 'Not sent',
  PENDING: 'Waiting for approval',
  VISIBLE: 'Sent',
  HIDDEN: 'Hidden by a facilitator',
  MERGED: 'Merged with a similar note',
  WITHDRAWN: 'Withdrawn',
}

/** The first words of a note, for a select or a log line. */
export function excerpt(text, length = 60) {
  const flat = String(text ?? '')
    .replace(/\s+/g, ' ')
    .trim()
  return flat.length > length ? `${flat.slice(0, length - 1)}…` : flat
}

/** A random UUID v4: crypto.randomUUID where the page is a secure context, else from getRandomValues. */
export function randomUuid() {
  if (typeof crypto !== 'undefined' && typeof crypto.randomUUID === 'function') return crypto.randomUUID()
  const bytes = new Uint8Array(16)
  crypto.getRandomValues(bytes)
  bytes[6] = (bytes[6] & 0x0f) | 0x40
  bytes[8] = (bytes[8] & 0x3f) | 0x80
  const hex = [...bytes].map((b) => b.toString(16).padStart(2, '0')).join('')
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`
}

/** How long to wait before retry number `attempt` (0-based): 1 s, 2 s, 4 s … at most `max`. */
export function backoffDelay(attempt, { base = 1000, max = 15_000 } = {}) {
  return Math.min(max, base * 2 ** Math.max(0, attempt))
}
