import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { createPinia, setActivePinia } from 'pinia'
import { get } from '../api/client.js'
import { SESSION_KEY, loadSession, saveSession } from '../lib/storedSessions.js'
import { useAuthStore } from './auth.js'

const later = () => new Date(Date.now() + 3600_000).toISOString()
const olga = (roles = ['ORGANISER']) => ({ id: 1, email: 'olga@demo.test', displayName: 'Olga Organiser', roles })
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

describe('the auth store', () => {
  it('signs in, keeps the session for a reload and sends its token from then on', async () => {
    fetchMock.mockResolvedValueOnce(json(200, { token: 'token-1', expiresAt: later(), user: olga() }))
    const auth = useAuthStore()

    await auth.signIn('olga@demo.test', 'secret')

    expect(fetchMock.mock.calls[0][1].headers.Authorization).toBeUndefined()
    expect(auth.isSignedIn()).toBe(true)
    expect(auth.user.displayName).toBe('Olga Organiser')
    expect(loadSession().token).toBe('token-1')

    fetchMock.mockResolvedValueOnce(json(200, []))
    await get('/api/themes')
    expect(fetchMock.mock.calls[1][1].headers.Authorization).toBe('Bearer token-1')
  })

  it('answers what the roles allow', () => {
    saveSession({ token: 't', expiresAt: later(), user: olga(['ANALYST']) })
    const auth = useAuthStore()
    expect(auth.canEditPatterns).toBe(true)
    expect(auth.canWriteWorkshops).toBe(false)
    expect(auth.isAdmin).toBe(false)
    expect(auth.hasAnyRole(['ADMIN', 'ANALYST'])).toBe(true)
  })

  it('counts an expired session as signed out without waiting for a 401', () => {
    saveSession({ token: 't', expiresAt: new Date(Date.now() + 50).toISOString(), user: olga() })
    const auth = useAuthStore()
    vi.useFakeTimers({ now: Date.now() + 1000 })
    try {
      expect(auth.isSignedIn()).toBe(false)
      expect(auth.user).toBeNull()
    } finally {
      vi.useRealTimers()
    }
  })

  it('picks up a new name or role and keeps it', async () => {
    saveSession({ token: 't', expiresAt: later(), user: olga() })
    fetchMock.mockResolvedValue(json(200, olga(['ORGANISER', 'ADMIN'])))
    const auth = useAuthStore()

    await auth.refreshUser()

    expect(fetchMock.mock.calls[0][0]).toBe('/api/me')
    expect(auth.isAdmin).toBe(true)
    expect(loadSession().user.roles).toEqual(['ORGANISER', 'ADMIN'])
  })

  it('ends the session when the server refuses its token', async () => {
    saveSession({ token: 't', expiresAt: later(), user: olga() })
    fetchMock.mockResolvedValue(json(401, { status: 401, title: 'Unauthorized' }, 'application/problem+json'))
    const auth = useAuthStore()

    await get('/api/workshops').catch(() => {})

    expect(auth.isSignedIn()).toBe(false)
    expect(localStorage.getItem(SESSION_KEY)).toBeNull()
  })

  it('signs out', () => {
    saveSession({ token: 't', expiresAt: later(), user: olga() })
    const auth = useAuthStore()
    auth.signOut()
    expect(auth.isSignedIn()).toBe(false)
    expect(loadSession()).toBeNull()
  })
})
