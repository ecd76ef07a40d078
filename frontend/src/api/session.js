// The signed-in session lives in localStorage so a reload or a deep link keeps it.
// An expired session is dropped on read, so nothing ever sends a token the server will refuse anyway.
export const SESSION_KEY = 'workshopHub.session'

export function loadSession(now = Date.now()) {
  let raw
  try {
    raw = localStorage.getItem(SESSION_KEY)
  } catch {
    return null
  }
  if (!raw) return null
  try {
    const session = JSON.parse(raw)
    if (!session?.token || !session?.user || !session?.expiresAt) throw new Error('incomplete session')
    if (Date.parse(session.expiresAt) <= now) {
      clearSession()
      return null
    }
    return session
  } catch {
    clearSession()
    return null
  }
}

export function saveSession({ token, expiresAt, user }) {
  localStorage.setItem(SESSION_KEY, JSON.stringify({ token, expiresAt, user }))
}

export function clearSession() {
  try {
    localStorage.removeItem(SESSION_KEY)
  } catch {
    // storage unavailable (private mode); nothing to clear
  }
}

export function currentToken() {
  return loadSession()?.token ?? null
}
