import { createElement } from 'react'

import { messagesIn } from '@/i18n/defineMessages'
import type { Lang } from '@/i18n/lang'
import { previewMessages } from '@/i18n/messages/preview'
import { sitePageMessages } from '@/i18n/messages/sitePages'
import { sitePath } from '@/i18n/siteCopy'
import { NoticeMessage } from '@/platform/pages/NoticeParts'
import { sitePageNoticeResponse } from '@/platform/pages/sitePageNotice'
import { previewLinkState } from '@/preview/previewLinkState'
import type { previewRouteOf } from '@/preview/previewPaths'
import { proxyPool } from '../cache/contentEpoch'

/**
 * Every preview answer, the page and its notices alike: kept by no cache, shared or
 * private, and indexed by no search engine.
 */
export const PREVIEW_HEADERS = { 'Cache-Control': 'private, no-store', 'X-Robots-Tag': 'noindex' } as const

function previewNotice(status: 404 | 410, lang: Lang, title: string, text: string): Response {
  const body = createElement(NoticeMessage, { text, links: [{ href: sitePath(lang, '/'), label: sitePageMessages[lang].goHome }] })
  return sitePageNoticeResponse(status, { lang, title, body }, PREVIEW_HEADERS)
}

/**
 * Asked by the proxy for a preview path before the page renders: a shared link with an
 * unknown (forged, mistyped) token answers the 404 page, an expired or revoked one 410 Gone
 * saying which, both in the site's layout; so does a staff preview asked for without a
 * staff session cookie or Authorization header (`signedIn`). Null lets the page render: a
 * staff preview with credentials (the page checks the session itself) or a usable link.
 * If the database cannot be asked here, the page decides alone, and shows nothing for a
 * link that is not usable.
 */
export async function answerPreviewPath(
  preview: NonNullable<ReturnType<typeof previewRouteOf>>,
  lang: Lang,
  signedIn: boolean,
  now: Date = new Date(),
): Promise<Response | null> {
  if (preview.kind !== 'link') return signedIn ? null : previewNotice(404, lang, sitePageMessages[lang].missingTitle, sitePageMessages[lang].missingBody)
  const pool = proxyPool()
  if (!pool) return null
  const words = messagesIn(previewMessages, lang)
  let found: Awaited<ReturnType<typeof previewLinkState>>
  try {
    found = await previewLinkState(pool, preview.token, now)
  } catch {
    return null
  }
  if (found.state === 'unknown') return previewNotice(404, lang, sitePageMessages[lang].missingTitle, sitePageMessages[lang].missingBody)
  if (found.state === 'revoked') return previewNotice(410, lang, words.revokedTitle, words.revokedBody)
  if (found.state === 'expired') return previewNotice(410, lang, words.expiredTitle, words.expiredBody)
  return null
}
