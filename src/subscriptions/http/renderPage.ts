import { createElement, type ReactElement } from 'react'

import { NoticeMessage, type NoticeLink } from '@/platform/pages/NoticeParts'
import { sitePageNoticeResponse } from '@/platform/pages/sitePageNotice'
import { PAGE_COPY } from './pageCopy'
import { type Lang } from '@/i18n/lang'

/**
 * The page headers: never cached (each page is about one person), no referrer (the URL
 * holds their token), no scripts, no framing, forms only back to this site. Styles and the
 * logo come from the site itself.
 */
export const PAGE_HEADERS: Record<string, string> = {
  'Cache-Control': 'no-store',
  'Referrer-Policy': 'no-referrer',
  'X-Content-Type-Options': 'nosniff',
  'X-Frame-Options': 'DENY',
  'Content-Security-Policy':
    "default-src 'none'; style-src 'self' 'unsafe-inline'; img-src 'self'; form-action 'self'; base-uri 'none'; frame-ancestors 'none'",
  'X-Robots-Tag': 'noindex, nofollow',
}

/** A subscription page in the site's layout, with its navigation. */
export function htmlResponse(status: number, page: { locale: Lang; title: string; body: ReactElement }): Response {
  return sitePageNoticeResponse(status, { lang: page.locale, title: page.title, body: page.body }, PAGE_HEADERS)
}

/** A page with a heading and one paragraph of text, and maybe a way onwards: the answer to most outcomes. */
export const messagePage = (status: number, locale: Lang, message: { title: string; body: string }, links?: NoticeLink[]): Response =>
  htmlResponse(status, { locale, title: message.title, body: createElement(NoticeMessage, { text: message.body, links }) })

export const invalidLinkPage = (locale: Lang): Response => messagePage(400, locale, PAGE_COPY[locale].invalidLink)

/** A fault on our side becomes a plain 500 page; the detail goes to the log only. */
export async function withPageErrors(locale: Lang, work: () => Promise<Response>, log: (error: unknown) => void): Promise<Response> {
  try {
    return await work()
  } catch (error) {
    log(error)
    return messagePage(500, locale, PAGE_COPY[locale].serverError)
  }
}

/** The link of a subscription page for this token, relative to the site. */
export const pagePath = (page: 'manage' | 'unsubscribe' | 'confirm', token: string): string => `/subscriptions/${page}?token=${encodeURIComponent(token)}`
