// Publications in words: the kinds with what each is made from, the statuses, and the moves between them.

export const PUBLICATION_KINDS = [
  {
    value: 'BEST_PRACTICE_REPORT',
    label: 'Best-practice report',
    explanation: 'Published best practices, lessons learned and roles and responsibilities, grouped by pattern.',
  },
  {
    value: 'STANDARDS_RECOMMENDATIONS',
    label: 'Recommendations for standards',
    explanation: 'Published recommendations, grouped by pattern and theme.',
  },
  {
    value: 'TRAINING_OPTIONS',
    label: 'Training options',
    explanation: 'Published training needs, with the patterns and technologies they concern.',
  },
  {
    value: 'ETHICS_AWARENESS',
    label: 'Ethics awareness material',
    explanation: "Published ethical issues, with the related patterns' forces and consequences as discussion prompts.",
  },
  {
    value: 'TECHNOLOGY_CATALOGUE',
    label: 'Catalogue of social media technologies',
    explanation: 'The technology catalogue, with evidence counts.',
  },
  {
    value: 'PATTERN_CARDS',
    label: 'Pattern cards',
    explanation: 'One card per published pattern: problem, solution, evidence by theme and sector, up to three quotes.',
  },
]

export function kindLabel(kind) {
  return PUBLICATION_KINDS.find((k) => k.value === kind)?.label ?? kind
}

export const PUBLICATION_STATUS_LABELS = {
  DRAFT: 'Draft',
  IN_REVIEW: 'In review',
  PUBLISHED: 'Published',
  WITHDRAWN: 'Withdrawn',
}
export const publicationStatusLabel = (status) => PUBLICATION_STATUS_LABELS[status] ?? status

/**
 * The button for a move from one status to another, and for the moves that need a yes first, what
 * follows from them.
 */
export function transitionAction(from, to) {
  if (to === 'IN_REVIEW')
    return from === 'PUBLISHED'
      ? {
          label: 'Prepare a new version',
          confirm:
            'It goes back to review and leaves the public pages until you publish it again, as the next version. Its published versions are kept.',
          confirmLabel: 'Yes, prepare a new version',
        }
      : { label: 'Send to review' }
  if (to === 'DRAFT') return { label: 'Send back to draft' }
  if (to === 'PUBLISHED')
    return {
      label: 'Publish',
      confirm:
        'Publishing freezes what it holds now as a numbered version and makes it public to anyone, without sign-in.',
      confirmLabel: 'Yes, publish',
    }
  if (to === 'WITHDRAWN')
    return {
      label: 'Withdraw',
      confirm: 'It leaves the public pages for good. A withdrawn publication cannot be published again.',
      confirmLabel: 'Yes, withdraw',
      danger: true,
    }
  return { label: to }
}

/** The form's fields in order, for error summaries. */
export const PUBLICATION_FIELDS = [
  { name: 'title', label: 'Title' },
  { name: 'kind', label: 'Kind' },
  { name: 'themes', label: 'Themes' },
  { name: 'workshops', label: 'Workshops' },
  { name: 'introduction', label: 'Introduction' },
]

/** The body for POST or PUT, and the form's own checks as violations ([] when it may be sent). */
export function publicationBody(values) {
  const body = {
    title: (values.title ?? '').trim(),
    kind: values.kind,
    themes: [...(values.themes ?? [])],
    workshops: [...(values.workshops ?? [])].map(Number),
    introduction: (values.introduction ?? '').trim(),
  }
  const violations = []
  if (!body.title) violations.push({ field: 'title', message: 'Give the publication a title.' })
  if (!body.kind) violations.push({ field: 'kind', message: 'Choose what kind of publication this is.' })
  return { body, violations }
}

/** The entries of a document, section by section: [{section, group, entry}] in reading order. */
export function entriesOf(document) {
  const found = []
  for (const section of document?.sections ?? [])
    for (const group of section.groups ?? [])
      for (const entry of group.entries ?? []) found.push({ section, group, entry })
  return found
}

/** "By theme: Trolling 3", … as the HTML and PDF say it. */
export function evidenceLines(evidence = []) {
  const byDimension = new Map()
  for (const count of evidence) {
    const parts = byDimension.get(count.dimension) ?? []
    parts.push(count.dimension === 'total' ? `${count.label}: ${count.count}` : `${count.label} ${count.count}`)
    byDimension.set(count.dimension, parts)
  }
  return [...byDimension].map(([dimension, parts]) =>
    dimension === 'theme'
      ? `By theme: ${parts.join(', ')}`
      : dimension === 'sector'
        ? `By sector: ${parts.join(', ')}`
        : parts.join(' · '),
  )
}

/** A day as readers read it: "10 March 2027". */
export function readableDay(value) {
  if (!value) return ''
  const date = new Date(/^\d{4}-\d{2}-\d{2}$/.test(value) ? `${value}T12:00:00Z` : value)
  if (Number.isNaN(date.getTime())) return String(value)
  return date.toLocaleDateString('en-GB', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' })
}
