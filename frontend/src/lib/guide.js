// Words for the public Pattern Language guide: a pattern's sections in reading order, each with the
// question it puts to a room of stakeholders, and evidence counts as rows a chart and a table can show.
import { sectorLabel } from './labels.js'

/**
 * The sections of a pattern in reading order (the summary leads the page). `prompt`: a question for
 * discussion among stakeholders; sections without one are background.
 */
export const GUIDE_SECTIONS = [
  { field: 'context', label: 'Context' },
  {
    field: 'problem',
    label: 'Problem',
    prompt: 'Have you met this problem? Where, and who felt it first?',
  },
  {
    field: 'forces',
    label: 'Forces',
    prompt: 'Which of these pulls are strongest where you work, and which are missing from the list?',
  },
  {
    field: 'solution',
    label: 'Solution',
    prompt: 'What would it take to do this in your organisation, and who would have to agree?',
  },
  {
    field: 'consequences',
    label: 'Consequences',
    prompt: 'Which consequences would you accept, and which would you guard against? For whom?',
  },
  { field: 'examples', label: 'Examples' },
  { field: 'roles', label: 'Roles' },
]

/** The sections a pattern has text for. */
export function sectionsOf(pattern) {
  return GUIDE_SECTIONS.filter((s) => typeof pattern?.[s.field] === 'string' && pattern[s.field].trim())
}

/** Evidence counts [{key, supports, contradicts}] as chart rows with words for their keys. */
export function evidenceRows(counts, labelOf = (key) => key) {
  return (counts ?? []).map((c) => ({
    key: c.key,
    label: labelOf(c.key),
    supports: c.supports ?? 0,
    contradicts: c.contradicts ?? 0,
  }))
}

export const sectorRows = (counts) => evidenceRows(counts, sectorLabel)

const notes = (n) => `${n} ${n === 1 ? 'note' : 'notes'}`

/** "3 notes support it · 1 note contradicts it", or that there is none yet. */
export function evidenceSummary(supports = 0, contradicts = 0) {
  if (!supports && !contradicts) return 'No workshop evidence yet'
  const parts = []
  if (supports) parts.push(`${notes(supports)} ${supports === 1 ? 'supports' : 'support'} it`)
  if (contradicts) parts.push(`${notes(contradicts)} ${contradicts === 1 ? 'contradicts' : 'contradict'} it`)
  return parts.join(' · ')
}

/** The guide's address for a theme and a search (empty filters are left out). */
export function guideQuery({ theme, q }) {
  const query = {}
  if (theme) query.theme = theme
  if (q && q.trim()) query.q = q.trim()
  return query
}
