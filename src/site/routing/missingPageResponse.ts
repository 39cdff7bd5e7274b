import { createElement } from 'react'

import type { Lang } from '@/i18n/lang'
import { sitePageMessages } from '@/i18n/messages/sitePages'
import { sitePath } from '@/i18n/siteCopy'
import { NoticeMessage } from '@/platform/pages/NoticeParts'
import { sitePageNoticeResponse } from '@/platform/pages/sitePageNotice'

/**
 * The site's 404 page for an address no page has, answered by the proxy: in the site's
 * layout, in the language of the path, with a way home and to search. Rendered on the
 * server, so it reads the same without JavaScript.
 */
export function missingPageResponse(lang: Lang): Response {
  const words = sitePageMessages[lang]
  const links = [
    { href: sitePath(lang, '/'), label: words.goHome },
    { href: sitePath(lang, '/search'), label: words.trySearch },
  ]
  const headers = { 'Cache-Control': 'public, max-age=60', 'X-Robots-Tag': 'noindex' }
  return sitePageNoticeResponse(404, { lang, title: words.missingTitle, body: createElement(NoticeMessage, { text: words.missingBody, links }) }, headers)
}
