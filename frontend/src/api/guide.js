// The public Pattern Language guide: published patterns only, evidence as counts. No token is sent,
// so a staff session never changes what the guide shows.
import { get } from './client.js'

const pattern = (slug) => `/api/public/patterns/${encodeURIComponent(slug)}`

/** [{slug, name, summary, themes, supports, contradicts}]; filters: {theme (a theme's slug), q (text)} */
export async function listGuidePatterns({ theme, q } = {}) {
  const { data } = await get('/api/public/patterns', { query: { theme, q }, auth: false })
  return Array.isArray(data) ? data : []
}

/**
 * {slug, name, summary, context, problem, forces, solution, consequences, examples, roles, themes,
 * relations:[{type, direction, slug, name}], evidence:{supports, contradicts, byTheme, bySector}};
 * a draft or unknown slug answers 404.
 */
export async function getGuidePattern(slug) {
  const { data } = await get(pattern(slug), { auth: false })
  return data
}

/** {nodes:[{slug, name, summary, themes}], edges:[{from, to, type}]} between published patterns */
export async function getGuideGraph() {
  const { data } = await get('/api/public/patterns/graph', { auth: false })
  return { nodes: data?.nodes ?? [], edges: data?.edges ?? [] }
}

/**
 * The published publications that cite a pattern: [{slug, title, …}]. Publications are public at
 * /api/public/publications; until that answers (404, 400) or whenever it fails, there are none to show.
 */
export async function citingPublications(slug) {
  try {
    const { data } = await get('/api/public/publications', { query: { pattern: slug }, auth: false })
    const items = Array.isArray(data) ? data : Array.isArray(data?.items) ? data.items : []
    return items.filter((p) => p && typeof p.slug === 'string' && typeof p.title === 'string')
  } catch {
    return []
  }
}
