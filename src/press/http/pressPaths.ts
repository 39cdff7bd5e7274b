import { siteUrl } from '@/config/siteUrl'
import { sitePath } from '@/i18n/siteCopy'
import { type Lang } from '@/i18n/lang'

export type PressPage = '' | '/accreditation' | '/accreditation/submit' | '/sign-in' | '/sign-in/request' | '/sign-in/verify' | '/sign-out'

/** A press room path in a language: `/press/…` in Vietnamese, `/en/press/…` in English. */
export const pressPath = (lang: Lang, page: PressPage = ''): string => sitePath(lang, `/press${page}`)

/** The same as an absolute URL on SITE_URL, for mails. */
export const pressUrl = (lang: Lang, page: PressPage = ''): string => `${siteUrl()}${pressPath(lang, page)}`
