// The one place that calls fetch: adds the bearer token, parses JSON, turns problem+json
// into ApiError and handles 401 for the whole app. Staff and delegates have separate sessions:
// `auth: true` sends the staff token, `auth: 'delegate'` the delegate token, `auth: false` none.
// openStream gives the body of a long answer (Server-Sent Events) as a ReadableStream.
// The client keeps no session itself: the stores that own them connect here (connectSession).

export class ApiError extends Error {
  constructor({ status, title, detail, type, violations, retryAfter }) {
    super(detail || title || `Request failed (${status})`)
    this.name = 'ApiError'
    this.status = status
    this.title = title ?? null
    this.detail = detail ?? null
    this.type = type ?? null
    this.violations = Array.isArray(violations) ? violations : []
    this.retryAfter = retryAfter ?? null
  }
}

/** Per kind ('staff', 'delegate'): {token() → the current token or null, end() → drop the session after a 401}. */
const sessions = new Map()

/** The store that owns a session tells the client where its token comes from and how to end it. */
export function connectSession(kind, { token, end }) {
  sessions.set(kind, { token, end })
}

const unauthorizedListeners = new Set()
const delegateUnauthorizedListeners = new Set()

/** Called after a signed-in request got 401: the session is already cleared. */
export function onUnauthorized(listener) {
  unauthorizedListeners.add(listener)
  return () => unauthorizedListeners.delete(listener)
}

/** Called after a request with the delegate token got 401: the delegate session is already cleared. */
export function onDelegateUnauthorized(listener) {
  delegateUnauthorizedListeners.add(listener)
  return () => delegateUnauthorizedListeners.delete(listener)
}

/** A list value repeats its parameter (role=A&role=B); empty values are left out. */
function queryString(query) {
  if (!query) return ''
  const params = new URLSearchParams()
  for (const [key, value] of Object.entries(query)) {
    for (const one of Array.isArray(value) ? value : [value]) {
      if (one !== undefined && one !== null && one !== '') params.append(key, String(one))
    }
  }
  const text = params.toString()
  return text ? `?${text}` : ''
}

/** Retry-After is either seconds or an HTTP date; we want seconds. */
export function parseRetryAfter(value, now = Date.now()) {
  if (!value) return null
  const trimmed = value.trim()
  if (/^\d+$/.test(trimmed)) return Number(trimmed)
  const date = Date.parse(trimmed)
  if (Number.isNaN(date)) return null
  return Math.max(0, Math.ceil((date - now) / 1000))
}

function isJson(contentType) {
  return /^application\/([\w.+-]*\+)?json\b/i.test(contentType ?? '')
}

async function readBody(response) {
  if (response.status === 204 || response.status === 205) return null
  const text = await response.text()
  if (!text) return null
  if (isJson(response.headers.get('Content-Type'))) {
    try {
      return JSON.parse(text)
    } catch {
      return null
    }
  }
  return text
}

const sessionKind = (auth) => (auth === 'delegate' ? 'delegate' : 'staff')

function tokenFor(auth) {
  if (!auth) return null
  return sessions.get(sessionKind(auth))?.token() ?? null
}

/**
 * body is sent as JSON; text (with contentType, e.g. text/csv) is sent as it is.
 * responseType 'blob' gives a successful answer as a Blob (a file to download); onProgress({loaded, total})
 * is then called as its bytes arrive (total: null when the server did not say how many).
 * @returns {Promise<{data: any, status: number, headers: Headers}>}
 * @throws {ApiError}
 */
export async function request(
  method,
  path,
  { body, text, contentType = 'text/plain', query, headers = {}, auth = true, responseType = 'json', onProgress } = {},
) {
  const sendHeaders = { Accept: 'application/json, application/problem+json', ...headers }
  const token = tokenFor(auth)
  if (token) sendHeaders.Authorization = `Bearer ${token}`
  let payload
  if (text !== undefined) {
    sendHeaders['Content-Type'] = contentType
    payload = text
  } else if (body !== undefined) {
    sendHeaders['Content-Type'] = 'application/json'
    payload = JSON.stringify(body)
  }

  let response
  try {
    response = await fetch(path + queryString(query), {
      method,
      headers: sendHeaders,
      body: payload,
      credentials: 'same-origin',
    })
  } catch {
    throw new ApiError({
      status: 0,
      title: 'Network error',
      detail: 'Cannot reach the server. Check your connection and try again.',
    })
  }

  if (response.ok && responseType === 'blob') {
    const data = onProgress ? await readBlob(response, onProgress) : await response.blob()
    return { data, status: response.status, headers: response.headers }
  }
  const data = await readBody(response)
  if (response.ok) return { data, status: response.status, headers: response.headers }
  throw failure(response, data, token, auth)
}

