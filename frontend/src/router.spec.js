import { beforeEach, describe, expect, it } from 'vitest'
import { createPinia, setActivePinia } from 'pinia'
import { createMemoryHistory } from 'vue-router'
import { createAppRouter, safeRedirect } from './router.js'
import { saveDelegateSession, saveSession } from './lib/storedSessions.js'
import { useNoticeStore } from './stores/notice.js'

function signInAs(...roles) {
  saveSession({
    token: 't',
    expiresAt: new Date(Date.now() + 3600_000).toISOString(),
    user: { id: 1, email: 'someone@demo.test', displayName: 'Someone', roles },
  })
}

async function visit(path) {
  const router = createAppRouter(createMemoryHistory())
  await router.push(path)
  return router.currentRoute.value
}

beforeEach(() => {
  localStorage.clear()
  setActivePinia(createPinia())
})

describe('route guards', () => {
  it('sends a signed-out visitor to sign in, keeping where they were going', async () => {
    const route = await visit('/workshops?status=LIVE')
    expect(route.name).toBe('login')
    expect(route.query.redirect).toBe('/workshops?status=LIVE')
  })

  it('lets an analyst read workshops but not create one, and says why', async () => {
    signInAs('ANALYST')
    expect((await visit('/workshops')).name).toBe('workshops')
    const route = await visit('/workshops/new')
    expect(route.name).toBe('workshops')
    expect(useNoticeStore().message).toBe('You need the Organiser or Admin role to open New workshop.')
  })

  it('keeps accounts for admins', async () => {
    signInAs('ORGANISER')
    expect((await visit('/accounts')).name).toBe('workshops')
    setActivePinia(createPinia())
    signInAs('ADMIN')
    expect((await visit('/accounts')).name).toBe('accounts')
  })

  it('lets analysts and admins add a pattern, and keeps the new-pattern page from the slug route', async () => {
    signInAs('ANALYST')
    expect((await visit('/patterns/new')).name).toBe('pattern-new')
    localStorage.clear()
    setActivePinia(createPinia())
    signInAs('ORGANISER')
    expect((await visit('/patterns/new')).name).toBe('workshops')
    expect((await visit('/patterns/rapid-rumour-rebuttal')).name).toBe('pattern')
  })

  it('treats an expired session as signed out', async () => {
    saveSession({ token: 't', expiresAt: new Date(Date.now() - 1).toISOString(), user: { id: 1, roles: ['ADMIN'] } })
    expect((await visit('/themes')).name).toBe('login')
  })

  it('shows the not-found page for unknown addresses', async () => {
    expect((await visit('/nowhere/at/all')).name).toBe('not-found')
  })
})

describe('delegate pages', () => {
  it('lets a signed-out visitor register, open a personal link and join', async () => {
    expect((await visit('/register?code=ABC123')).name).toBe('register')
    expect((await visit('/my-registration#key=abc')).name).toBe('my-registration')
    expect((await visit('/join')).name).toBe('join')
  })

  it('sends a visitor without a delegate session from /live to /join, even a signed-in staff member', async () => {
    expect((await visit('/live')).name).toBe('join')
    signInAs('ORGANISER')
    expect((await visit('/live')).name).toBe('join')
  })

  it('opens /live with a delegate session, but no staff page with it', async () => {
    saveDelegateSession({
      token: 'd',
      expiresAt: new Date(Date.now() + 3600_000).toISOString(),
      workshop: { id: 5, title: 'Trolling' },
      delegate: { id: 9, name: 'Ana' },
    })
    expect((await visit('/live')).name).toBe('live')
    expect((await visit('/workshops/5/agenda')).name).toBe('login')
  })
})

describe('workshop sub-pages', () => {
  it('keeps delegates, check-in and breakouts from analysts, who may still read the agenda', async () => {
    signInAs('ANALYST')
    expect((await visit('/workshops/5/agenda')).name).toBe('workshop-agenda')
    for (const page of ['delegates', 'check-in', 'breakouts', 'projector']) {
      setActivePinia(createPinia())
      expect((await visit(`/workshops/5/${page}`)).name).toBe('workshops')
    }
    expect(useNoticeStore().message).toBe('You need the Admin or Organiser or Facilitator role to open Projector.')
  })

  it('opens them for facilitators', async () => {
    signInAs('FACILITATOR')
    expect((await visit('/workshops/5/check-in')).name).toBe('workshop-check-in')
    expect((await visit('/workshops/5/breakouts')).name).toBe('workshop-breakouts')
  })

  it('opens the board to facilitators, organisers and admins, and its moderation log to analysts too', async () => {
    signInAs('FACILITATOR')
    expect((await visit('/workshops/5/board')).name).toBe('workshop-board')
    expect((await visit('/workshops/5/moderation-log')).name).toBe('workshop-moderation-log')
    setActivePinia(createPinia())
    signInAs('ANALYST')
    expect((await visit('/workshops/5/moderation-log')).name).toBe('workshop-moderation-log')
    expect((await visit('/workshops/5/board')).name).toBe('workshops')
    expect(useNoticeStore().message).toBe('You need the Facilitator or Organiser or Admin role to open Board.')
  })
})

describe('synthesis pages', () => {
  it('lets every staff member read patterns, lessons and search; only analysts and admins tag and edit', async () => {
    signInAs('ORGANISER')
    expect((await visit('/patterns')).name).toBe('patterns')
    expect((await visit('/patterns/rapid-rumour-rebuttal')).name).toBe('pattern')
    expect((await visit('/workshops/5/lessons')).name).toBe('workshop-lessons')
    expect((await visit('/search?q=rumour')).name).toBe('search')
    expect((await visit('/workshops/5/tagging')).name).toBe('workshops')
    expect(useNoticeStore().message).toBe('You need the Analyst or Admin role to open Tagging.')
    expect((await visit('/patterns/rapid-rumour-rebuttal/edit')).name).toBe('workshops')

    signInAs('ANALYST')
    setActivePinia(createPinia())
    expect((await visit('/workshops/5/tagging')).name).toBe('workshop-tagging')
    expect((await visit('/patterns/rapid-rumour-rebuttal/edit')).name).toBe('pattern-edit')
  })
})

describe('the technology catalogue', () => {
  it('lets every staff member read it; only analysts and admins add to it and edit it', async () => {
    signInAs('FACILITATOR')
    expect((await visit('/technologies')).name).toBe('technologies')
    expect((await visit('/technologies/geolocation-of-public-posts')).name).toBe('technology')
    expect((await visit('/technologies/new')).name).toBe('workshops')
    expect(useNoticeStore().message).toBe('You need the Analyst or Admin role to open New technology.')
    expect((await visit('/technologies/geolocation-of-public-posts/edit')).name).toBe('workshops')

    signInAs('ANALYST')
    setActivePinia(createPinia())
    expect((await visit('/technologies/new')).name).toBe('technology-new')
    expect((await visit('/technologies/geolocation-of-public-posts/edit')).name).toBe('technology-edit')
  })
})

describe('safeRedirect', () => {
  it('only returns to paths on this site', () => {
    expect(safeRedirect('/workshops/7')).toBe('/workshops/7')
    expect(safeRedirect('//evil.example/x')).toBe('/workshops')
    expect(safeRedirect('https://evil.example')).toBe('/workshops')
    expect(safeRedirect('/\\evil.example')).toBe('/workshops')
    expect(safeRedirect(undefined)).toBe('/workshops')
    expect(safeRedirect('/login?redirect=/x')).toBe('/workshops')
  })
})
