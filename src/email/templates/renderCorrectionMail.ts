import { escapeHtml } from '../escapeHtml'
import { formatMailDateTime } from './formatMailDate'
import { labelsFor, resolveLocale } from './labels'
import { htmlHeading, htmlLink, htmlParagraph, renderLayout, renderTextLayout } from './layout'
import { safeHttpUrl } from './safeHttpUrl'
import { singleLine } from './singleLine'
import type { MailLinks, MailLocale, RenderedMail } from './types'

export type CorrectionMailOptions = {
  locale: MailLocale
  item: { title: string; url: string }
  withdrawnAt: Date
  links: MailLinks
}

/** Tells subscribers who were alerted to an item that it has been withdrawn. */
export const renderCorrectionMail = ({ locale: requested, item, withdrawnAt, links }: CorrectionMailOptions): RenderedMail => {
  const locale = resolveLocale(requested)
  const copy = labelsFor(locale).correction
  const title = singleLine(item.title)
  const subject = singleLine(copy.subject(title))
  const intro = copy.intro(formatMailDateTime(withdrawnAt, locale))
  const url = safeHttpUrl(item.url)

  const html = renderLayout({
    locale,
    title: subject,
    preheader: `${intro} ${copy.doNotUse}`,
    siteUrl: links.siteUrl,
    footer: links,
    bodyHtml: [
      htmlHeading(escapeHtml(copy.heading), 1),
      htmlParagraph(escapeHtml(intro)),
      htmlParagraph(`<strong>${htmlLink(url, escapeHtml(title))}</strong>`),
      htmlParagraph(`<strong>${escapeHtml(copy.doNotUse)}</strong>`),
      htmlParagraph(escapeHtml(copy.republished), { muted: true }),
    ].join('\n'),
  })

  const text = renderTextLayout({
    locale,
    siteUrl: links.siteUrl,
    footer: links,
    lines: [intro, '', title, ...(url ? [url] : []), '', copy.doNotUse, copy.republished],
  })

  return { subject, text, html }
}
