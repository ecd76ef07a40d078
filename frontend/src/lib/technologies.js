// Words and small rules for the technology catalogue: its codes, the edit form ⇄ API body, and a
// revision as a field-by-field diff.
import { maturityLabel, technologyCategoryLabel } from './labels.js'

export const TECHNOLOGY_CATEGORIES = [
  'MONITORING_AND_ANALYTICS',
  'OPEN_SOURCE_INVESTIGATION',
  'CRISIS_COMMUNICATION',
  'VERIFICATION',
  'COMMUNITY_ENGAGEMENT',
  'DARK_WEB_MONITORING',
  'MODERATION_AND_REPORTING',
  'OTHER',
]

export const MATURITIES = ['EMERGING', 'PILOTED', 'ESTABLISHED']

/** The Markdown sections of an entry, in reading order. */
export const TECHNOLOGY_SECTIONS = [
  { field: 'uses', label: 'Uses' },
  { field: 'risks', label: 'Risks' },
  { field: 'legalAndEthicalNotes', label: 'Legal and ethical notes' },
]

/** The most links an entry may have (the API's bound). */
export const MAX_LINKS = 20

/** The edit form's controls in order (slug only when adding one), for summarising a 422. */
export const TECHNOLOGY_FIELDS = [
  { name: 'name', label: 'Name' },
  { name: 'slug', label: 'Slug' },
  { name: 'category', label: 'Category', message: 'Choose a category from the list.' },
  { name: 'summary', label: 'Summary' },
  ...TECHNOLOGY_SECTIONS.map(({ field, label }) => ({ name: field, label })),
  { name: 'maturity', label: 'Maturity', message: 'Choose a maturity from the list.' },
  { name: 'openSource', label: 'Open source' },
  {
    name: 'themes',
    label: 'Themes',
    message: (m) => (/not one of the six themes/.test(m) ? 'Choose themes from the list.' : m),
  },
  { name: 'patterns', label: 'Related patterns' },
  { name: 'links', label: 'Links' },
]

export const FIELD_LABELS = {
  name: 'Name',
  category: 'Category',
  summary: 'Summary',
  ...Object.fromEntries(TECHNOLOGY_SECTIONS.map((s) => [s.field, s.label])),
  maturity: 'Maturity',
  openSource: 'Open source',
  themes: 'Themes',
  patterns: 'Related patterns',
  links: 'Links',
}

/** The edit form's model from an entry (or an empty one). Links are edited one per line. */
export function technologyToForm(technology) {
  const t = technology ?? {}
  return {
    slug: t.slug ?? '',
    name: t.name ?? '',
    category: t.category ?? '',
    summary: t.summary ?? '',
    uses: t.uses ?? '',
    risks: t.risks ?? '',
    legalAndEthicalNotes: t.legalAndEthicalNotes ?? '',
    maturity: t.maturity ?? '',
    openSource: Boolean(t.openSource),
    themes: [...(t.themes ?? [])],
    patterns: [...(t.patterns ?? [])],
    links: (t.links ?? []).join('\n'),
    version: t.version ?? null,
  }
}

/** The links typed one per line, blank lines left out. */
export function linesOf(text) {
  return String(text ?? '')
    .split(/\r?\n/)
    .map((line) => line.trim())
    .filter(Boolean)
}

/** The body for POST (with slug) or PUT. An empty choice is sent as null, so that the API names the field. */
export function formToBody(form, { isNew = false } = {}) {
  const body = {
    name: form.name.trim(),
    category: form.category || null,
    summary: form.summary.trim(),
    uses: form.uses,
    risks: form.risks,
    legalAndEthicalNotes: form.legalAndEthicalNotes,
    maturity: form.maturity || null,
    openSource: Boolean(form.openSource),
    themes: [...form.themes],
    patterns: [...form.patterns],
    links: linesOf(form.links),
    version: form.version,
  }
  if (isNew) body.slug = form.slug.trim()
  return body
}

function show(field, value) {
  if (value === null || value === undefined) return ''
  if (field === 'category') return technologyCategoryLabel(value)
  if (field === 'maturity') return maturityLabel(value)
  if (field === 'openSource') return value ? 'Yes' : 'No'
  if (Array.isArray(value)) return value.join(', ')
  return String(value)
}

const same = (a, b) => JSON.stringify(a ?? null) === JSON.stringify(b ?? null)

/**
 * What a revision changed: [{field, label, before, after}] as text, in the form's order, only the
 * fields that differ. A first revision (before null) lists every field that has a value.
 */
export function technologyRevisionDiff(before, after) {
  const old = before ?? {}
  const now = after ?? {}
  const changes = []
  for (const field of Object.keys(FIELD_LABELS)) {
    if (!(field in now) && !(field in old)) continue
    if (before && same(old[field], now[field])) continue
    const was = before ? show(field, old[field]) : ''
    const is = show(field, now[field])
    if (!before && !is) continue
    changes.push({ field, label: FIELD_LABELS[field], before: was, after: is })
  }
  return changes
}

/** A link is shown only if it is a web address: anything else stays text. */
export function isWebLink(url) {
  try {
    const parsed = new URL(url)
    return parsed.protocol === 'http:' || parsed.protocol === 'https:'
  } catch {
    return false
  }
}
