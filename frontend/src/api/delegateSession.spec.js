import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { get, onDelegateUnauthorized, onUnauthorized, request } from './client.js'
import { DELEGATE_SESSION_KEY, loadDelegateSession, saveDelegateSession } from './delegateSession.js'
import { SESSION_KEY, loadSession, saveSession } from './session.js'

const later = () => new Date(Date.now() + 3600_000).toISOString()
const aDelegateSession = () => ({ token: 'delegate-token', expiresAt: later(), workshop: { id: 5, title: 'Trolling' }, delegate: { id: 9, name: 'Ana' } })
const aStaffSession = () => ({ token: 'staff-token', expiresAt: later(), user: { id: 1, roles: ['ORGANISER'] } })

let fetchMock

beforeEach(() => {
  localStorage.clear()
  fetchMock = vi.fn()
  vi.stubGlobal('fetch', fetchMock)
})

afterEach(() => localStorage.clear())

describe('the delegate session', () => {
  it('is kept under its own key, apart from the staff session', () => {
    saveStaffAndDelegate()
    expect(JSON.parse(localStorage.getItem(DELEGATE_SESSION_KEY)).token).toBe('delegate-token')
    expect(JSON.parse(localStorage.getItem(SESSION_KEY)).token).toBe('staff-token')
  })

  it('is dropped once expired or incomplete', () => {
    saveDelegateSession({ ...aDelegateSession(), expiresAt: new Date(Date.now() - 1).toISOString() })
    expect(loadDelegateSession()).toBeNull()
    expect(localStorage.getItem(DELEGATE_SESSION_KEY)).toBeNull()
    localStorage.setItem(DELEGATE_SESSION_KEY, '{"token":"x"}')
    expect(loadDelegateSession()).toBeNull()
  })

  it("sends the delegate token only when asked, and the staff token otherwise", async () => {
    saveStaffAndDelegate()
    fetchMock.mockImplementation(async () => new Response('[]', { status: 200, headers: { 'Content-Type': 'application/json' } }))
    await get('/api/workshops/5/sessions', { auth: 'delegate' })
    await get('/api/workshops/5/sessions')
    expect(fetchMock.mock.calls[0][1].headers.Authorization).toBe('Bearer delegate-token')
    expect(fetchMock.mock.calls[1][1].headers.Authorization).toBe('Bearer staff-token')
  })

  it('on 401 with the delegate token clears only the delegate session', async () => {
    saveStaffAndDelegate()
    const staffListener = vi.fn()
    const delegateListener = vi.fn()
    const stops = [onUnauthorized(staffListener), onDelegateUnauthorized(delegateListener)]
    fetchMock.mockResolvedValue(new Response('{"status":401,"title":"Unauthorized"}', {
      status: 401, headers: { 'Content-Type': 'application/problem+json' },
    }))

    const error = await get('/api/me/delegate', { auth: 'delegate' }).catch((e) => e)
    stops.forEach((stop) => stop())

    expect(error.status).toBe(401)
    expect(loadDelegateSession()).toBeNull()
    expect(loadSession()?.token).toBe('staff-token')
    expect(delegateListener).toHaveBeenCalledOnce()
    expect(staffListener).not.toHaveBeenCalled()
  })
})

describe('other bodies and answers', () => {
  it('sends text as it is with its content type', async () => {
    fetchMock.mockResolvedValue(new Response('{"imported":1}', { status: 200, headers: { 'Content-Type': 'application/json' } }))
    const { data } = await request('POST', '/api/workshops/5/delegates/import', { text: 'name,email\n', contentType: 'text/csv' })
    const [, init] = fetchMock.mock.calls[0]
    expect(init.body).toBe('name,email\n')
    expect(init.headers['Content-Type']).toBe('text/csv')
    expect(data).toEqual({ imported: 1 })
  })

  it('gives a file as a Blob', async () => {
    fetchMock.mockResolvedValue(new Response('BEGIN:VCALENDAR', { status: 200, headers: { 'Content-Type': 'text/calendar' } }))
    const { data } = await request('GET', '/api/workshops/5/calendar.ics', { responseType: 'blob' })
    expect(await data.text()).toBe('BEGIN:VCALENDAR')
  })
})

function saveStaffAndDelegate() {
  saveSession(aStaffSession())
  saveDelegateSession(aDelegateSession())
}
