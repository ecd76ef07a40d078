// The one way the SPA writes CSV. Every cell is quoted, and a cell a spreadsheet would run as a formula
// (starting with =, +, -, @, a tab or a carriage return) gets a leading apostrophe, so it is shown as
// text (OWASP's advice against CSV injection). Lines end with CRLF (RFC 4180).

const FORMULA_START = /^[=+\-@\t\r]/

/** One cell, quoted, with a formula made inert. */
export function csvCell(value) {
  let text = String(value ?? '')
  if (FORMULA_START.test(text)) text = `'${text}`
  return `"${text.replace(/"/g, '""')}"`
}

/** A whole file: the header's names, then each row's cells in the same order. */
export function toCsv(header, rows) {
  return [header, ...rows].map((cells) => cells.map(csvCell).join(',')).join('\r\n') + '\r\n'
}
