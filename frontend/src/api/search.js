import { get } from './client.js'

/** [{type, id, slug, title, snippet, rank, workshopId, workshopTitle, note?}]; snippet marks matches with U+0002 … U+0003. */
export async function search({ q, type, workshop, theme, limit } = {}) {
  const { data } = await get('/api/search', { query: { q, type, workshop, theme, limit } })
  return Array.isArray(data) ? data : []
}
