import { formatDate, formatDateTimeBare } from './formatDateTime'

/** A date a row holds, and whether it is read with its time. */
export type RowDate = { name: string; time: boolean }

const MAX_LENGTH = 80

/**
 * The words a row holds, in field order: what an editor recognises it by. Dates are written
 * as the admin writes them (30/06/2021), not as stored (2021-06-29T17:00:00.000Z); ids,
 * numbers, relationships and nested rows are left out.
 */
function wordsOf(data: unknown, dates: readonly RowDate[]): string {
  if (!data || typeof data !== 'object') return ''
  const dateFields = new Map(dates.map((date) => [date.name, date]))
  const words = Object.entries(data as Record<string, unknown>)
    .filter((entry): entry is [string, string] => entry[0] !== 'id' && typeof entry[1] === 'string' && entry[1].trim() !== '')
    .map(([key, value]) => {
      const date = dateFields.get(key)
      if (!date) return value.trim()
      return (date.time ? formatDateTimeBare(value) : formatDate(value)) || value.trim()
    })
    .join(' · ')
  return words.length > MAX_LENGTH ? `${words.slice(0, MAX_LENGTH - 1)}…` : words
}

/** A row's title: its kind, its number from 1, and what it holds ("Mốc 1: Ký quyết định · 30/06/2021"). */
export function rowTitle(row: { kind: string; index: number; data: unknown; dates?: readonly RowDate[] }): string {
  const title = `${row.kind} ${row.index + 1}`
  const words = wordsOf(row.data, row.dates ?? [])
  return words ? `${title}: ${words}` : title
}
