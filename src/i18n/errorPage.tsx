import React from 'react'

import type { AppError } from '@/platform/errors/appError'
import { NoticeMessage } from '@/platform/pages/NoticeParts'
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
  const body = <NoticeMessage text={error.messageIn(lang)} links={[{ href: sitePath(lang, '/'), label: sitePageMessages[lang].goHome }]} />
  const headers = { 'Cache-Control': 'no-store', 'X-Robots-Tag': 'noindex', ...error.headers }
  return sitePageNoticeResponse(error.status, { lang, title, body }, headers)
}
