import { formatDateTimeBare } from './formatDateTime'

// A browser's own date inputs (type="date", "datetime-local") follow the browser's locale:
// an editor on an American browser sees mm/dd and AM/PM. The admin's fields are plain text,
// typed as the newsroom writes dates, and read back here.

/** Whether the calendar has this day: no 31 February, no month 13. */
function dayExists(year: number, month: number, day: number): boolean {
  const date = new Date(0)
  // setUTCFullYear, not Date.UTC: Date.UTC reads the years 0 to 99 as 1900 to 1999.
  date.setUTCFullYear(year, month - 1, day)
  return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day
}

/** A YYYY-MM-DD day written as the admin writes dates: dd/MM/yyyy. */
export function toDisplayDay(isoDay: string): string {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(isoDay)
  return match ? `${match[3]}/${match[2]}/${match[1]}` : isoDay
}

/**
 * A day typed in the admin (dd/MM/yyyy; d/M/yyyy is forgiven) as YYYY-MM-DD. A YYYY-MM-DD
 * day passes through, so links in either form work. Null for anything else, and for a day
 * the calendar does not have (31/02/2021), which would otherwise roll over into March.
 */
export function fromDisplayDay(text: string): string | null {
  const value = text.trim()
  const iso = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value)
  const typed = /^(\d{1,2})\/(\d{1,2})\/(\d{4})$/.exec(value)
  const [year, month, day] = iso ? [iso[1], iso[2], iso[3]] : typed ? [typed[3], typed[2], typed[1]] : []
  if (!year || !month || !day || !dayExists(Number(year), Number(month), Number(day))) return null
  return `${year}-${month.padStart(2, '0')}-${day.padStart(2, '0')}`
}

/** An instant as the admin writes it for typing: "25/12/2021 14:30", in Viet Nam time; empty for no value. */
export function toDisplayDateTime(value: Date | string | null | undefined): string {
  return value ? formatDateTimeBare(value) : ''
}

/**
 * A moment typed in the admin as dd/MM/yyyy HH:mm, 24-hour, in Viet Nam time (d/M/yyyy H:mm
 * is forgiven), as a UTC ISO instant. Null for anything else: a day without its time, an
 * AM/PM time, 24:00, or a day the calendar does not have.
 */
export function fromDisplayDateTime(text: string): string | null {
  const match = /^(\S+)\s+(\d{1,2}):(\d{2})$/.exec(text.trim())
  if (!match) return null
  const day = fromDisplayDay(match[1]!)
  const hour = Number(match[2])
  const minute = Number(match[3])
  if (!day || hour > 23 || minute > 59) return null
  // Viet Nam keeps UTC+7 all year: no daylight saving to account for.
  return new Date(`${day}T${String(hour).padStart(2, '0')}:${match[3]}:00+07:00`).toISOString()
}
