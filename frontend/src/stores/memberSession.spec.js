import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { createPinia, setActivePinia } from 'pinia'
import { get, onMemberUnauthorized } from '../api/client.js'
import { MEMBER_SESSION_KEY, loadMemberSession, saveDelegateSession } from '../lib/storedSessions.js'
import { useDelegateSessionStore } from './delegateSession.js'
import { useMemberSessionStore } from './memberSession.js'

const later = () => new Date(Date.now() + 30 * 86400_000).toISOString()
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

describe('the member session store', () => {
  it('exchanges the personal key, sent in the body without a token, for a member session', async () => {
    fetchMock.mockResolvedValue(
      json(200, { token: 'member-token', expiresAt: later(), memberId: 7, delegateIds: [42] }),
    )
    const session = useMemberSessionStore()

    await session.open('s3cret')

    const [url, init] = fetchMock.mock.calls[0]
    expect(url).toBe('/api/community/session')
    expect(JSON.parse(init.body)).toEqual({ key: 's3cret' })
    expect(init.headers.Authorization).toBeUndefined()
    expect(session.isOpen()).toBe(true)
    expect(session.holds(42)).toBe(true)
    expect(session.holds(43)).toBe(false)
    expect(loadMemberSession().token).toBe('member-token')
  })

  it('sends the member token only when asked, and keeps the delegate session apart', async () => {
    saveDelegateSession({ token: 'delegate-token', expiresAt: later(), workshop: { id: 1 }, delegate: { id: 2 } })
    useDelegateSessionStore()
    fetchMock.mockResolvedValueOnce(
      json(200, { token: 'member-token', expiresAt: later(), memberId: 7, delegateIds: [2] }),
    )
    await useMemberSessionStore().open('k')
    fetchMock.mockImplementation(async () => json(200, {}))

    await get('/api/community', { auth: 'member' })
    expect(fetchMock.mock.calls[1][1].headers.Authorization).toBe('Bearer member-token')
    await get('/api/me/delegate', { auth: 'delegate' })
    expect(fetchMock.mock.calls[2][1].headers.Authorization).toBe('Bearer delegate-token')
  })

  it('adds a registration to the membership it holds', async () => {
    const session = useMemberSessionStore()
    fetchMock.mockResolvedValueOnce(json(200, { token: 't', expiresAt: later(), memberId: 7, delegateIds: [42] }))
    await session.open('first')
    fetchMock.mockResolvedValueOnce(json(200, { memberId: 7, delegateIds: [42, 51] }))

    await session.link('second')

    const [url, init] = fetchMock.mock.calls[1]
    expect(url).toBe('/api/community/link')
    expect(JSON.parse(init.body)).toEqual({ key: 'second' })
    expect(init.headers.Authorization).toBe('Bearer t')
    expect(session.holds(51)).toBe(true)
    expect(loadMemberSession().delegateIds).toEqual([42, 51])
  })

  it('ends the session when the member token is refused', async () => {
    const session = useMemberSessionStore()
    fetchMock.mockResolvedValueOnce(json(200, { token: 't', expiresAt: later(), memberId: 7, delegateIds: [42] }))
    await session.open('k')
    const heard = vi.fn()
    const stop = onMemberUnauthorized(heard)
    fetchMock.mockResolvedValue(
      json(401, { status: 401, title: 'Unauthorized', detail: 'Expired' }, 'application/problem+json'),
    )

    await expect(get('/api/community/profile', { auth: 'member' })).rejects.toMatchObject({ status: 401 })

    expect(heard).toHaveBeenCalledTimes(1)
    expect(session.isOpen()).toBe(false)
    expect(localStorage.getItem(MEMBER_SESSION_KEY)).toBeNull()
    stop()
  })
})
