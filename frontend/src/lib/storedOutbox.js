// The outbox of notes written on this device and not yet acknowledged by the server. It lives in
// localStorage so that it survives a reload, a crash or a phone going offline; "Leave" clears it.
export const OUTBOX_KEY = 'workshopHub.outbox'

const isEntry = (entry) =>
  entry &&
  typeof entry.key === 'string' &&
  entry.key &&
  entry.workshopId !== undefined &&
  typeof entry.text === 'string' &&
  (entry.sensitivity === undefined || entry.sensitivity === null || typeof entry.sensitivity === 'string')

/**
 * What is sent for an entry: the same body on every retry, so that the server (which compares it with
 * the first request under the entry's Idempotency-Key) takes a retry for the same note. A note its
 * author marked "not for any publication" carries sensitivity RESTRICTED each time.
 */
export function requestBody(entry) {
  const body = { text: entry.text, kind: entry.kind, sessionId: entry.sessionId }
  if (entry.sensitivity && entry.sensitivity !== 'NONE') body.sensitivity = entry.sensitivity
  return body
}

/** The stored entries, oldest first; an unreadable store counts as empty. */
export function loadOutbox() {
  let raw
  try {
    raw = localStorage.getItem(OUTBOX_KEY)
  } catch {
    return []
  }
  if (!raw) return []
  try {
    const list = JSON.parse(raw)
    return Array.isArray(list) ? list.filter(isEntry) : []
  } catch {
    return []
  }
}

/** Answers false when the browser would not store it (private mode, full storage). */
export function saveOutbox(entries) {
  try {
    if (entries.length) localStorage.setItem(OUTBOX_KEY, JSON.stringify(entries))
    else localStorage.removeItem(OUTBOX_KEY)
    return true
  } catch {
    return false
  }
}

export function clearOutbox() {
  try {
    localStorage.removeItem(OUTBOX_KEY)
  } catch {
    // storage unavailable; nothing to clear
  }
}
