// The pattern language: patterns, their graph, revisions and the evidence tagged to them.
import { get, post, put } from './client.js'

const pattern = (slug) => `/api/patterns/${encodeURIComponent(slug)}`

/** [Pattern]; filters: {theme, status, text} */
export async function listPatterns({ theme, status, text } = {}) {
  const { data } = await get('/api/patterns', { query: { theme, status, text } })
  return Array.isArray(data) ? data : []
}

/** Answers {pattern, etag}: the ETag goes back as If-Match when saving. */
export async function getPattern(slug) {
  const { data, headers } = await get(pattern(slug))
  return { pattern: data, etag: headers.get('ETag') }
}

/** {nodes:[{slug, name, summary, themes, status}], edges:[{from, to, type}]} */
export async function getPatternGraph() {
  const { data } = await get('/api/patterns/graph')
  return { nodes: data?.nodes ?? [], edges: data?.edges ?? [] }
}

export async function createPattern(body) {
  const { data, headers } = await post('/api/patterns', body)
  return { pattern: data, etag: headers.get('ETag') }
}

/** etag: from getPattern; a stale one answers 412. */
export async function updatePattern(slug, body, etag) {
  const { data, headers } = await put(pattern(slug), body, { headers: etag ? { 'If-Match': etag } : {} })
  return { pattern: data, etag: headers.get('ETag') }
}

/** [{version, editorAccountId, editorName, editedAt, before, after}] newest first */
export async function listRevisions(slug) {
  const { data } = await get(`${pattern(slug)}/revisions`)
  return Array.isArray(data) ? data : []
}

/** {pattern, supports, contradicts, items, byWorkshop, byTheme, bySector} */
export async function getEvidence(slug) {
  const { data } = await get(`${pattern(slug)}/evidence`)
  return data
}
