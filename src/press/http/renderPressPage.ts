import { createElement, type ReactElement } from 'react'

import { NoticeMessage, type NoticeLink } from '@/platform/pages/NoticeParts'
import { sitePageNoticeResponse } from '@/platform/pages/sitePageNotice'
import { pressPath } from './pressPaths'
import { PRESS_PAGE_COPY } from './pressPageCopy'
import { type Lang } from '@/i18n/lang'

/**
 * Headers of these pages: never cached (they are about one person), no framing (the sign-in
 * button cannot be clickjacked), no scripts, forms only back to this site. The referrer is
 * kept to our own origin: the verify page's URL holds a token, and its form's post must
 * carry an Origin for the cross-site check, which "no-referrer" would turn into "null".
 */
const PAGE_HEADERS: Record<string, string> = {
  'Cache-Control': 'no-store',
  'Referrer-Policy': 'same-origin',
  'X-Content-Type-Options': 'nosniff',
  'X-Frame-Options': 'DENY',
  'Content-Security-Policy':
    "default-src 'none'; style-src 'self' 'unsafe-inline'; img-src 'self'; form-action 'self'; base-uri 'none'; frame-ancestors 'none'",
  'X-Robots-Tag': 'noindex, nofollow',
}

type Page = { lang: Lang; title: string; body: ReactElement; headers?: Record<string, string> }

/** A press-room page from a route handler, in the site's layout with its navigation. */
export function pressPageResponse(status: number, { lang, title, body, headers }: Page): Response {
  return sitePageNoticeResponse(status, { lang, title, body }, { ...PAGE_HEADERS, ...headers })
}

/** A page that says one thing and links onwards (by default back to the press room). */
export function pressMessagePage(
  status: number,
  lang: Lang,
  message: { title: string; body: string },
  link?: NoticeLink,
  headers?: Record<string, string>,
): Response {
  const onwards = link ?? { href: pressPath(lang), label: PRESS_PAGE_COPY[lang].back }
  return pressPageResponse(status, { lang, title: message.title, body: createElement(NoticeMessage, { text: message.body, links: [onwards] }), headers })
}
