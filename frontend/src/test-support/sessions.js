// The API client takes its tokens from the session stores (they connect themselves when made).
// Specs of the client and of api/ modules make both stores so that stored sessions count.
import { createPinia, setActivePinia } from 'pinia'
import { useAuthStore } from '../stores/auth.js'
import { useDelegateSessionStore } from '../stores/delegateSession.js'
import { useMemberSessionStore } from '../stores/memberSession.js'

export function connectStoredSessions() {
  setActivePinia(createPinia())
  useAuthStore()
  useDelegateSessionStore()
  useMemberSessionStore()
}
