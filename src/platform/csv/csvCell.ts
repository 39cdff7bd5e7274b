// A cell starting with one of these is run as a formula by spreadsheet programs (a tab or a
// carriage return too, once the program trims it away).
const FORMULA_START = /^[=+\-@\t\r]/

/** One RFC 4180 CSV cell: always quoted, quotes doubled, and a would-be formula kept as text with a leading '. */
export function csvCell(value: unknown): string {
  const text = value === null || value === undefined ? '' : typeof value === 'object' ? JSON.stringify(value) : String(value)
  const safe = FORMULA_START.test(text) ? `'${text}` : text
  return `"${safe.replace(/"/g, '""')}"`
}
