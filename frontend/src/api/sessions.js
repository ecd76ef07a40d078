// The workshop's agenda (sessions). Staff read it with their token; the workshop's own delegates
// read it with the delegate token (pass { as: 'delegate' }).
import { del, get, post, put, request } from './client.js'

const base = (workshopId) => `/api/workshops/${encodeURIComponent(workshopId)}/sessions`
const authFor = (as) => (as === 'delegate' ? 'delegate' : true)

export async function listSessions(workshopId, { as } = {}) {
  const { data } = await get(base(workshopId), { auth: authFor(as) })
  return data ?? []
}

/** body: {title, prompt, startsAt, endsAt, facilitatorId} */
export async function createSession(workshopId, body) {
  const { data } = await post(base(workshopId), body)
  return data
}

export async function updateSession(workshopId, sessionId, body) {
  const { data } = await put(`${base(workshopId)}/${encodeURIComponent(sessionId)}`, body)
  return data
}

export async function deleteSession(workshopId, sessionId) {
  await del(`${base(workshopId)}/${encodeURIComponent(sessionId)}`)
}

/** sessionIds: every session id of the workshop, in the new order. Answers the reordered list. */
export async function reorderSessions(workshopId, sessionIds) {
  const { data } = await put(`${base(workshopId)}/order`, { sessionIds })
  return data ?? []
}

/** The iCalendar file as a Blob (it needs the bearer token, so it cannot be a plain link). */
export async function fetchCalendar(workshopId, { as } = {}) {
  const { data } = await request('GET', `/api/workshops/${encodeURIComponent(workshopId)}/calendar.ics`, {
    auth: authFor(as),
    headers: { Accept: 'text/calendar, application/problem+json' },
    responseType: 'blob',
  })
  return data
}

/** Opens a session's round for notes (facilitators; 409 unless the workshop is LIVE). Answers the session. */
export async function openRound(workshopId, sessionId) {
  const { data } = await post(`${base(workshopId)}/${encodeURIComponent(sessionId)}/open`)
  return data
}

export async function closeRound(workshopId, sessionId) {
  const { data } = await post(`${base(workshopId)}/${encodeURIComponent(sessionId)}/close`)
  return data
}
