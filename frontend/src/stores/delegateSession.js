import { defineStore } from 'pinia'
import { computed, ref } from 'vue'
import { connectSession } from '../api/client.js'
import { fetchDelegateMe, joinWorkshop } from '../api/registrations.js'
import {
  DELEGATE_SESSION_KEY,
  clearDelegateSession,
  loadDelegateSession,
  saveDelegateSession,
} from '../lib/storedSessions.js'

/** A delegate who has joined a workshop: their token, the workshop and themselves. Separate from staff sign-in. */
export const useDelegateSessionStore = defineStore('delegateSession', () => {
  const session = ref(loadDelegateSession())

  const workshop = computed(() => session.value?.workshop ?? null)
  const delegate = computed(() => session.value?.delegate ?? null)

  function isJoined() {
    if (session.value && !loadDelegateSession()) session.value = null
    if (!session.value) session.value = loadDelegateSession()
    return session.value !== null
  }

  /** credentials: {accessToken} or {joinCode, email}. */
  async function join(credentials) {
    const joined = await joinWorkshop(credentials)
    const kept = {
      token: joined.token,
      expiresAt: joined.expiresAt,
      workshop: joined.workshop,
      delegate: joined.delegate,
    }
    saveDelegateSession(kept)
    session.value = kept
    return kept
  }

  /** Picks up changes to the workshop (its status, title) since joining. */
  async function refresh() {
    if (!session.value) return null
    const me = await fetchDelegateMe()
    if (!session.value) return null
    session.value = { ...session.value, workshop: me.workshop, delegate: me.delegate }
    saveDelegateSession(session.value)
    return session.value
  }

  /** The workshop changed (a workshop.status event): kept, so that a reload shows it too. */
  function applyWorkshop(changes) {
    if (!session.value || !changes || String(session.value.workshop?.id) !== String(changes.id)) return
    session.value = { ...session.value, workshop: { ...session.value.workshop, ...changes } }
    try {
      saveDelegateSession(session.value)
    } catch {
      // storage unavailable: the page still shows it
    }
  }

  function leave() {
    clearDelegateSession()
    session.value = null
  }

  // Read from storage on every request, like the staff session (see stores/auth.js).
  connectSession('delegate', { token: () => loadDelegateSession()?.token ?? null, end: leave })

  if (typeof window !== 'undefined') {
    window.addEventListener('storage', (event) => {
      if (event.key === DELEGATE_SESSION_KEY || event.key === null) session.value = loadDelegateSession()
    })
  }

  return { session, workshop, delegate, isJoined, join, refresh, applyWorkshop, leave }
})
