import { NEWSROOM_TIMEZONE } from '../config/timezones'
import type { Lang } from './lang'

// Built from parts, once: vi-VN would put the time before the date ("07:50 2/12/26"), and a
// reader of either language should see one shape, dd/MM/yyyy HH:mm, 24-hour. Building a
// formatter costs more than using it, and a digest formats dozens of dates.
const format = new Intl.DateTimeFormat('en-GB', {
  timeZone: NEWSROOM_TIMEZONE,
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
  hour: '2-digit',
  minute: '2-digit',
  hourCycle: 'h23',
})

type Parts = Record<'day' | 'month' | 'year' | 'hour' | 'minute', string>

function partsOf(value: Date | string): Parts | undefined {
  const date = value instanceof Date ? value : new Date(value)
  if (Number.isNaN(date.getTime())) return undefined
  const parts: Record<string, string> = {}
  for (const part of format.formatToParts(date)) parts[part.type] = part.value
  return parts as Parts
}

const ZONE_NAME: Record<Lang, string> = { vi: 'giờ Việt Nam', en: 'Viet Nam time' }

/** "02/12/2026" in Viet Nam time; an empty string for a value that is not a date. */
export function formatDate(value: Date | string): string {
  const parts = partsOf(value)
  return parts ? `${parts.day}/${parts.month}/${parts.year}` : ''
}

/** "02/12/2026 07:50" in Viet Nam time, for places that say the zone once (a table's header). */
export function formatDateTimeBare(value: Date | string): string {
  const parts = partsOf(value)
  return parts ? `${parts.day}/${parts.month}/${parts.year} ${parts.hour}:${parts.minute}` : ''
}

/** "02/12/2026 07:50 giờ Việt Nam" or "02/12/2026 07:50 Viet Nam time": the one way a time is shown. */
export function formatDateTime(value: Date | string, lang: Lang): string {
  const bare = formatDateTimeBare(value)
  return bare ? `${bare} ${ZONE_NAME[lang]}` : ''
}

/** The date pattern for Payload's admin date fields and pickers (date-fns tokens). */
export const ADMIN_DATE_FORMAT = 'dd/MM/yyyy HH:mm'
