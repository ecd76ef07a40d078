import { defineStore } from 'pinia'
import { ref } from 'vue'
import { connectSession } from '../api/client.js'
import { linkRegistration, openCommunity } from '../api/community.js'
import { MEMBER_SESSION_KEY, clearMemberSession, loadMemberSession, saveMemberSession } from '../lib/storedSessions.js'

/**
 * A community member's session, opened with a personal link: their token (30 days), which works after
 * the workshop too. Separate from the staff sign-in and from the delegate's live session.
 */
export const useMemberSessionStore = defineStore('memberSession', () => {
  const session = ref(loadMemberSession())

  function isOpen() {
    if (session.value && !loadMemberSession()) session.value = null
    if (!session.value) session.value = loadMemberSession()
    return session.value !== null
  }

  /** Exchanges a personal key for a member token. */
  async function open(key) {
    const opened = await openCommunity(key)
    const kept = {
      token: opened.token,
      expiresAt: opened.expiresAt,
      memberId: opened.memberId,
      delegateIds: opened.delegateIds ?? [],
    }
    saveMemberSession(kept)
    session.value = kept
    return kept
  }

  /** Whether the open membership already holds this registration. */
  function holds(delegateId) {
    return Boolean(session.value?.delegateIds?.some((id) => String(id) === String(delegateId)))
  }

  /** Adds the registration behind this key to the open membership. */
  async function link(key) {
    const membership = await linkRegistration(key)
    if (session.value) {
      session.value = { ...session.value, memberId: membership.memberId, delegateIds: membership.delegateIds }
      saveMemberSession(session.value)
    }
    return membership
  }

  function leave() {
    clearMemberSession()
    session.value = null
  }

  connectSession('member', { token: () => loadMemberSession()?.token ?? null, end: leave })

  if (typeof window !== 'undefined') {
    window.addEventListener('storage', (event) => {
      if (event.key === MEMBER_SESSION_KEY || event.key === null) session.value = loadMemberSession()
    })
  }

  return { session, isOpen, open, holds, link, leave }
})
