import { beforeEach, describe, expect, it, vi } from 'vitest'
import { saveSession } from '../lib/storedSessions.js'
import { connectStoredSessions } from '../test-support/sessions.js'
import { citingPublications, getGuidePattern, listGuidePatterns } from './guide.js'

const json = (status, body, type = 'application/json') =>
  new Response(JSON.stringify(body), { status, headers: { 'Content-Type': type } })

let fetchMock
beforeEach(() => {
  localStorage.clear()
  connectStoredSessions()
  fetchMock = vi.fn()
  vi.stubGlobal('fetch', fetchMock)
})

describe('the guide API', () => {
  it('never sends a staff token, so the guide shows everyone the same', async () => {
    saveSession({
      token: 'staff-token',
      expiresAt: new Date(Date.now() + 3600_000).toISOString(),
      user: { id: 1, displayName: 'Ana', roles: ['ANALYST'] },
    })
    connectStoredSessions()
    fetchMock.mockResolvedValueOnce(json(200, [])).mockResolvedValueOnce(json(200, { slug: 'a' }))
    await listGuidePatterns({ theme: 'trolling', q: 'rumour' })
    await getGuidePattern('a b')
    expect(fetchMock.mock.calls[0][0]).toBe('/api/public/patterns?theme=trolling&q=rumour')
    expect(fetchMock.mock.calls[1][0]).toBe('/api/public/patterns/a%20b')
    for (const [, init] of fetchMock.mock.calls) expect(init.headers.Authorization).toBeUndefined()
  })

  it('asks for the publications that cite a pattern by its slug', async () => {
    fetchMock.mockResolvedValue(
      json(200, [{ slug: 'pattern-cards-2027', title: 'Pattern cards 2027' }, { title: 'no slug' }, null]),
    )
    expect(await citingPublications('rapid-rumour-rebuttal')).toEqual([
      { slug: 'pattern-cards-2027', title: 'Pattern cards 2027' },
    ])
    expect(fetchMock.mock.calls[0][0]).toBe('/api/public/publications?pattern=rapid-rumour-rebuttal')
  })

  it('reads a page of publications as well as a list', async () => {
    fetchMock.mockResolvedValue(json(200, { items: [{ slug: 'report', title: 'Report' }] }))
    expect(await citingPublications('x')).toEqual([{ slug: 'report', title: 'Report' }])
  })

  it('treats 404, 400, any other failure and no connection as no publications', async () => {
    fetchMock
      .mockResolvedValueOnce(
        json(404, { status: 404, detail: 'There is nothing at this address.' }, 'application/problem+json'),
      )
      .mockResolvedValueOnce(json(400, { status: 400, detail: 'Unknown parameter.' }, 'application/problem+json'))
      .mockResolvedValueOnce(json(500, {}))
      .mockRejectedValueOnce(new TypeError('offline'))
    for (let i = 0; i < 4; i++) expect(await citingPublications('x')).toEqual([])
  })
})
