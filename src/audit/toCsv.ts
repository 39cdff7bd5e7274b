import { csvCell } from '@/platform/csv/csvCell'

/** RFC 4180 CSV: every field quoted, quotes doubled, CRLF line ends. */
export function toCsv(header: string[], rows: Array<Array<unknown>>): string {
  return [header, ...rows].map((row) => row.map(csvCell).join(',')).join('\r\n') + '\r\n'
}
