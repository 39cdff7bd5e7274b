import { escapeHtml } from '@/platform/html/escapeHtml'
import { formatMailDateTime } from './formatMailDate'
import { labelsFor, resolveLocale, type NoticeVia } from './labels'
import { htmlHeading, htmlLink, htmlMultiline, htmlParagraph, renderLayout, renderTextLayout } from './layout'
import { safeHttpUrl } from './safeHttpUrl'
import { singleLine } from './singleLine'
import type { MailLinks, RenderedMail } from './types'
import { type Lang } from '@/i18n/lang'

export type CorrectionMailOptions = {
  locale: Lang
  item: { title: string; url: string }
  /** When the item was withdrawn, or corrected. */
  at: Date
  /** A withdrawal (the default), or a major correction of an item already sent. */
  kind?: 'withdrawn' | 'corrected'
  /** The public reason for the withdrawal, or the change note of the correction, as written. */
  note?: string | null
  /** How the reader had the item: by mail (subscribers), or a downloaded bundle (journalists). */
  via?: NoticeVia
  /** Subscribers get their manage and unsubscribe links; journalists have no subscription to manage. */
  links?: MailLinks
  /** The site, when there are no subscription links to take it from. */
  siteUrl?: string
}

const quoteHtml = (label: string, text: string): string =>
  `<blockquote style="margin:0 0 16px;padding:8px 16px;border-left:4px solid #d9dee5;">${htmlParagraph(`<strong>${escapeHtml(label)}</strong> ${htmlMultiline(text)}`)}</blockquote>`

const quoteText = (label: string, text: string): string[] => [
  label,
  ...text
    .trim()
    .split(/\r\n|\r|\n/)
    .map((line) => `> ${line}`),
]

/**
 * Tells the people who had an item (by mail, or as a downloaded briefing pack) that it was
 * withdrawn, and why; or that it was materially corrected, and what changed.
 */
export const renderCorrectionMail = ({
  locale: requested,
  item,
  at,
  kind = 'withdrawn',
  note,
  via = 'mail',
  links,
  siteUrl,
}: CorrectionMailOptions): RenderedMail => {
  const locale = resolveLocale(requested)
  const labels = labelsFor(locale).correction
  const copy =
    kind === 'corrected'
      ? {
          subject: labels.corrected.subject,
          heading: labels.corrected.heading,
          intro: labels.corrected.intro,
          noteLabel: labels.corrected.changeNote,
          advice: [labels.corrected.useNew],
        }
      : { subject: labels.subject, heading: labels.heading, intro: labels.intro, noteLabel: labels.reason, advice: [labels.doNotUse, labels.republished] }
  const title = singleLine(item.title)
  const subject = singleLine(copy.subject(title))
  const intro = copy.intro(formatMailDateTime(at, locale), via)
  const url = safeHttpUrl(item.url)
  const written = note?.trim() ? note.trim() : undefined

  const html = renderLayout({
    locale,
    title: subject,
    preheader: `${intro} ${written ? `${copy.noteLabel} ${singleLine(written)}` : copy.advice[0]}`,
    siteUrl: links?.siteUrl ?? siteUrl,
    footer: links,
    bodyHtml: [
      htmlHeading(escapeHtml(copy.heading), 1),
      htmlParagraph(escapeHtml(intro)),
      htmlParagraph(`<strong>${htmlLink(url, escapeHtml(title))}</strong>`),
      written ? quoteHtml(copy.noteLabel, written) : '',
      htmlParagraph(`<strong>${escapeHtml(copy.advice[0]!)}</strong>`),
      ...copy.advice.slice(1).map((line) => htmlParagraph(escapeHtml(line), { muted: true })),
    ]
      .filter(Boolean)
      .join('\n'),
  })

  const text = renderTextLayout({
    locale,
    siteUrl: links?.siteUrl ?? siteUrl,
    footer: links,
    lines: [intro, '', title, ...(url ? [url] : []), '', ...(written ? [...quoteText(copy.noteLabel, written), ''] : []), ...copy.advice],
  })

  return { subject, text, html }
}
