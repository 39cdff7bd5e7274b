import { escapeHtml } from '@/platform/html/escapeHtml'
import { labelsFor, resolveLocale } from './labels'
import { htmlButton, htmlParagraph, renderLayout, renderTextLayout } from './layout'
import { renderItemHtml, renderItemText } from './renderItemBlock'
import { safeHttpUrl } from './safeHttpUrl'
import { singleLine } from './singleLine'
import type { MailItem, MailLinks, RenderedMail } from './types'
import { type Lang } from '@/i18n/lang'

export type AlertMailOptions = { locale: Lang; item: MailItem; links: MailLinks }

/** An immediate alert for one item, new or materially updated. */
export const renderAlertMail = ({ locale: requested, item, links }: AlertMailOptions): RenderedMail => {
  const locale = resolveLocale(requested)
  const copy = labelsFor(locale).alert
  const title = singleLine(item.title)
  const subject = singleLine(item.updated ? copy.subjectUpdated(title) : copy.subjectNew(title))
  const intro = copy.intro(item.type, item.updated)
  const url = safeHttpUrl(item.url)

  const html = renderLayout({
    locale,
    title: subject,
    preheader: item.summary?.trim() ? singleLine(item.summary) : intro,
    siteUrl: links.siteUrl,
    footer: links,
    bodyHtml: [
      htmlParagraph(escapeHtml(intro), { muted: true, small: true }),
      renderItemHtml(item, { locale, headingLevel: 1 }),
      htmlButton(url, copy.button),
    ].join('\n'),
  })

  const text = renderTextLayout({ locale, siteUrl: links.siteUrl, footer: links, lines: [intro, '', ...renderItemText(item, locale)] })

  return { subject, text, html }
}
