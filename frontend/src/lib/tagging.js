// The tagging workspace's keyboard: which action a key press asks for. Pure, so it can be tested.
import { foldForSearch as fold } from './delegates.js'

export const SHORTCUTS = [
  { keys: 'j / k', what: 'next / previous note' },
  { keys: '/', what: 'search the patterns (or the technologies)' },
  { keys: '1–9', what: 'choose suggestion 1–9' },
  { keys: 'x', what: 'select the note, or unselect it (to tag several at once)' },
  { keys: 'Enter', what: 'tag the note (or every selected note) with the chosen pattern or technology' },
  { keys: 'c', what: 'switch between supports and contradicts' },
  { keys: 't', what: 'switch between tagging to a pattern and to a technology' },
  { keys: 'u', what: 'undo the last tag' },
  { keys: 'Esc', what: 'leave the search box' },
]

/** 'text' for fields one types in, 'control' for buttons, links and selects (they handle Enter), else 'other'. */
export function targetKind(target) {
  const tag = target?.tagName?.toLowerCase?.() ?? ''
  if (tag === 'textarea' || target?.isContentEditable) return 'text'
  if (tag === 'input') {
    const type = (target.type ?? 'text').toLowerCase()
    return ['checkbox', 'radio', 'button', 'submit', 'reset'].includes(type) ? 'control' : 'text'
  }
  if (tag === 'button' || tag === 'a' || tag === 'select' || tag === 'summary') return 'control'
  return 'other'
}

/**
 * The action for a keydown: {type: 'next'|'previous'|'focusSearch'|'choose'|'confirm'|'undo'|'toggleStance'|'toggleSubject'|'toggleSelect'|'leaveSearch'}
 * (choose has index 0–8), or null to let the browser have the key. Parts of the page marked
 * data-shortcuts="off" (forms of their own) keep every key.
 */
export function tagKeyAction(event, kind = targetKind(event?.target)) {
  if (!event || event.ctrlKey || event.metaKey || event.altKey || event.isComposing) return null
  if (event.target?.closest?.('[data-shortcuts="off"]')) return null
  const key = event.key
  if (kind === 'text') {
    if (key === 'Enter') return { type: 'confirm' }
    if (key === 'Escape') return { type: 'leaveSearch' }
    return null
  }
  if (kind === 'control' && (key === 'Enter' || key === ' ')) return null
  switch (key) {
    case 'j':
      return { type: 'next' }
    case 'k':
      return { type: 'previous' }
    case '/':
      return { type: 'focusSearch' }
    case 'Enter':
      return { type: 'confirm' }
    case 'u':
      return { type: 'undo' }
    case 'c':
      return { type: 'toggleStance' }
    case 't':
      return { type: 'toggleSubject' }
    case 'x':
      return { type: 'toggleSelect' }
    default:
      if (/^[1-9]$/.test(key)) return { type: 'choose', index: Number(key) - 1 }
      return null
  }
}

/** Share (0..1) as a whole percentage for people. */
export function percent(share) {
  const n = Number(share)
  return Number.isFinite(n) ? `${Math.round(Math.max(0, Math.min(1, n)) * 100)}%` : '0%'
}

const closeness = (pattern, q) => {
  const name = fold(pattern.name)
  return name === q || fold(pattern.slug) === q ? 2 : name.startsWith(q) ? 1 : 0
}

/** Patterns whose name, slug or summary has every word of the query: the exact name first, then names starting with it. */
export function filterPatterns(patterns, query) {
  const words = fold(query).split(/\s+/).filter(Boolean)
  const list = [...(patterns ?? [])].sort((a, b) => a.name.localeCompare(b.name))
  if (!words.length) return list
  const q = fold(query)
  return list
    .filter((p) => {
      const hay = fold(`${p.name} ${p.slug} ${p.summary ?? ''}`)
      return words.every((w) => hay.includes(w))
    })
    .sort((a, b) => closeness(b, q) - closeness(a, q))
}
