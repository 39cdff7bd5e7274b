import { csvCell } from '@/platform/csv/csvCell'
import type { YearReport } from './buildYearReport'
import { appendixTables } from './appendixTables'

/** The report's figures as CSV: one block per appendix table, a UTF-8 BOM for spreadsheet programs. */
export function renderReportCsv(report: YearReport): string {
  const lines: string[] = []
  for (const table of appendixTables(report)) {
    lines.push(csvCell(table.title))
    lines.push(table.head.map(csvCell).join(','))
    for (const row of table.rows) lines.push(row.map(csvCell).join(','))
    lines.push('')
  }
  return `\uFEFF${lines.join('\r\n')}`
}
