import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { ApiError, describeError, get, onUnauthorized, parseRetryAfter, post, request } from './client.js'
import { SESSION_KEY, loadSession, saveSession } from '../lib/storedSessions.js'
import { connectStoredSessions } from '../test-support/sessions.js'

function jsonResponse(status, body, headers = {}) {
  return new Response(body === undefined ? null : JSON.stringify(body), {
    status,
    headers: { 'Content-Type': 'application/json', ...headers },
  })
}

function problemResponse(status, problem, headers = {}) {
  return jsonResponse(status, problem, { 'Content-Type': 'application/problem+json', ...headers })
}

const aSession = () => ({
  token: 'token-123',
  expiresAt: new Date(Date.now() + 3600_000).toISOString(),
  user: { id: 1, email: 'organiser@demo.test', displayName: 'Olga Organiser', roles: ['ORGANISER'] },
})

let fetchMock

beforeEach(() => {
  localStorage.clear()
  connectStoredSessions()
  fetchMock = vi.fn()
  vi.stubGlobal('fetch', fetchMock)
})

afterEach(() => {
  localStorage.clear()
})

describe('request', () => {
  it('sends the session token as a bearer header, not in the URL', async () => {
    saveSession(aSession())
    fetchMock.mockResolvedValue(jsonResponse(200, [{ slug: 'dark-web' }]))

    const { data } = await get('/api/themes')

    expect(data).toEqual([{ slug: 'dark-web' }])
    const [url, init] = fetchMock.mock.calls[0]
    expect(url).toBe('/api/themes')
    expect(init.headers.Authorization).toBe('Bearer token-123')
  })

  it('sends no Authorization header without a session', async () => {
    fetchMock.mockResolvedValue(jsonResponse(200, []))
    await get('/api/themes')
    expect(fetchMock.mock.calls[0][1].headers.Authorization).toBeUndefined()
  })

  it('sends no token from an expired session and drops that session', async () => {
    saveSession({ ...aSession(), expiresAt: new Date(Date.now() - 1000).toISOString() })
    fetchMock.mockResolvedValue(jsonResponse(200, []))

    await get('/api/themes')

    expect(fetchMock.mock.calls[0][1].headers.Authorization).toBeUndefined()
    expect(localStorage.getItem(SESSION_KEY)).toBeNull()
  })

  it('serialises the body as JSON and leaves empty query values out', async () => {
    fetchMock.mockResolvedValue(jsonResponse(201, { id: 7 }))
    await post('/api/workshops', { title: 'Trolling' }, { query: { a: 'x y', b: '', c: null } })
    const [url, init] = fetchMock.mock.calls[0]
    expect(url).toBe('/api/workshops?a=x+y')
    expect(init.headers['Content-Type']).toBe('application/json')
    expect(init.body).toBe('{"title":"Trolling"}')
  })

  it('repeats a parameter for each value of a list', async () => {
    fetchMock.mockResolvedValue(jsonResponse(200, []))
    await get('/api/staff', { query: { role: ['FACILITATOR', 'ORGANISER', ''] } })
    expect(fetchMock.mock.calls[0][0]).toBe('/api/staff?role=FACILITATOR&role=ORGANISER')
  })

  it('gives null data for 204', async () => {
    fetchMock.mockResolvedValue(new Response(null, { status: 204 }))
    const { data, status } = await get('/api/workshops/1')
    expect(status).toBe(204)
    expect(data).toBeNull()
  })
})

describe('problem+json', () => {
  it('becomes an ApiError with status, title, detail and violations', async () => {
    fetchMock.mockResolvedValue(
      problemResponse(422, {
        type: 'about:blank',
        title: 'Invalid workshop',
        status: 422,
        detail: 'Some fields need attention.',
        violations: [{ field: 'endsAt', message: 'A workshop must end after it starts.' }],
      }),
    )

    const error = await post('/api/workshops', {}).catch((e) => e)

    expect(error).toBeInstanceOf(ApiError)
    expect(error.status).toBe(422)
    expect(error.title).toBe('Invalid workshop')
    expect(error.detail).toBe('Some fields need attention.')
    expect(error.violations).toEqual([{ field: 'endsAt', message: 'A workshop must end after it starts.' }])
    expect(error.message).toBe('Some fields need attention.')
  })

  it('gives an empty violation list when the problem has none', async () => {
    fetchMock.mockResolvedValue(
      problemResponse(409, { title: 'Conflict', status: 409, detail: 'A DRAFT workshop cannot become LIVE.' }),
    )
    const error = await post('/api/workshops/1/transitions', { to: 'LIVE' }).catch((e) => e)
    expect(error.violations).toEqual([])
    expect(describeError(error)).toBe('A DRAFT workshop cannot become LIVE.')
  })

  it('reads Retry-After on 429 and words it in minutes', async () => {
    fetchMock.mockResolvedValue(
      problemResponse(429, { title: 'Too Many Requests', status: 429 }, { 'Retry-After': '300' }),
    )
    const error = await post('/api/auth/login', {}, { auth: false }).catch((e) => e)
    expect(error.retryAfter).toBe(300)
    expect(describeError(error)).toBe('Too many attempts. Try again in 5 minutes.')
  })

  it('turns a non-JSON error body into an ApiError with the status text', async () => {
    fetchMock.mockResolvedValue(
      new Response('<html>Bad gateway</html>', {
        status: 502,
        statusText: 'Bad Gateway',
        headers: { 'Content-Type': 'text/html' },
      }),
    )
    const error = await get('/api/themes').catch((e) => e)
    expect(error.status).toBe(502)
    expect(error.title).toBe('Bad Gateway')
    expect(describeError(error)).toBe('The server had a problem. Please try again later.')
  })

  it('turns a network failure into an ApiError with status 0', async () => {
    fetchMock.mockRejectedValue(new TypeError('Failed to fetch'))
    const error = await get('/api/themes').catch((e) => e)
    expect(error).toBeInstanceOf(ApiError)
    expect(error.status).toBe(0)
  })
})

