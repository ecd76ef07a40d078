// A fake community API for page specs: answers fetch by method and path, and remembers what was sent.
import { vi } from 'vitest'
import { saveMemberSession } from '../lib/storedSessions.js'

export const json = (status, body) =>
  new Response(JSON.stringify(body), {
    status,
    headers: { 'Content-Type': status >= 400 ? 'application/problem+json' : 'application/json' },
  })

/** routes: {'GET /api/community': body or (init) => Response, …}; unknown routes answer 404. */
export function fakeApi(routes) {
  const calls = []
  const fetchMock = vi.fn(async (url, init = {}) => {
    const method = init.method ?? 'GET'
    const path = url.split('?')[0]
    calls.push({ method, path, url, body: init.body ? JSON.parse(init.body) : undefined, headers: init.headers })
    const route = routes[`${method} ${path}`]
    if (route === undefined) return json(404, { status: 404, title: 'Not found', detail: `No ${method} ${path}` })
    return typeof route === 'function' ? route(init) : json(200, route)
  })
  vi.stubGlobal('fetch', fetchMock)
  return { fetchMock, calls }
}

/** A member session in storage, as after opening the community. */
export function aMemberSession(memberId = 7, delegateIds = [42]) {
  saveMemberSession({
    token: 'member-token',
    expiresAt: new Date(Date.now() + 86400_000).toISOString(),
    memberId,
    delegateIds,
  })
}
