// A delegate's session (after joining a workshop) is kept apart from the staff session: another key,
// another token. It is scoped to one workshop and dropped on read once expired.
export const DELEGATE_SESSION_KEY = 'workshopHub.delegate'

export function loadDelegateSession(now = Date.now()) {
  let raw
  try {
    raw = localStorage.getItem(DELEGATE_SESSION_KEY)
  } catch {
    return null
  }
  if (!raw) return null
  try {
    const session = JSON.parse(raw)
    if (!session?.token || !session?.expiresAt || !session?.workshop || !session?.delegate) throw new Error('incomplete session')
    if (Date.parse(session.expiresAt) <= now) {
      clearDelegateSession()
      return null
    }
    return session
  } catch {
    clearDelegateSession()
    return null
  }
}

export function saveDelegateSession({ token, expiresAt, workshop, delegate }) {
  localStorage.setItem(DELEGATE_SESSION_KEY, JSON.stringify({ token, expiresAt, workshop, delegate }))
}

export function clearDelegateSession() {
  try {
    localStorage.removeItem(DELEGATE_SESSION_KEY)
  } catch {
    // storage unavailable; nothing to clear
  }
}

export function currentDelegateToken() {
  return loadDelegateSession()?.token ?? null
}
