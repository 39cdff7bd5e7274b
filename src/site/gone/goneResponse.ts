import { createElement } from 'react'

import type { Lang } from '@/i18n/lang'
import { withdrawalMessages } from '@/i18n/messages/withdrawal'
import { sitePageNoticeResponse } from '@/platform/pages/sitePageNotice'
import type { Withdrawal } from './findRetiredItem'
import { WithdrawalNotice } from './WithdrawalNotice'

/** The short notice a withdrawn item answers with: 410 Gone, not indexed, not cached for long. */
export function goneResponse(lang: Lang, withdrawal?: Withdrawal): Response {
  const headers = { 'Cache-Control': 'public, max-age=60', 'X-Robots-Tag': 'noindex' }
  const body = createElement(WithdrawalNotice, { lang, withdrawal })
  return sitePageNoticeResponse(410, { lang, title: withdrawalMessages[lang].title, body }, headers)
}
