import { NEWSROOM_TIMEZONE } from '../../config/timezones'
import type { SiteLanguage } from '../siteCopy'

/** An embargo's end as the banner shows it, in Viet Nam time whatever the reader's clock. */
export const formatEmbargoTime = (iso: string, lang: SiteLanguage): string =>
  `${new Intl.DateTimeFormat(lang === 'vi' ? 'vi-VN' : 'en-GB', { dateStyle: 'full', timeStyle: 'short', timeZone: NEWSROOM_TIMEZONE }).format(new Date(iso))} (${NEWSROOM_TIMEZONE})`

export const isUnderEmbargo = (iso: string | null | undefined, now: Date = new Date()): iso is string => Boolean(iso) && new Date(iso!).getTime() > now.getTime()
