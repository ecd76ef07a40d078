import { defineStore } from 'pinia'
import { computed, ref } from 'vue'
import { fetchMe, login } from '../api/auth.js'
import { connectSession } from '../api/client.js'
import { SESSION_KEY, clearSession, loadSession, saveSession } from '../lib/storedSessions.js'
import {
  DELEGATE_READERS,
  LESSON_WRITERS,
  MODERATORS,
  PATTERN_WRITERS,
  TECHNOLOGY_WRITERS,
  WORKSHOP_WRITERS,
} from '../lib/roles.js'

export const useAuthStore = defineStore('auth', () => {
  const session = ref(loadSession())

  const user = computed(() => session.value?.user ?? null)
  const roles = computed(() => user.value?.roles ?? [])

  function isSignedIn() {
    // Re-read so an expired session counts as signed out without waiting for a 401.
    if (session.value && !loadSession()) session.value = null
    return session.value !== null
  }

  function hasAnyRole(wanted) {
    return wanted.some((role) => roles.value.includes(role))
  }

  const isAdmin = computed(() => roles.value.includes('ADMIN'))
  const canWriteWorkshops = computed(() => hasAnyRole(WORKSHOP_WRITERS))
  const canReadDelegates = computed(() => hasAnyRole(DELEGATE_READERS))
  const canModerate = computed(() => hasAnyRole(MODERATORS))
  const canEditPatterns = computed(() => hasAnyRole(PATTERN_WRITERS))
  const canEditTechnologies = computed(() => hasAnyRole(TECHNOLOGY_WRITERS))
  const canWriteLessons = computed(() => hasAnyRole(LESSON_WRITERS))

  async function signIn(email, password) {
    const { token, expiresAt, user: signedIn } = await login(email, password)
    saveSession({ token, expiresAt, user: signedIn })
    session.value = { token, expiresAt, user: signedIn }
  }

  /** Picks up role or name changes made since sign-in. */
  async function refreshUser() {
    if (!session.value) return
    const me = await fetchMe()
    if (!session.value) return
    session.value = { ...session.value, user: me }
    saveSession(session.value)
  }

  function signOut() {
    clearSession()
    session.value = null
  }

  // Read from storage on every request, so a sign-in or sign-out in another tab counts at once
  // and an expired session sends nothing.
  connectSession('staff', { token: () => loadSession()?.token ?? null, end: signOut })

  // Signing out in another tab signs out here too.
  if (typeof window !== 'undefined') {
    window.addEventListener('storage', (event) => {
      if (event.key === SESSION_KEY || event.key === null) session.value = loadSession()
    })
  }

  return {
    session,
    user,
    roles,
    isAdmin,
    canWriteWorkshops,
    canReadDelegates,
    canModerate,
    canEditPatterns,
    canEditTechnologies,
    canWriteLessons,
    isSignedIn,
    hasAnyRole,
    signIn,
    refreshUser,
    signOut,
  }
})
