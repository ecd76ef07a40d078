// Words and small rules for the pattern language: relation names, the graph as Cytoscape elements,
// a revision as a field-by-field diff, and the edit form ⇄ API body.
import { foldForSearch } from './delegates.js'
import { patternStatusLabel } from './labels.js'

export const RELATION_TYPES = ['COMPLEMENTS', 'SPECIALISES', 'CONFLICTS_WITH', 'PRECEDES']

export const RELATION_LABELS = {
  COMPLEMENTS: { OUTGOING: 'Complements', INCOMING: 'Complemented by', legend: 'complements' },
  SPECIALISES: { OUTGOING: 'Specialises', INCOMING: 'Specialised by', legend: 'specialises' },
  CONFLICTS_WITH: { OUTGOING: 'Conflicts with', INCOMING: 'Conflicts with', legend: 'conflicts with' },
  PRECEDES: { OUTGOING: 'Precedes', INCOMING: 'Follows', legend: 'precedes' },
}

export function relationLabel(type, direction = 'OUTGOING') {
  return (
    RELATION_LABELS[type]?.[direction] ??
    String(type ?? '')
      .toLowerCase()
      .replace(/_/g, ' ')
  )
}

/** The Markdown sections of a pattern, in reading order. */
export const PATTERN_SECTIONS = [
  { field: 'summary', label: 'Summary' },
  { field: 'context', label: 'Context' },
  { field: 'problem', label: 'Problem' },
  { field: 'forces', label: 'Forces' },
  { field: 'solution', label: 'Solution' },
  { field: 'consequences', label: 'Consequences' },
  { field: 'examples', label: 'Examples' },
  { field: 'roles', label: 'Roles' },
]

export const PATTERN_STATUSES = ['DRAFT', 'PUBLISHED']

export const FIELD_LABELS = {
  name: 'Name',
  ...Object.fromEntries(PATTERN_SECTIONS.map((s) => [s.field, s.label])),
  themes: 'Themes',
  status: 'Status',
  relations: 'Relations',
}
const DIFF_FIELDS = Object.keys(FIELD_LABELS)

/** Nodes and edges from GET /api/patterns/graph as Cytoscape elements; edges to unknown nodes are left out. */
export function graphElements(graph) {
  const nodes = graph?.nodes ?? []
  const known = new Set(nodes.map((n) => n.slug))
  const elements = nodes.map((n) => ({
    group: 'nodes',
    data: { id: n.slug, label: n.name, themes: n.themes ?? [], status: n.status },
    classes: n.status === 'DRAFT' ? 'draft' : '',
  }))
  for (const e of graph?.edges ?? []) {
    if (!known.has(e.from) || !known.has(e.to)) continue
    elements.push({
      group: 'edges',
      data: { id: `${e.from}--${e.type}--${e.to}`, source: e.from, target: e.to, type: e.type },
      classes: String(e.type).toLowerCase().replace(/_/g, '-'),
    })
  }
  return elements
}

/** Does a node (or pattern) belong to the theme? No theme chosen: everything does. */
export function inTheme(item, theme) {
  return !theme || (item?.themes ?? []).includes(theme)
}

function show(field, value) {
  if (value === null || value === undefined) return ''
  if (field === 'relations') {
    return (value ?? [])
      .map((r) => `${relationLabel(r.type, r.direction ?? 'OUTGOING')} ${r.name ?? r.to ?? r.slug}`)
      .join('\n')
  }
  if (field === 'status') return patternStatusLabel(value)
  if (Array.isArray(value)) return value.join(', ')
  return String(value)
}

const same = (a, b) => JSON.stringify(a ?? null) === JSON.stringify(b ?? null)

/**
 * What a revision changed: [{field, label, before, after}] as text, in the form's order, only the
 * fields that differ. A first revision (before null) lists every field that has a value.
 */
export function revisionDiff(before, after) {
  const old = before ?? {}
  const now = after ?? {}
  const changes = []
  for (const field of DIFF_FIELDS) {
    if (!(field in now) && !(field in old)) continue
    if (before && same(old[field], now[field])) continue
    const was = before ? show(field, old[field]) : ''
    const is = show(field, now[field])
    if (!before && !is) continue
    changes.push({ field, label: FIELD_LABELS[field], before: was, after: is })
  }
  return changes
}

/** The edit form's model from a pattern (or an empty one). */
export function patternToForm(pattern) {
  const p = pattern ?? {}
  const form = {
    slug: p.slug ?? '',
    name: p.name ?? '',
    status: p.status ?? 'DRAFT',
    themes: [...(p.themes ?? [])],
    version: p.version ?? null,
  }
  for (const { field } of PATTERN_SECTIONS) form[field] = p[field] ?? ''
  form.relations = (p.relations ?? [])
    .filter((r) => (r.direction ?? 'OUTGOING') === 'OUTGOING')
    .map((r) => ({ type: r.type, to: r.slug ?? r.to }))
  return form
}

/** The body for POST (with slug) or PUT; empty relation rows are dropped. */
export function formToBody(form, { isNew = false } = {}) {
  const body = { name: form.name.trim(), status: form.status, themes: [...form.themes], version: form.version }
  if (isNew) body.slug = form.slug.trim()
  for (const { field } of PATTERN_SECTIONS) body[field] = form[field]
  body.relations = form.relations.filter((r) => r.type && r.to).map((r) => ({ type: r.type, to: r.to }))
  return body
}

/** A slug the API accepts, from a name: "Official single source!" → "official-single-source" (at most 80 characters). */
export function slugify(name) {
  return foldForSearch(name)
    .replace(/[^a-z0-9]+/g, '-')
    .slice(0, 80)
    .replace(/^-+|-+$/g, '')
}

/** The pattern form's controls in order (slug only when adding one). */
export const PATTERN_FIELDS = [
  { name: 'name', label: 'Name' },
  { name: 'slug', label: 'Slug' },
  ...PATTERN_SECTIONS.map(({ field, label }) => ({ name: field, label })),
  {
    name: 'themes',
    label: 'Themes',
    message: (m) => (/not one of the six themes/.test(m) ? 'Choose themes from the list.' : m),
  },
  { name: 'status', label: 'Status', message: 'Choose draft or published.' },
  // the server names a relation's own fields ("to", "type")
  { name: 'relations', label: 'Relations', aliases: ['to', 'type'] },
]
