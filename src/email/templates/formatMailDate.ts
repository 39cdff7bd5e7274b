import type { MailLocale } from './types'

const TIME_ZONE = 'Asia/Ho_Chi_Minh'

// Built from parts because vi-VN puts the time before the date ("00:30 29/11/2026"),
// and readers expect "29/11/2026 00:30".
// Formatters are built once: building one costs more than formatting with it, and a
// digest formats dozens of dates.
const formatters = new Map<string, Intl.DateTimeFormat>()

function formatterFor(locale: MailLocale, withTime: boolean): Intl.DateTimeFormat {
  const key = `${locale}:${withTime}`
  let format = formatters.get(key)
  if (!format) {
    format = new Intl.DateTimeFormat(locale === 'vi' ? 'vi-VN' : 'en-GB', {
      timeZone: TIME_ZONE,
      day: locale === 'vi' ? '2-digit' : 'numeric',
      month: locale === 'vi' ? '2-digit' : 'short',
      year: 'numeric',
      ...(withTime ? { hour: '2-digit', minute: '2-digit', hourCycle: 'h23' } : {}),
    } as Intl.DateTimeFormatOptions)
    formatters.set(key, format)
  }
  return format
}

const partsOf = (date: Date, locale: MailLocale, withTime: boolean): Record<string, string> => {
  const format = formatterFor(locale, withTime)
  const parts: Record<string, string> = {}
  for (const part of format.formatToParts(date)) parts[part.type] = part.value
  return parts
}

/** "29/11/2026" in vi, "29 Nov 2026" in en, both in Vietnam time. */
export const formatMailDay = (date: Date, locale: MailLocale): string => {
  const { day, month, year } = partsOf(date, locale, false)
  return locale === 'vi' ? `${day}/${month}/${year}` : `${day} ${month} ${year}`
}

/** "29/11/2026 00:30" in vi, "29 Nov 2026, 00:30" in en, both in Vietnam time. */
export const formatMailDateTime = (date: Date, locale: MailLocale): string => {
  const { day, month, year, hour, minute } = partsOf(date, locale, true)
  return locale === 'vi' ? `${day}/${month}/${year} ${hour}:${minute}` : `${day} ${month} ${year}, ${hour}:${minute}`
}

/** The same for an ISO string that may be missing or malformed: undefined instead of a throw. */
export const formatIsoDateTime = (iso: string | undefined, locale: MailLocale): string | undefined => {
  if (!iso) return undefined
  const date = new Date(iso)
  return Number.isNaN(date.getTime()) ? undefined : formatMailDateTime(date, locale)
}
