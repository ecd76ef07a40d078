// Staff view of a workshop's delegates: list, counts, invitations, CSV import, cancel, check-in.
import { del, get, post, request } from './client.js'

const base = (workshopId) => `/api/workshops/${encodeURIComponent(workshopId)}/delegates`
const one = (workshopId, delegateId) => `${base(workshopId)}/${encodeURIComponent(delegateId)}`

/** status: one of the delegate statuses or ''; q: searches name, email and organisation. */
export async function listDelegates(workshopId, { status, q } = {}) {
  const { data } = await get(base(workshopId), { query: { status, q } })
  return data ?? []
}

export async function delegateCounts(workshopId) {
  const { data } = await get(`${base(workshopId)}/counts`)
  return data
}

/** Answers the INVITED delegate with accessToken and personalLink (shown once). */
export async function inviteDelegate(workshopId, body) {
  const { data } = await post(base(workshopId), body)
  return data
}

/** csv: the file's text. Answers {imported, refused, rows:[{line, status, email, delegateId, personalLink, reasons}]}. */
export async function importDelegates(workshopId, csv) {
  const { data } = await request('POST', `${base(workshopId)}/import`, { text: csv, contentType: 'text/csv' })
  return data
}

export async function cancelDelegate(workshopId, delegateId) {
  const { data } = await post(`${one(workshopId, delegateId)}/cancel`)
  return data
}

/**
 * A REGISTERED delegate is checked in as they are (no body). Someone INVITED or WAITLISTED is
 * registered and checked in at once, but only with body {consent: true}, the consent asked for at
 * the desk; without it the answer is 422 with a violation on `consent`.
 */
export async function checkInDelegate(workshopId, delegateId, body) {
  const { data } = await post(`${one(workshopId, delegateId)}/check-in`, body)
  return data
}

export async function undoCheckIn(workshopId, delegateId) {
  const { data } = await del(`${one(workshopId, delegateId)}/check-in`)
  return data
}

/** A new personal key; the answer carries accessToken and personalLink once, and the old key stops working. */
export async function renewPersonalLink(workshopId, delegateId) {
  const { data } = await post(`${one(workshopId, delegateId)}/personal-link`)
  return data
}
