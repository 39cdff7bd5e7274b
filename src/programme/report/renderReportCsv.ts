import type { YearReport } from './buildYearReport'
import { appendixTables } from './appendixTables'

const field = (value: string) =>
  /[",\n\r]/.test(value) || /^[=+\-@]/.test(value) ? `"${(/^[=+\-@]/.test(value) ? `'${value}` : value).replaceAll('"', '""')}"` : value

/** The report's figures as CSV: one block per appendix table, a UTF-8 BOM for spreadsheet programs. */
export function renderReportCsv(report: YearReport): string {
  const lines: string[] = []
  for (const table of appendixTables(report)) {
    lines.push(field(table.title))
    lines.push(table.head.map(field).join(','))
    for (const row of table.rows) lines.push(row.map(field).join(','))
    lines.push('')
  }
  return `\uFEFF${lines.join('\r\n')}`
}
