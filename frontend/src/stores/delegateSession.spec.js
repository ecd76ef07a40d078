import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { createPinia, setActivePinia } from 'pinia'
import { get, onDelegateUnauthorized, onUnauthorized } from '../api/client.js'
import {
  DELEGATE_SESSION_KEY,
  loadDelegateSession,
  loadSession,
  saveDelegateSession,
  saveSession,
} from '../lib/storedSessions.js'
import { useAuthStore } from './auth.js'
import { useDelegateSessionStore } from './delegateSession.js'

const later = () => new Date(Date.now() + 3600_000).toISOString()
const aDelegateSession = () => ({
  token: 'delegate-token',
  expiresAt: later(),
  workshop: { id: 5, title: 'Trolling', status: 'SCHEDULED' },
  delegate: { id: 9, name: 'Ana' },
})
const aStaffSession = () => ({ token: 'staff-token', expiresAt: later(), user: { id: 1, roles: ['ORGANISER'] } })
const json = (status, body, type = 'application/json') =>
  new Response(JSON.stringify(body), { status, headers: { 'Content-Type': type } })

let fetchMock

beforeEach(() => {
  localStorage.clear()
  setActivePinia(createPinia())
  fetchMock = vi.fn()
  vi.stubGlobal('fetch', fetchMock)
})
afterEach(() => localStorage.clear())

function staffAndDelegate() {
  saveSession(aStaffSession())
  saveDelegateSession(aDelegateSession())
  useAuthStore()
  return useDelegateSessionStore()
}

describe('the delegate session store', () => {
  it('joins with a join code and email and keeps the session for a reload', async () => {
    fetchMock.mockResolvedValue(json(200, { ...aDelegateSession(), token: 'new-token' }))
    const session = useDelegateSessionStore()

    await session.join({ joinCode: 'ABC123', email: 'ana@demo.test' })

    const [url, init] = fetchMock.mock.calls[0]
    expect(url).toBe('/api/join')
    expect(JSON.parse(init.body)).toEqual({ joinCode: 'ABC123', email: 'ana@demo.test' })
    expect(init.headers.Authorization).toBeUndefined()
    expect(session.isJoined()).toBe(true)
    expect(session.workshop.title).toBe('Trolling')
    expect(loadDelegateSession().token).toBe('new-token')
  })

  it('keeps a change to the workshop (a workshop.status event) only for its own workshop', () => {
    const session = staffAndDelegate()
    session.applyWorkshop({ id: 6, status: 'LIVE' })
    expect(session.workshop.status).toBe('SCHEDULED')
    session.applyWorkshop({ id: 5, status: 'LIVE' })
    expect(session.workshop).toEqual({ id: 5, title: 'Trolling', status: 'LIVE' })
    expect(loadDelegateSession().workshop.status).toBe('LIVE')
  })

  it('forgets the session on leaving', () => {
    const session = staffAndDelegate()
    session.leave()
    expect(session.isJoined()).toBe(false)
    expect(localStorage.getItem(DELEGATE_SESSION_KEY)).toBeNull()
    expect(loadSession()?.token).toBe('staff-token')
  })

  it('sends the delegate token only when asked, and the staff token otherwise', async () => {
    staffAndDelegate()
    fetchMock.mockImplementation(async () => json(200, []))
    await get('/api/workshops/5/sessions', { auth: 'delegate' })
    await get('/api/workshops/5/sessions')
    expect(fetchMock.mock.calls[0][1].headers.Authorization).toBe('Bearer delegate-token')
    expect(fetchMock.mock.calls[1][1].headers.Authorization).toBe('Bearer staff-token')
  })

  it('on 401 with the delegate token ends only the delegate session', async () => {
    const session = staffAndDelegate()
    const staffListener = vi.fn()
    const delegateListener = vi.fn()
    const stops = [onUnauthorized(staffListener), onDelegateUnauthorized(delegateListener)]
    fetchMock.mockResolvedValue(json(401, { status: 401, title: 'Unauthorized' }, 'application/problem+json'))

    const error = await session.refresh().catch((e) => e)
    stops.forEach((stop) => stop())

    expect(error.status).toBe(401)
    expect(session.isJoined()).toBe(false)
    expect(loadDelegateSession()).toBeNull()
    expect(loadSession()?.token).toBe('staff-token')
    expect(delegateListener).toHaveBeenCalledOnce()
    expect(staffListener).not.toHaveBeenCalled()
  })
})
