import { escapeHtml } from '@/platform/html/escapeHtml'
import { htmlButton, htmlCopyLink, htmlHeading, htmlMultiline, htmlParagraph, renderLayout, renderTextLayout } from '@/mail/templates/layout'
import { safeHttpUrl } from '@/mail/templates/safeHttpUrl'
import { singleLine } from '@/mail/templates/singleLine'
import type { RenderedMail } from '@/mail/templates/types'
import { type Lang } from '@/i18n/lang'

export type PressMailContent = {
  locale: Lang
  subject: string
  /** Plain paragraphs, escaped here; line breaks inside one are kept. */
  paragraphs: string[]
  /** A quoted block of someone's own words (a refusal's reason), shown as written. */
  quote?: string
  button?: { url: string; label: string }
  /** Small print after the button. */
  note?: string
  siteUrl?: string
}

/**
 * The press room's transactional mails (accreditation and sign-in), in the programme's mail
 * layout: a text part and an HTML part with the same content and links. Every value is
 * escaped and the subject is one line, so no name or reason can add markup or headers.
 */
export function renderPressMail({ locale, subject, paragraphs, quote, button, note, siteUrl }: PressMailContent): RenderedMail {
  const url = safeHttpUrl(button?.url)
  const html = renderLayout({
    locale,
    title: subject,
    preheader: paragraphs[0] ?? subject,
    siteUrl,
    bodyHtml: [
      htmlHeading(escapeHtml(singleLine(subject)), 1),
      ...paragraphs.map((paragraph) => htmlParagraph(htmlMultiline(paragraph))),
      quote ? `<blockquote style="margin:0 0 16px;padding:8px 16px;border-left:4px solid #d9dee5;">${htmlParagraph(htmlMultiline(quote))}</blockquote>` : '',
      url && button ? htmlButton(url, button.label) : '',
      note ? htmlParagraph(escapeHtml(note), { muted: true }) : '',
      url ? htmlCopyLink(locale, url) : '',
    ]
      .filter(Boolean)
      .join('\n'),
  })
  const text = renderTextLayout({
    locale,
    siteUrl,
    lines: [
      ...paragraphs.flatMap((paragraph) => [paragraph, '']),
      ...(quote
        ? [
            ...quote
              .trim()
              .split(/\r\n|\r|\n/)
              .map((line) => `> ${line}`),
            '',
          ]
        : []),
      ...(url && button ? [`${button.label}:`, url, ''] : []),
      ...(note ? [note] : []),
    ],
  })
  return { subject: singleLine(subject), text, html }
}
