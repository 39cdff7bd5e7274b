import { siteUrl } from '../../config/siteUrl'
import { sitePath, type SiteLanguage } from '@/i18n/siteCopy'

export type PressPage = '' | '/accreditation' | '/accreditation/submit' | '/sign-in' | '/sign-in/request' | '/sign-in/verify' | '/sign-out'

/** A press room path in a language: `/press/…` in Vietnamese, `/en/press/…` in English. */
export const pressPath = (lang: SiteLanguage, page: PressPage = ''): string => sitePath(lang, `/press${page}`)

/** The same as an absolute URL on SITE_URL, for mails. */
export const pressUrl = (lang: SiteLanguage, page: PressPage = ''): string => `${siteUrl()}${pressPath(lang, page)}`
