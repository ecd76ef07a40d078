// The outbox of notes written on this device and not yet acknowledged by the server. It lives in
// localStorage so that it survives a reload, a crash or a phone going offline; "Leave" clears it.
export const OUTBOX_KEY = 'workshopHub.outbox'

const isEntry = (entry) =>
  entry &&
  typeof entry.key === 'string' &&
  entry.key &&
  entry.workshopId !== undefined &&
  typeof entry.text === 'string'

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
