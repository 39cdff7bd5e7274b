import { formatDateTime } from '@/i18n/formatDateTime'
import { escapeHtml } from '@/platform/html/escapeHtml'
import { sitePageNoticeResponse } from '@/platform/pages/sitePageNotice'
import type { Withdrawal } from './findRetiredItem'

const COPY = {
  vi: {
    title: 'Nội dung đã được gỡ bỏ',
    body: 'Nội dung này đã được gỡ bỏ và không còn được phát hành.',
    item: 'Nội dung',
    at: 'Thời điểm gỡ bỏ',
    reason: 'Lý do',
    home: 'Về trang chủ',
    lang: 'vi',
    homePath: '/',
  },
  en: {
    title: 'This content was withdrawn',
    body: 'This content has been withdrawn and is no longer published.',
    item: 'Item',
    at: 'Withdrawn at',
    reason: 'Reason',
    home: 'Go to the home page',
    lang: 'en',
    homePath: '/en',
  },
} as const

/**
 * What a reader is told of a withdrawn item: its title (it was public), when it was taken
 * down (dd/MM/yyyy HH:mm, Viet Nam time) and the reason the reviewer gave, which is public
 * by design. Nothing else of the item.
 */
function withdrawalHtml(lang: 'vi' | 'en', withdrawal: Withdrawal | undefined): string {
  if (!withdrawal) return ''
  const copy = COPY[lang]
  const rows = [
    withdrawal.title ? `<dt>${copy.item}</dt><dd>${escapeHtml(withdrawal.title)}</dd>` : '',
    withdrawal.withdrawnAt
      ? `<dt>${copy.at}</dt><dd><time datetime="${escapeHtml(withdrawal.withdrawnAt)}">${escapeHtml(formatDateTime(withdrawal.withdrawnAt, lang))}</time></dd>`
      : '',
    withdrawal.reason ? `<dt>${copy.reason}</dt><dd>${escapeHtml(withdrawal.reason).replace(/\r?\n/g, '<br>')}</dd>` : '',
  ].filter(Boolean)
  return rows.length ? `<dl>${rows.join('')}</dl>` : ''
}

/** The short notice a withdrawn item answers with: 410 Gone, not indexed, not cached for long. */
export function goneResponse(lang: 'vi' | 'en', withdrawal?: Withdrawal): Response {
  const copy = COPY[lang]
  const bodyHtml = `<p>${copy.body}</p>${withdrawalHtml(lang, withdrawal)}<p><a href="${copy.homePath}">${copy.home}</a></p>`
  const html = `<!doctype html><html lang="${copy.lang}"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><meta name="robots" content="noindex"><title>${copy.title}</title><style>body{font:1.0625rem/1.6 system-ui,sans-serif;color:#1a1a1a;max-width:40rem;margin:3rem auto;padding:0 1rem}a{color:#0b4f8a}dt{font-weight:600;margin-top:.6rem}dd{margin:0}</style></head><body><main><h1>${copy.title}</h1>${bodyHtml}</main></body></html>`
  const headers = { 'Content-Type': 'text/html; charset=utf-8', 'Cache-Control': 'public, max-age=60', 'X-Robots-Tag': 'noindex' }
  // In the site's layout with its navigation; the plain page where no site server runs.
  return sitePageNoticeResponse(410, { lang, title: copy.title, bodyHtml }, headers, html)
}
