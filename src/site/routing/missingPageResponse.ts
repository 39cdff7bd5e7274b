import { escapeHtml } from '@/platform/html/escapeHtml'
import type { Lang } from '@/i18n/lang'
import { sitePageMessages } from '@/i18n/messages/sitePages'
import { sitePageNoticeResponse } from '@/platform/pages/sitePageNotice'

import { sitePath } from '@/i18n/siteCopy'

/**
 * The site's 404 page for an address no page has, answered by the proxy: in the site's
 * layout, in the language of the path, with a way home and to search. Rendered on the
 * server, so it reads the same without JavaScript.
 */
export function missingPageResponse(lang: Lang): Response {
  const words = sitePageMessages[lang]
  const links = `<ul><li><a href="${sitePath(lang, '/')}">${escapeHtml(words.goHome)}</a></li><li><a href="${sitePath(lang, '/search')}">${escapeHtml(words.trySearch)}</a></li></ul>`
  const bodyHtml = `<p>${escapeHtml(words.missingBody)}</p>${links}`
  const plainHtml = `<!doctype html><html lang="${lang}"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><meta name="robots" content="noindex"><title>${escapeHtml(words.missingTitle)}</title></head><body><main><h1>${escapeHtml(words.missingTitle)}</h1>${bodyHtml}</main></body></html>`
  const headers = { 'Content-Type': 'text/html; charset=utf-8', 'Cache-Control': 'public, max-age=60', 'X-Robots-Tag': 'noindex' }
  return sitePageNoticeResponse(404, { lang, title: words.missingTitle, bodyHtml }, headers, plainHtml)
}
