// Lessons drawn from a workshop's notes: list, create, edit, move along their status flow, endorse.
import { del, get, post, put } from './client.js'

const lesson = (id) => `/api/lessons/${encodeURIComponent(id)}`

/** Delegates pass { as: 'delegate' }: they see every lesson but the rejected ones, with endorsedByMe. */
export async function listLessons(workshopId, { as } = {}) {
  const { data } = await get(`/api/workshops/${encodeURIComponent(workshopId)}/lessons`, {
    auth: as === 'delegate' ? 'delegate' : true,
  })
  return Array.isArray(data) ? data : []
}

/** body {title, statement, type, noteIds} */
export async function createLesson(workshopId, body) {
  const { data } = await post(`/api/workshops/${encodeURIComponent(workshopId)}/lessons`, body)
  return data
}

/**
 * body {title, statement, type, noteIds}; version: the one the edit started from, sent as If-Match
 * (its ETag is the version in quotes). Someone else's save in between answers 412.
 */
export async function updateLesson(id, body, version) {
  const headers = version === undefined || version === null ? {} : { 'If-Match': `"${version}"` }
  const { data } = await put(lesson(id), body, { headers })
  return data
}

/** 409 when the move is not allowed (any more). */
export async function transitionLesson(id, to) {
  const { data } = await post(`${lesson(id)}/transitions`, { to })
  return data
}

/** Idempotent; answers the lesson with endorsements and endorsedByMe. */
export async function setEndorsement(id, on) {
  const path = `${lesson(id)}/endorsement`
  const { data } = on ? await put(path, undefined, { auth: 'delegate' }) : await del(path, { auth: 'delegate' })
  return data
}
