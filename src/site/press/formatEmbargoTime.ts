import type { SiteLanguage } from '@/i18n/siteCopy'
import { formatDateTime } from '../../i18n/formatDateTime'

/** An embargo's end as the banner shows it, in Viet Nam time whatever the reader's clock. */
export const formatEmbargoTime = (iso: string, lang: SiteLanguage): string => formatDateTime(iso, lang)

export const isUnderEmbargo = (iso: string | null | undefined, now: Date = new Date()): iso is string =>
  Boolean(iso) && new Date(iso!).getTime() > now.getTime()