/** A file's bytes as they arrive, reported to onProgress; a connection lost half-way is status 0. */
async function readBlob(response, onProgress) {
  const type = response.headers.get('Content-Type') ?? ''
  // Content-Length counts the bytes on the wire; a compressed answer unpacks to more, so it is no total.
  const length = Number(response.headers.get('Content-Length'))
  const compressed = Boolean(response.headers.get('Content-Encoding'))
  const total = Number.isFinite(length) && length > 0 && !compressed ? length : null
  onProgress({ loaded: 0, total })
  if (!response.body) {
    const blob = await response.blob()
    onProgress({ loaded: blob.size, total: blob.size })
    return blob
  }
  const reader = response.body.getReader()
  const chunks = []
  let loaded = 0
  try {
    for (;;) {
      const { done, value } = await reader.read()
      if (done) break
      chunks.push(value)
      loaded += value.byteLength
      onProgress({ loaded, total: total !== null && loaded <= total ? total : null })
    }
  } catch {
    throw new ApiError({
      status: 0,
      title: 'Network error',
      detail: 'The download stopped half-way. Check your connection and try again.',
    })
  }
  return new Blob(chunks, { type })
}

/** The ApiError for a failed answer; a 401 on a sent token also ends that session. */
function failure(response, data, token, auth) {
  const problem = data && typeof data === 'object' ? data : {}
  const error = new ApiError({
    status: response.status,
    title: problem.title ?? response.statusText,
    detail: problem.detail,
    type: problem.type,
    violations: problem.violations,
    retryAfter: parseRetryAfter(response.headers.get('Retry-After')),
  })

  // A 401 without a token (a failed sign-in) is an answer for the form, not an expired session.
  if (response.status === 401 && token) {
    sessions.get(sessionKind(auth))?.end()
    const listeners = auth === 'delegate' ? delegateUnauthorizedListeners : unauthorizedListeners
    for (const listener of listeners) listener(error)
  }
  return error
}

/**
 * A GET whose answer is read as it arrives (Server-Sent Events). The token travels in the
 * Authorization header, never in the URL. Answers {body: ReadableStream, headers} once the server
 * has answered 2xx; throws ApiError otherwise (status 0: no connection). An abort through `signal`
 * rejects with the AbortError itself, so that callers can tell it from a lost connection.
 */
export async function openStream(
  path,
  { query, headers = {}, auth = true, accept = 'text/event-stream', signal } = {},
) {
  const sendHeaders = { Accept: `${accept}, application/problem+json`, ...headers }
  const token = tokenFor(auth)
  if (token) sendHeaders.Authorization = `Bearer ${token}`
  let response
  try {
    response = await fetch(path + queryString(query), {
      method: 'GET',
      headers: sendHeaders,
      credentials: 'same-origin',
      cache: 'no-store',
      signal,
    })
  } catch (e) {
    if (signal?.aborted) throw e
    throw new ApiError({
      status: 0,
      title: 'Network error',
      detail: 'Cannot reach the server. Check your connection and try again.',
    })
  }
  if (response.ok && response.body) return { body: response.body, headers: response.headers, status: response.status }
  const data = response.ok ? null : await readBody(response).catch(() => null)
  if (response.ok) {
    throw new ApiError({ status: 0, title: 'Network error', detail: 'The server sent an empty answer.' })
  }
  throw failure(response, data, token, auth)
}

export const get = (path, options) => request('GET', path, options)
export const post = (path, body, options) => request('POST', path, { ...options, body })
export const put = (path, body, options) => request('PUT', path, { ...options, body })
export const patch = (path, body, options) => request('PATCH', path, { ...options, body })
export const del = (path, options) => request('DELETE', path, options)

/** What to tell a person about a failed request. */
export function describeError(error) {
  if (!(error instanceof ApiError)) return 'Something went wrong. Please try again.'
  if (error.status === 429) {
    const minutes = Math.max(1, Math.ceil((error.retryAfter ?? 60) / 60))
    return `Too many attempts. Try again in ${minutes} ${minutes === 1 ? 'minute' : 'minutes'}.`
  }
  if (error.status === 403) return error.detail || 'You are not allowed to do this.'
  if (error.status >= 500 && !error.detail) return 'The server had a problem. Please try again later.'
  return error.detail || error.title || 'Something went wrong. Please try again.'
}
