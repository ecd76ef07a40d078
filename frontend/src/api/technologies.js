// The catalogue of social media technologies: entries, their revisions and the evidence tagged to them.
import { get, post, put } from './client.js'

const technology = (slug) => `/api/technologies/${encodeURIComponent(slug)}`

/** [Technology] by name, or best match first for q; filters: {theme, category, q} */
export async function listTechnologies({ theme, category, q } = {}) {
  const { data } = await get('/api/technologies', { query: { theme, category, q } })
  return Array.isArray(data) ? data : []
}

/** Answers {technology, etag}: the ETag goes back as If-Match when saving. */
export async function getTechnology(slug) {
  const { data, headers } = await get(technology(slug))
  return { technology: data, etag: headers.get('ETag') }
}

export async function createTechnology(body) {
  const { data, headers } = await post('/api/technologies', body)
  return { technology: data, etag: headers.get('ETag') }
}

/** etag: from getTechnology; a stale one answers 412. */
export async function updateTechnology(slug, body, etag) {
  const { data, headers } = await put(technology(slug), body, { headers: etag ? { 'If-Match': etag } : {} })
  return { technology: data, etag: headers.get('ETag') }
}

/** [{version, editorAccountId, editorName, editedAt, before, after}] newest first */
export async function listTechnologyRevisions(slug) {
  const { data } = await get(`${technology(slug)}/revisions`)
  return Array.isArray(data) ? data : []
}

/** {technology, supports, contradicts, items, byWorkshop, byTheme, bySector} */
export async function getTechnologyEvidence(slug) {
  const { data } = await get(`${technology(slug)}/evidence`)
  return data
}
