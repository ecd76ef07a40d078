// Notes: capture (with an Idempotency-Key, so a retry never makes a second note), the wall, votes,
// moderation and its log. Delegates pass { as: 'delegate' } to use their own token.
import { del, get, patch, post, put } from './client.js'

const authFor = (as) => (as === 'delegate' ? 'delegate' : true)
const workshopNotes = (workshopId) => `/api/workshops/${encodeURIComponent(workshopId)}/notes`
const note = (noteId) => `/api/notes/${encodeURIComponent(noteId)}`

/**
 * One page of a workshop's notes. Answers {notes, nextCursor, eventSeq}: eventSeq (X-Event-Seq) is
 * the event id to stream from to follow this list live.
 */
export async function listNotes(workshopId, { sessionId, kind, status, sort, limit, cursor } = {}, { as } = {}) {
  const { data, headers } = await get(workshopNotes(workshopId), {
    auth: authFor(as),
    query: { sessionId, kind, status, sort, limit, cursor },
  })
  const seq = headers.get('X-Event-Seq')
  return {
    notes: Array.isArray(data) ? data : [],
    nextCursor: headers.get('X-Next-Cursor') || null,
    eventSeq: seq !== null && /^\d+$/.test(seq.trim()) ? Number(seq.trim()) : null,
  }
}

/** body {text, kind, sessionId, sensitivity?}; key: the entry's UUID, the same on every retry. Answers the note (201). */
export async function submitNote(workshopId, body, idempotencyKey, { as } = {}) {
  const { data } = await post(workshopNotes(workshopId), body, {
    auth: authFor(as),
    headers: { 'Idempotency-Key': idempotencyKey },
  })
  return data
}

export async function getNote(noteId, { as } = {}) {
  const { data } = await get(note(noteId), { auth: authFor(as) })
  return data
}

/** The author, within editableUntil: {text?, kind?}. */
export async function editNote(noteId, changes, { as } = {}) {
  const { data } = await patch(note(noteId), changes, { auth: authFor(as) })
  return data
}

/** The author, within editableUntil. Answers the withdrawn note. */
export async function withdrawNote(noteId, { as } = {}) {
  const { data } = await del(note(noteId), { auth: authFor(as) })
  return data
}

/** Delegates only; idempotent. Answers {noteId, votes, votedByMe}. */
export async function setVote(noteId, on) {
  const path = `${note(noteId)}/vote`
  const { data } = on ? await put(path, undefined, { auth: 'delegate' }) : await del(path, { auth: 'delegate' })
  return data
}

// ---- moderation (facilitators, organisers, admins); each answers the note ----

export async function hideNote(noteId, reason) {
  return (await post(`${note(noteId)}/hide`, { reason })).data
}

export async function restoreNote(noteId) {
  return (await post(`${note(noteId)}/restore`)).data
}

export async function pinNote(noteId) {
  return (await post(`${note(noteId)}/pin`)).data
}

export async function unpinNote(noteId) {
  return (await post(`${note(noteId)}/unpin`)).data
}

export async function approveNote(noteId) {
  return (await post(`${note(noteId)}/approve`)).data
}

/** The survivor (into) takes the votes. Answers the merged note. */
export async function mergeNote(noteId, into) {
  return (await post(`${note(noteId)}/merge`, { into })).data
}

// ---- what may leave the room ----

/** Any staff member: label NONE | PERSONAL_DATA | OPERATIONAL | RESTRICTED, reason optional. Answers the note. */
export async function setSensitivity(noteId, label, reason) {
  const body = reason ? { label, reason } : { label }
  return (await put(`${note(noteId)}/sensitivity`, body)).data
}

/** Analysts and admins: the wording outputs use instead of the original; null clears it. Answers the note. */
export async function setPublicationText(noteId, text) {
  return (await put(`${note(noteId)}/publication-text`, { text: text ?? null })).data
}

/** [{id, noteId, noteText, action, reason, actorAccountId, actorName, at}] newest first */
export async function fetchModerationLog(workshopId) {
  const { data } = await get(`/api/workshops/${encodeURIComponent(workshopId)}/moderation-log`)
  return Array.isArray(data) ? data : []
}
