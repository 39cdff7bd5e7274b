import { vietnamToday } from './parseProgrammeQuery'

const VN_OFFSET_MS = 7 * 3600_000

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
