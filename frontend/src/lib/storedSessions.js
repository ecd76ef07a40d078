// The sessions are kept in localStorage so that a reload or a deep link keeps them. Staff, delegates and
// community members have one each, under their own keys, with their own tokens. An expired or incomplete session is
// dropped on read, so nothing ever sends a token the server will refuse anyway.
export const SESSION_KEY = 'workshopHub.session'
export const DELEGATE_SESSION_KEY = 'workshopHub.delegate'
export const MEMBER_SESSION_KEY = 'workshopHub.member'

function storedSession(key, fields) {
  function load(now = Date.now()) {
    let raw
    try {
      raw = localStorage.getItem(key)
    } catch {
      return null
    }
    if (!raw) return null
    try {
      const session = JSON.parse(raw)
      if (fields.some((field) => !session?.[field])) throw new Error('incomplete session')
      if (Date.parse(session.expiresAt) <= now) {
        clear()
        return null
      }
      return session
    } catch {
      clear()
      return null
    }
  }

  function save(session) {
    localStorage.setItem(key, JSON.stringify(Object.fromEntries(fields.map((field) => [field, session[field]]))))
  }

  function clear() {
    try {
      localStorage.removeItem(key)
    } catch {
      // storage unavailable (private mode); nothing to clear
    }
  }

  return { load, save, clear }
}

const staff = storedSession(SESSION_KEY, ['token', 'expiresAt', 'user'])
const delegate = storedSession(DELEGATE_SESSION_KEY, ['token', 'expiresAt', 'workshop', 'delegate'])
const member = storedSession(MEMBER_SESSION_KEY, ['token', 'expiresAt', 'memberId', 'delegateIds'])

/** The signed-in staff session {token, expiresAt, user}, or null. */
export const loadSession = staff.load
export const saveSession = staff.save
export const clearSession = staff.clear

/** A joined delegate's session {token, expiresAt, workshop, delegate}, or null. */
export const loadDelegateSession = delegate.load
export const saveDelegateSession = delegate.save
export const clearDelegateSession = delegate.clear

/** A community member's session {token, expiresAt, memberId, delegateIds}, or null. */
export const loadMemberSession = member.load
export const saveMemberSession = member.save
export const clearMemberSession = member.clear
