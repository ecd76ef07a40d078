// How a breakout allocation's score is put into words: each measure beside what a random split gives.

const numberFormat = new Intl.NumberFormat('en-GB', { maximumFractionDigits: 1 })

/** 0.954 → "95%" */
export function formatPercent(value) {
  if (value === null || value === undefined || Number.isNaN(Number(value))) return '—'
  return `${Math.round(Number(value) * 100)}%`
}

/** 3 → "3", 2.45 → "2.5" */
export function formatCount(value) {
  if (value === null || value === undefined || Number.isNaN(Number(value))) return '—'
  return numberFormat.format(Number(value))
}

/**
 * tolerance: how close to a random split still counts as "about the same" — 2 percentage points for
 * coverage; half a pair for the counts (which are shown to one decimal and are means of random splits).
 */
export const SCORE_MEASURES = [
  { key: 'sectorCoverage', label: 'Sector coverage', format: formatPercent, higherIsBetter: true, tolerance: 0.02 },
  {
    key: 'sameOrganisationPairs',
    label: 'Same-organisation pairs',
    format: formatCount,
    higherIsBetter: false,
    tolerance: 0.5,
  },
  { key: 'repeatedPairs', label: 'Repeated pairs', format: formatCount, higherIsBetter: false, tolerance: 0.5 },
  {
    key: 'newCrossSectorPairs',
    label: 'New cross-sector pairs',
    format: formatCount,
    higherIsBetter: true,
    tolerance: 0.5,
  },
]

const known = (value) => value !== null && value !== undefined && !Number.isNaN(Number(value))

function verdict(value, random, { higherIsBetter, tolerance }) {
  if (!known(value) || !known(random)) return 'unknown'
  const difference = Number(value) - Number(random)
  if (Math.abs(difference) <= tolerance + 1e-9) return 'same'
  return difference > 0 === higherIsBetter ? 'better' : 'worse'
}

const COMPARISONS = { better: 'better than', worse: 'worse than', same: 'about the same as' }

/**
 * [{key, label, value, random, verdict, verdictText, text}], e.g. text "Sector coverage: 95%, better than a
 * random split (71%)" or "Sector coverage: 83%, about the same as a random split (82%)".
 */
export function scoreRows(score) {
  if (!score) return []
  const random = score.random ?? {}
  return SCORE_MEASURES.map((measure) => {
    const { key, label, format } = measure
    const value = format(score[key])
    const randomValue = format(random[key])
    const outcome = verdict(score[key], random[key], measure)
    const verdictText = outcome === 'unknown' ? '' : `${COMPARISONS[outcome]} a random split`
    return {
      key,
      label,
      value,
      random: randomValue,
      verdict: outcome,
      verdictText,
      text: verdictText ? `${label}: ${value}, ${verdictText} (${randomValue})` : `${label}: ${value}`,
    }
  })
}

/** The group a delegate is in, or null. */
export function groupOf(allocation, delegateId) {
  for (const group of allocation?.groups ?? []) {
    if (group.delegates.some((d) => String(d.id) === String(delegateId))) return group.number
  }
  return null
}

/** The allocation with one delegate moved (for showing the move at once, before the server answers). */
export function withDelegateMoved(allocation, delegateId, toGroup) {
  if (!allocation) return allocation
  let moving = null
  const groups = allocation.groups.map((group) => {
    const kept = group.delegates.filter((d) => {
      if (String(d.id) !== String(delegateId)) return true
      moving = d
      return false
    })
    return { ...group, delegates: kept }
  })
  if (!moving) return allocation
  return {
    ...allocation,
    groups: groups.map((group) =>
      group.number === toGroup ? { ...group, delegates: [...group.delegates, moving] } : group,
    ),
  }
}