describe('401', () => {
  it('clears the session and tells the listeners when a signed-in request is refused', async () => {
    saveSession(aSession())
    const listener = vi.fn()
    const stop = onUnauthorized(listener)
    fetchMock.mockResolvedValue(problemResponse(401, { title: 'Unauthorized', status: 401 }))

    const error = await get('/api/me').catch((e) => e)
    stop()

    expect(error.status).toBe(401)
    expect(localStorage.getItem(SESSION_KEY)).toBeNull()
    expect(loadSession()).toBeNull()
    expect(listener).toHaveBeenCalledOnce()
  })

  it('leaves a failed sign-in to the form', async () => {
    const listener = vi.fn()
    const stop = onUnauthorized(listener)
    fetchMock.mockResolvedValue(
      problemResponse(401, { title: 'Unauthorized', status: 401, detail: 'Email or password is incorrect.' }),
    )

    const error = await post('/api/auth/login', { email: 'a@b.c', password: 'x' }, { auth: false }).catch((e) => e)
    stop()

    expect(describeError(error)).toBe('Email or password is incorrect.')
    expect(listener).not.toHaveBeenCalled()
  })
})

describe('parseRetryAfter', () => {
  it('reads seconds and HTTP dates', () => {
    expect(parseRetryAfter('120')).toBe(120)
    const now = Date.parse('2027-03-10T09:00:00Z')
    expect(parseRetryAfter('Wed, 10 Mar 2027 09:02:00 GMT', now)).toBe(120)
    expect(parseRetryAfter(null)).toBeNull()
  })
})

describe('other bodies and answers', () => {
  it('sends text as it is with its content type', async () => {
    fetchMock.mockResolvedValue(
      new Response('{"imported":1}', { status: 200, headers: { 'Content-Type': 'application/json' } }),
    )
    const { data } = await request('POST', '/api/workshops/5/delegates/import', {
      text: 'name,email\n',
      contentType: 'text/csv',
    })
    const [, init] = fetchMock.mock.calls[0]
    expect(init.body).toBe('name,email\n')
    expect(init.headers['Content-Type']).toBe('text/csv')
    expect(data).toEqual({ imported: 1 })
  })

  it('gives a file as a Blob', async () => {
    fetchMock.mockResolvedValue(
      new Response('BEGIN:VCALENDAR', { status: 200, headers: { 'Content-Type': 'text/calendar' } }),
    )
    const { data } = await request('GET', '/api/workshops/5/calendar.ics', { responseType: 'blob' })
    expect(await data.text()).toBe('BEGIN:VCALENDAR')
  })

  it("reports a file's bytes as they arrive, against the length the server gave", async () => {
    const parts = [new Uint8Array([80, 75, 3, 4]), new Uint8Array([1, 2, 3, 4, 5, 6])]
    const body = new ReadableStream({
      start(controller) {
        parts.forEach((p) => controller.enqueue(p))
        controller.close()
      },
    })
    fetchMock.mockResolvedValue(
      new Response(body, { status: 200, headers: { 'Content-Type': 'application/zip', 'Content-Length': '10' } }),
    )
    const seen = []
    const { data } = await request('GET', '/api/workshops/5/project.qdpx', {
      responseType: 'blob',
      onProgress: (p) => seen.push(p),
    })
    expect(seen[0]).toEqual({ loaded: 0, total: 10 })
    expect(seen.at(-1)).toEqual({ loaded: 10, total: 10 })
    expect(data.size).toBe(10)
    expect(data.type).toBe('application/zip')
    expect(new Uint8Array(await data.arrayBuffer()).slice(0, 2)).toEqual(new Uint8Array([80, 75]))
  })

  it('reports no total when the answer was compressed on the way', async () => {
    fetchMock.mockResolvedValue(
      new Response('{"schema":"workshop-hub/export/1"}', {
        status: 200,
        headers: { 'Content-Type': 'application/json', 'Content-Length': '12', 'Content-Encoding': 'gzip' },
      }),
    )
    const seen = []
    await request('GET', '/api/workshops/5/export', { responseType: 'blob', onProgress: (p) => seen.push(p) })
    expect(seen.every((p) => p.total === null)).toBe(true)
    expect(seen.at(-1).loaded).toBe(34)
  })

  it('turns a failed download into a problem, not a file', async () => {
    fetchMock.mockResolvedValue(
      problemResponse(403, { status: 403, title: 'Forbidden', detail: "The token's role may not do this." }),
    )
    const onProgress = vi.fn()
    await expect(request('GET', '/api/codebook.qdc', { responseType: 'blob', onProgress })).rejects.toMatchObject({
      status: 403,
      detail: "The token's role may not do this.",
    })
    expect(onProgress).not.toHaveBeenCalled()
  })
})
