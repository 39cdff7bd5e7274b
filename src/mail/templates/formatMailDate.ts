import { formatDate, formatDateTimeBare } from '@/i18n/formatDateTime'
import { type Lang } from '@/i18n/lang'

// Mail says "(giờ Việt Nam)" once beside a time, so the time itself is the bare one shape.

/** "29/11/2026" in Viet Nam time, in either language. */
export const formatMailDay = (date: Date, _locale: Lang): string => formatDate(date)

/** "29/11/2026 00:30" in Viet Nam time, in either language. */
export const formatMailDateTime = (date: Date, _locale: Lang): string => formatDateTimeBare(date)

/** The same for an ISO string that may be missing or malformed: undefined instead of a throw. */
export const formatIsoDateTime = (iso: string | undefined, locale: Lang): string | undefined => {
  if (!iso) return undefined
  const date = new Date(iso)
  return Number.isNaN(date.getTime()) ? undefined : formatMailDateTime(date, locale)
}
