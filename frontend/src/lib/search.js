// The search API marks each match in a snippet between U+0002 (start) and U+0003 (end).
export const MARK_START = '\u0002'
export const MARK_END = '\u0003'

/**
 * The snippet as parts [{text, mark}] to render with {{ }} and <mark> — never as HTML.
 * An unclosed mark runs to the end; stray end characters are dropped.
 */
export function splitSnippet(snippet) {
  const parts = []
  let marked = false
  let buffer = ''
  const flush = () => {
    if (buffer) parts.push({ text: buffer, mark: marked })
    buffer = ''
  }
  for (const ch of String(snippet ?? '')) {
    if (ch === MARK_START) {
      flush()
      marked = true
    } else if (ch === MARK_END) {
      flush()
      marked = false
    } else {
      buffer += ch
    }
  }
  flush()
  return parts
}

export const RESULT_TYPES = [
  { value: '', label: 'Everything' },
  { value: 'note', label: 'Notes' },
  { value: 'lesson', label: 'Lessons' },
  { value: 'pattern', label: 'Patterns' },
]

/** Where a result leads. */
export function resultLink(result) {
  if (result.type === 'PATTERN') return `/patterns/${encodeURIComponent(result.slug)}`
  if (result.type === 'LESSON') return `/workshops/${result.workshopId}/lessons`
  return `/workshops/${result.workshopId}/board`
}
