import { inBothLanguages } from '@/i18n/defineMessages'
import { programmeMessages } from '@/i18n/messages/programme'
import { AppError } from '@/platform/errors/appError'

const VN_OFFSET_MS = 7 * 3600_000
const DAY_MS = 86_400_000

export type DashboardQuery = {
  /** First moment counted (a Viet Nam midnight). */
  from: Date
  /** First moment not counted (the Viet Nam midnight after the `to` day). */
  to: Date
  /** An institution code (AIS), or null for every institution. */
  institution: string | null
}

export const REPORT_FORMATS = ['html', 'pdf', 'docx', 'csv'] as const
export type ReportFormat = (typeof REPORT_FORMATS)[number]

const bad = (field: string, pick: Parameters<typeof inBothLanguages<(typeof programmeMessages)['vi']>>[1]) =>
  new AppError('invalid_parameter', inBothLanguages(programmeMessages, pick), { field })

/** A YYYY-MM-DD day read as the Viet Nam midnight that starts it. */
export function vietnamDayStart(value: string, field: string): Date {
  const match = /^([1-9]\d{3})-(\d{2})-(\d{2})$/.exec(value.trim())
  // Four digits from 1000: Date.UTC would read the years 0 to 99 as 1900 to 1999.
  const ms = match ? Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3])) : NaN
  const check = new Date(ms)
  if (!match || Number.isNaN(ms) || check.getUTCDate() !== Number(match[3]) || check.getUTCMonth() !== Number(match[2]) - 1) {
    throw bad(field, (m) => m.badDate(field))
  }
  return new Date(ms - VN_OFFSET_MS)
}

const INSTANT = /^(\d{4})-(\d{2})-(\d{2})T\d{2}:\d{2}(:\d{2}(\.\d{1,3})?)?(Z|[+-]\d{2}:\d{2})$/

/**
 * A moment given in a body: a YYYY-MM-DD day (its Viet Nam midnight) or an ISO 8601
 * instant with its offset. A day the calendar does not have (31 February) is refused
 * rather than moved on, as `Date.parse` would.
 */
export function parseDayOrInstant(value: unknown, field: string): Date {
  const text = typeof value === 'string' ? value.trim() : ''
  const instant = INSTANT.exec(text)
  if (!instant) return vietnamDayStart(text, field)
  vietnamDayStart(`${instant[1]}-${instant[2]}-${instant[3]}`, field)
  const ms = Date.parse(text)
  if (Number.isNaN(ms)) throw bad(field, (m) => m.badDate(field))
  return new Date(ms)
}

/** The Viet Nam midnight that starts the day holding `now`. */
export function vietnamToday(now: Date): Date {
  const local = now.getTime() + VN_OFFSET_MS
  return new Date(local - (local % DAY_MS) - VN_OFFSET_MS)
}

/**
 * `from`, `to` (YYYY-MM-DD, Viet Nam days, both included) and `institution` (a code). By
 * default the period is the programme year to date: 1 January of `now`'s year to today.
 */
export function parseDashboardQuery(params: URLSearchParams, now: Date, allowed: readonly string[] = ['from', 'to', 'institution', 'locale']): DashboardQuery {
  for (const name of params.keys()) {
    if (!allowed.includes(name)) throw bad(name, (m) => m.unknownParameter(name))
  }
  const today = vietnamToday(now)
  const yearOfToday = new Date(today.getTime() + VN_OFFSET_MS).getUTCFullYear()
  const fromText = params.get('from')
  const toText = params.get('to')
  const from = fromText ? vietnamDayStart(fromText, 'from') : new Date(Date.UTC(yearOfToday, 0, 1) - VN_OFFSET_MS)
  const to = toText ? new Date(vietnamDayStart(toText, 'to').getTime() + DAY_MS) : new Date(today.getTime() + DAY_MS)
  if (from.getTime() >= to.getTime()) throw bad(toText ? 'to' : 'from', (m) => m.badRange)
  const institutionText = params.get('institution')?.trim()
  if (institutionText !== undefined && !/^[A-Za-z0-9_-]{1,40}$/.test(institutionText)) throw bad('institution', (m) => m.badInstitution)
  return { from, to, institution: institutionText ? institutionText.toUpperCase() : null }
}

/** A programme year given in a query or a body. */
export function parseYear(value: unknown, field: string): number {
  const year = typeof value === 'number' ? value : typeof value === 'string' && /^\d{4}$/.test(value.trim()) ? Number(value) : NaN
  if (!Number.isInteger(year) || year < 2000 || year > 2100) throw bad(field, (m) => m.badYear)
  return year
}

/** `format` of the year-end report; html when left out. */
export function parseReportFormat(value: string | null): ReportFormat {
  if (value === null || value === '') return 'html'
  if ((REPORT_FORMATS as readonly string[]).includes(value)) return value as ReportFormat
  throw bad('format', (m) => m.badFormat)
}
