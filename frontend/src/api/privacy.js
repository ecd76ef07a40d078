// The privacy notice's versions, admins' sightings of note authors, and a workshop's retention.
import { get, post } from './client.js'
import { parseLinkHeader } from './workshops.js'

/** The current notice, for anyone: {version, text, publishedAt}. */
export async function fetchCurrentNotice() {
  const { data } = await get('/api/privacy-notice', { auth: false })
  return data
}

/** Every version, newest first (admins). */
export async function listNotices() {
  const { data } = await get('/api/privacy-notices')
  return data ?? []
}

/** Publishes a new version (admins); answers it, with its version number. */
export async function publishNotice(text) {
  const { data } = await post('/api/privacy-notices', { text })
  return data
}

/** A page of sightings, newest first (admins): {items, total, hasNext, hasPrev}. */
export async function listAuthorAccess({ noteId, accountId, page = 0, size = 50 } = {}) {
  const { data, headers } = await get('/api/audit/author-access', { query: { noteId, accountId, page, size } })
  const totalHeader = headers.get('X-Total-Count')
  const total = totalHeader === null ? null : Number(totalHeader)
  const links = parseLinkHeader(headers.get('Link'))
  return {
    items: data ?? [],
    total,
    hasNext: total === null ? Boolean(links.next) : (page + 1) * size < total,
    hasPrev: page > 0,
  }
}

/** {retentionDays, eraseOn, due, delegatesToErase} (organisers, admins). */
export async function fetchRetention(workshopId) {
  const { data } = await get(`/api/workshops/${encodeURIComponent(workshopId)}/retention`)
  return data
}
