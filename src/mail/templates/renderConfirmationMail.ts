import { identityNow } from '@/content/settings/identityNow'
import { escapeHtml } from '@/platform/html/escapeHtml'
import { formatMailDateTime } from './formatMailDate'
import { labelsFor, resolveLocale } from './labels'
import { htmlButton, htmlCopyLink, htmlHeading, htmlParagraph, renderLayout, renderTextLayout } from './layout'
import { safeHttpUrl } from './safeHttpUrl'
import { singleLine } from './singleLine'
import type { RenderedMail } from './types'
import { type Lang } from '@/i18n/lang'

export type ConfirmationMailOptions = {
  locale: Lang
  name?: string
  confirmUrl: string
  expiresAt: Date
}

/**
 * The double opt-in mail. It has no unsubscribe footer: until the link is followed there
 * is no subscription to leave, and ignoring the mail is enough.
 */
export const renderConfirmationMail = (options: ConfirmationMailOptions): RenderedMail => {
  const locale = resolveLocale(options.locale)
  const labels = labelsFor(locale)
  const copy = labels.confirmation
  const name = options.name ? singleLine(options.name) : undefined
  const expires = copy.expires(formatMailDateTime(options.expiresAt, locale))
  const confirmUrl = safeHttpUrl(options.confirmUrl)

  const html = renderLayout({
    locale,
    title: copy.subject,
    preheader: `${copy.intro(identityNow(locale).programme)} ${expires}`,
    bodyHtml: [
      htmlHeading(escapeHtml(copy.subject), 1),
      htmlParagraph(escapeHtml(copy.greeting(name))),
      htmlParagraph(escapeHtml(copy.intro(identityNow(locale).programme))),
      htmlButton(confirmUrl, copy.button),
      htmlParagraph(escapeHtml(expires)),
      htmlParagraph(escapeHtml(copy.ignore), { muted: true }),
      htmlCopyLink(locale, confirmUrl),
    ].join('\n'),
  })

  const text = renderTextLayout({
    locale,
    lines: [
      copy.greeting(name),
      '',
      copy.intro(identityNow(locale).programme),
      '',
      ...(confirmUrl ? [`${copy.button}:`, confirmUrl, ''] : []),
      expires,
      '',
      copy.ignore,
    ],
  })

  return { subject: singleLine(copy.subject), text, html }
}
