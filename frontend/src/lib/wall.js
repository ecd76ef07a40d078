// The projector wall in pages: how many notes fit on the screen at once, which ones a page shows,
// and how many lines of a note fit in its card. Pure arithmetic; the page measures and renders.

/** How long a page of the wall stays before the next one: long enough to read it from the back of the room. */
export const ROTATE_MS = 12_000

export const MAX_COLUMNS = 6
export const MAX_ROWS = 6
export const MAX_LINES = 12

const positive = (n) => (Number.isFinite(n) && n > 0 ? n : 0)

/**
 * The grid of one page: as many columns of at least minCardWidth and rows of at least
 * minCardHeight (with `gap` between them) as width × height holds; at least one of each, at most
 * MAX_COLUMNS × MAX_ROWS. Answers {columns, rows, perPage}.
 */
export function wallGrid({ width, height, minCardWidth, minCardHeight, gap = 0 }) {
  const space = positive(gap)
  const fit = (room, min, most) => {
    if (!positive(room) || !positive(min)) return 1
    return Math.min(most, Math.max(1, Math.floor((room + space) / (min + space))))
  }
  const columns = fit(width, minCardWidth, MAX_COLUMNS)
  const rows = fit(height, minCardHeight, MAX_ROWS)
  return { columns, rows, perPage: columns * rows }
}

/** How many pages `total` notes take, `perPage` at a time (one page when there are none). */
export function pageCount(total, perPage) {
  return Math.max(1, Math.ceil(Math.max(0, total) / Math.max(1, perPage)))
}

/** A page number (0-based) that exists: a wall that shrank shows its last page. */
export function clampPage(page, count) {
  if (!Number.isInteger(page) || page < 0) return 0
  return Math.min(page, Math.max(0, count - 1))
}

/** The notes on page `page` (0-based). */
export function pageOf(items, page, perPage) {
  const size = Math.max(1, perPage)
  const at = clampPage(page, pageCount(items.length, size))
  return items.slice(at * size, (at + 1) * size)
}

/** The page after this one, back to the first after the last. */
export function nextPage(page, count) {
  return count > 0 ? (clampPage(page, count) + 1) % count : 0
}

/** The page before this one, round to the last from the first. */
export function previousPage(page, count) {
  return count > 0 ? (clampPage(page, count) - 1 + count) % count : 0
}

/** Whole lines of text of lineHeight that fit in `available` px: 1 to MAX_LINES, or null when unknown. */
export function linesThatFit(available, lineHeight) {
  if (!positive(lineHeight) || !Number.isFinite(available)) return null
  return Math.min(MAX_LINES, Math.max(1, Math.floor(available / lineHeight)))
}
