import { formatDateTime } from '@/i18n/formatDateTime'
import { type Lang } from '@/i18n/lang'

/** An embargo's end as the banner shows it, in Viet Nam time whatever the reader's clock. */
export const formatEmbargoTime = (iso: string, lang: Lang): string => formatDateTime(iso, lang)

export const isUnderEmbargo = (iso: string | null | undefined, now: Date = new Date()): iso is string =>
  Boolean(iso) && new Date(iso!).getTime() > now.getTime()
