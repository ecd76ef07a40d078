// Publications: the project's outputs. Staff prepare and publish them; published ones are public.
import { get, post, put, request } from './client.js'

const publication = (id) => `/api/publications/${encodeURIComponent(id)}`
const published = (slug) => `/api/public/publications/${encodeURIComponent(slug)}`

/** [Publication] with status, versions and allowedTransitions; newest change first. */
export async function listPublications() {
  const { data } = await get('/api/publications')
  return Array.isArray(data) ? data : []
}

/** Answers {publication, etag}; publication.document is what publishing now would freeze. */
export async function getPublication(id) {
  const { data, headers } = await get(publication(id), { query: { format: 'json' } })
  return { publication: data, etag: headers.get('ETag') }
}

/** The preview as an HTML document (text), fetched with the staff token. */
export async function getPublicationHtml(id) {
  const { data } = await get(publication(id), { query: { format: 'html' }, headers: { Accept: 'text/html' } })
  return typeof data === 'string' ? data : ''
}

/** body: {title, kind, themes, workshops, introduction}; answers the new publication (201). */
export async function createPublication(body) {
  const { data } = await post('/api/publications', body)
  return data
}

/** etag: from getPublication; a stale one answers 412. Only DRAFT and IN_REVIEW ones may change (409). */
export async function updatePublication(id, body, etag) {
  const { data, headers } = await put(publication(id), body, { headers: etag ? { 'If-Match': etag } : {} })
  return { publication: data, etag: headers.get('ETag') }
}

/** to: IN_REVIEW, DRAFT, PUBLISHED or WITHDRAWN; moving where it already is changes nothing. */
export async function transitionPublication(id, to) {
  const { data } = await post(`${publication(id)}/transitions`, { to })
  return data
}

/**
 * A file of the publication, with the staff token: the preview (version null) or a published version,
 * as html, md or pdf. Answers {blob, filename}.
 */
export async function downloadPublication(id, format, version = null) {
  const path = version === null ? publication(id) : `${publication(id)}/versions/${encodeURIComponent(version)}`
  const { data, headers } = await request('GET', path, {
    query: { format },
    headers: { Accept: '*/*' },
    responseType: 'blob',
  })
  return { blob: data, filename: fileName(headers.get('Content-Disposition'), `publication-${id}.${format}`) }
}

/** The published publications, newest first; pattern: only those citing that pattern (slug). */
export async function listPublicPublications({ pattern } = {}) {
  const { data } = await get('/api/public/publications', { query: { pattern }, auth: false })
  return Array.isArray(data) ? data : []
}

/** A published publication's latest version as a document: {title, sections, references, …}. */
export async function getPublicPublication(slug) {
  const { data } = await get(published(slug), { query: { format: 'json' }, auth: false })
  return data
}

/** The address of a published publication's file (no sign-in needed, so a plain link works). */
export function publicFileUrl(slug, format, version = null) {
  const path = version === null ? published(slug) : `${published(slug)}/versions/${encodeURIComponent(version)}`
  return `${path}?format=${encodeURIComponent(format)}`
}

function fileName(disposition, fallback) {
  const match = /filename="([^"]+)"/.exec(disposition ?? '')
  return match ? match[1] : fallback
}
