import { escapeHtml } from '@/platform/html/escapeHtml'
import { labelsFor, resolveLocale } from './labels'
import { htmlButton, htmlCopyLink, htmlHeading, htmlParagraph, renderLayout, renderTextLayout } from './layout'
import { safeHttpUrl } from './safeHttpUrl'
import { singleLine } from './singleLine'
import type { RenderedMail } from './types'
import { type Lang } from '@/i18n/lang'

export type AlreadySubscribedMailOptions = {
  locale: Lang
  manageUrl: string
  /** Where "Unsubscribe" in the footer points; the preferences page, which can unsubscribe, when absent. */
  unsubscribeUrl?: string
  siteUrl?: string
}

/**
 * Sent instead of a second confirmation when a subscribed address signs up again, so the
 * sign-up form never reveals whether an address is already on the list.
 */
export const renderAlreadySubscribedMail = (options: AlreadySubscribedMailOptions): RenderedMail => {
  const locale = resolveLocale(options.locale)
  const labels = labelsFor(locale)
  const copy = labels.alreadySubscribed
  const manageUrl = safeHttpUrl(options.manageUrl)
  const footer = { manageUrl: options.manageUrl, unsubscribeUrl: options.unsubscribeUrl ?? options.manageUrl }

  const html = renderLayout({
    locale,
    title: copy.subject,
    preheader: `${copy.intro} ${copy.nothingChanged}`,
    siteUrl: options.siteUrl,
    footer,
    bodyHtml: [
      htmlHeading(escapeHtml(copy.subject), 1),
      htmlParagraph(escapeHtml(copy.intro)),
      htmlParagraph(escapeHtml(copy.nothingChanged)),
      htmlButton(manageUrl, copy.button),
      htmlParagraph(escapeHtml(copy.notYou), { muted: true }),
      htmlCopyLink(locale, manageUrl),
    ].join('\n'),
  })

  const text = renderTextLayout({
    locale,
    siteUrl: options.siteUrl,
    footer,
    lines: [copy.intro, copy.nothingChanged, '', ...(manageUrl ? [`${copy.button}:`, manageUrl, ''] : []), copy.notYou],
  })

  return { subject: singleLine(copy.subject), text, html }
}
