import { beforeEach, describe, expect, it } from 'vitest'
import { createPinia, setActivePinia } from 'pinia'
import { createMemoryHistory } from 'vue-router'
import { createAppRouter, safeRedirect } from './router.js'
import { saveSession } from './api/session.js'
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

  it('treats an expired session as signed out', async () => {
    saveSession({ token: 't', expiresAt: new Date(Date.now() - 1).toISOString(), user: { id: 1, roles: ['ADMIN'] } })
    expect((await visit('/themes')).name).toBe('login')
  })

  it('shows the not-found page for unknown addresses', async () => {
    expect((await visit('/nowhere/at/all')).name).toBe('not-found')
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
