import { del, get, post, put } from './client.js'

const base = '/api/workshops'

/** rel → URL from an RFC 8288 Link header. */
export function parseLinkHeader(header) {
  const links = {}
  if (!header) return links
  for (const part of header.split(',')) {
    const match = part.match(/<([^>]*)>\s*;(.*)/)
    if (!match) continue
    const rel = match[2].match(/rel\s*=\s*"?([^";]+)"?/i)
    if (rel) for (const name of rel[1].trim().split(/\s+/)) links[name.toLowerCase()] = match[1]
  }
  return links
}

function withEtag({ data, headers }) {
  return { workshop: data, etag: headers.get('ETag') ?? (data ? `"${data.version}"` : null) }
}

export async function listWorkshops({ theme, status, from, to, page = 0, size = 20 } = {}) {
  const { data, headers } = await get(base, { query: { theme, status, from, to, page, size } })
  const workshops = data ?? []
  const totalHeader = headers.get('X-Total-Count')
  const total = totalHeader === null ? null : Number(totalHeader)
  const links = parseLinkHeader(headers.get('Link'))
  return {
    workshops,
    total,
    hasNext: total === null ? Boolean(links.next) : (page + 1) * size < total,
    hasPrev: page > 0,
  }
}

export async function getWorkshop(id) {
  return withEtag(await get(`${base}/${encodeURIComponent(id)}`))
}

export async function createWorkshop(body) {
  return withEtag(await post(base, body))
}

export async function updateWorkshop(id, body, etag) {
  return withEtag(await put(`${base}/${encodeURIComponent(id)}`, body, { headers: { 'If-Match': etag } }))
}

export async function deleteWorkshop(id) {
  await del(`${base}/${encodeURIComponent(id)}`)
}

export async function transitionWorkshop(id, to) {
  return withEtag(await post(`${base}/${encodeURIComponent(id)}/transitions`, { to }))
}
