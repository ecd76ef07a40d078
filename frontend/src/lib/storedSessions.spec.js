import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import {
  DELEGATE_SESSION_KEY,
  SESSION_KEY,
  loadDelegateSession,
  loadSession,
  saveDelegateSession,
  saveSession,
} from './storedSessions.js'

const later = () => new Date(Date.now() + 3600_000).toISOString()
const earlier = () => new Date(Date.now() - 1000).toISOString()
const aDelegateSession = () => ({
  token: 'delegate-token',
  expiresAt: later(),
  workshop: { id: 5, title: 'Trolling' },
  delegate: { id: 9, name: 'Ana' },
})
const aStaffSession = () => ({ token: 'staff-token', expiresAt: later(), user: { id: 1, roles: ['ORGANISER'] } })

beforeEach(() => localStorage.clear())
afterEach(() => localStorage.clear())

describe('the stored sessions', () => {
  it('keeps the delegate session under its own key, apart from the staff session', () => {
    const staff = aStaffSession()
    saveSession(staff)
    saveDelegateSession(aDelegateSession())
    expect(JSON.parse(localStorage.getItem(DELEGATE_SESSION_KEY)).token).toBe('delegate-token')
    expect(JSON.parse(localStorage.getItem(SESSION_KEY)).token).toBe('staff-token')
    expect(loadSession()).toEqual(staff)
    expect(loadDelegateSession().delegate).toEqual({ id: 9, name: 'Ana' })
  })

  it('stores only what a session is, nothing else it was given', () => {
    saveSession({ ...aStaffSession(), password: 'never' })
    expect(JSON.parse(localStorage.getItem(SESSION_KEY))).not.toHaveProperty('password')
  })

  it('drops a delegate session once expired or incomplete', () => {
    saveDelegateSession({ ...aDelegateSession(), expiresAt: earlier() })
    expect(loadDelegateSession()).toBeNull()
    expect(localStorage.getItem(DELEGATE_SESSION_KEY)).toBeNull()
    localStorage.setItem(DELEGATE_SESSION_KEY, '{"token":"x"}')
    expect(loadDelegateSession()).toBeNull()
  })

  it('drops a staff session once expired, incomplete or unreadable', () => {
    saveSession({ ...aStaffSession(), expiresAt: earlier() })
    expect(loadSession()).toBeNull()
    expect(localStorage.getItem(SESSION_KEY)).toBeNull()
    localStorage.setItem(SESSION_KEY, 'not json')
    expect(loadSession()).toBeNull()
    expect(localStorage.getItem(SESSION_KEY)).toBeNull()
  })
})
