import { vietnamToday } from './parseProgrammeQuery'

const VN_OFFSET_MS = 7 * 3600_000

/** A YYYY-MM-DD day written as the admin writes dates: dd/MM/yyyy. */
export function toDisplayDay(isoDay: string): string {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(isoDay)
  return match ? `${match[3]}/${match[2]}/${match[1]}` : isoDay
}

/**
 * A day typed in the admin (dd/MM/yyyy; d/M/yyyy is forgiven) as YYYY-MM-DD, the form the
 * dashboard query reads. A YYYY-MM-DD day passes through, so links in either form work.
 * Null for anything else; the query parser checks that the day exists.
 */
export function fromDisplayDay(text: string): string | null {
  const value = text.trim()
  if (/^\d{4}-\d{2}-\d{2}$/.test(value)) return value
  const match = /^(\d{1,2})\/(\d{1,2})\/(\d{4})$/.exec(value)
  if (!match) return null
  return `${match[3]}-${match[2]!.padStart(2, '0')}-${match[1]!.padStart(2, '0')}`
}

/**
 * The period a programme year's dashboard opens on: 1 January to today while the year runs,
 * the whole year once it is over (or before it starts), as YYYY-MM-DD Viet Nam days.
 */
export function programmeYearToDate(year: number, now: Date): { from: string; to: string } {
  const today = new Date(vietnamToday(now).getTime() + VN_OFFSET_MS).toISOString().slice(0, 10)
  const from = `${year}-01-01`
  const end = `${year}-12-31`
  return { from, to: today >= from && today < end ? today : end }
}

/** The year to open the dashboard on: the one asked for if it has tasks, else the latest year that has tasks. */
export function chooseProgrammeYear(yearsWithTasks: number[], asked: string | undefined): number | null {
  const years = [...yearsWithTasks].sort((a, b) => b - a)
  const wanted = asked && /^\d{4}$/.test(asked) ? Number(asked) : null
  if (wanted !== null && years.includes(wanted)) return wanted
  return years[0] ?? null
}
