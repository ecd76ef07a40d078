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

export const SCORE_MEASURES = [
  { key: 'sectorCoverage', label: 'Sector coverage', format: formatPercent, higherIsBetter: true },
  { key: 'sameOrganisationPairs', label: 'Same-organisation pairs', format: formatCount, higherIsBetter: false },
  { key: 'repeatedPairs', label: 'Repeated pairs', format: formatCount, higherIsBetter: false },
  { key: 'newCrossSectorPairs', label: 'New cross-sector pairs', format: formatCount, higherIsBetter: true },
]

function verdict(value, random, higherIsBetter) {
  if (value === null || value === undefined || random === null || random === undefined) return 'unknown'
  const a = Number(value)
  const b = Number(random)
  if (Math.abs(a - b) < 1e-9) return 'same'
  return (a > b) === higherIsBetter ? 'better' : 'worse'
}

const VERDICT_WORDS = { better: 'better than random', worse: 'worse than random', same: 'same as random', unknown: '' }

/**
 * [{key, label, value, random, text: "Sector coverage 95% vs 71% random", verdict, verdictText}]
 */
export function scoreRows(score) {
  if (!score) return []
  const random = score.random ?? {}
  return SCORE_MEASURES.map(({ key, label, format, higherIsBetter }) => {
    const value = format(score[key])
    const randomValue = format(random[key])
    const outcome = verdict(score[key], random[key], higherIsBetter)
    return {
      key,
      label,
      value,
      random: randomValue,
      text: `${label} ${value} vs ${randomValue} random`,
      verdict: outcome,
      verdictText: VERDICT_WORDS[outcome],
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
    groups: groups.map((group) => (group.number === toGroup ? { ...group, delegates: [...group.delegates, moving] } : group)),
  }
}
