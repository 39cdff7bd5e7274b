import type { AppError } from '@/platform/errors/appError'
import { escapeHtml } from '@/platform/html/escapeHtml'
import { sitePageNoticeResponse } from '@/platform/pages/sitePageNotice'

import type { Lang } from './lang'
import { errorTitleMessages } from './messages/errors'
import { sitePageMessages } from './messages/sitePages'
import { sitePath } from './siteCopy'

/**
 * The error as a page a person reads, in their language and in the site's layout: the
 * title its code has, the message it was thrown with, and a way home. Same status and
 * headers as its JSON body.
 */
export function errorPageResponse(error: AppError, lang: Lang): Response {
  const title = errorTitleMessages[lang][error.code]
  const bodyHtml = `<p>${escapeHtml(error.messageIn(lang))}</p><p><a href="${sitePath(lang, '/')}">${escapeHtml(sitePageMessages[lang].goHome)}</a></p>`
  const plainHtml = `<!doctype html><html lang="${lang}"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><meta name="robots" content="noindex"><title>${escapeHtml(title)}</title></head><body><main><h1>${escapeHtml(title)}</h1>${bodyHtml}</main></body></html>`
  const headers = { 'Content-Type': 'text/html; charset=utf-8', 'Cache-Control': 'no-store', 'X-Robots-Tag': 'noindex', ...error.headers }
  return sitePageNoticeResponse(error.status, { lang, title, bodyHtml }, headers, plainHtml)
}
