import { escapeHtml } from '@/platform/html/escapeHtml'
import { formatMailDateTime, formatMailDay } from './formatMailDate'
import { labelsFor, resolveLocale } from './labels'
import { COLOR, htmlHeading, htmlParagraph, renderLayout, renderTextLayout } from './layout'
import { renderItemHtml, renderItemText } from './renderItemBlock'
import { singleLine } from './singleLine'
import type { MailItem, MailLinks, RenderedMail } from './types'
import { type Lang } from '@/i18n/lang'

export type DigestMailOptions = {
  locale: Lang
  frequency: 'daily' | 'weekly'
  periodStart: Date
  periodEnd: Date
  items: MailItem[]
  links: MailLinks
}

const GROUP_ORDER: MailItem['type'][] = ['article', 'campaign', 'briefing-pack']

// A period ends exclusively, often at midnight: the digest for 28/11 ends at 00:00 on 29/11.
const lastDayOf = (periodEnd: Date): Date => new Date(periodEnd.getTime() - 1)

/**
 * A daily or weekly digest, items grouped by type in a fixed order and kept in the
 * caller's order within a group. Throws on an empty list: an empty digest is never sent.
 */
export const renderDigestMail = (options: DigestMailOptions): RenderedMail => {
  const { items, links, frequency, periodStart, periodEnd } = options
  if (items.length === 0) throw new Error('renderDigestMail: items is empty; an empty digest must not be sent')

  const locale = resolveLocale(options.locale)
  const labels = labelsFor(locale)
  const subject = singleLine(
    labels.digest.subject({
      frequency,
      day: formatMailDay(lastDayOf(periodEnd), locale),
      start: formatMailDay(periodStart, locale),
      end: formatMailDay(lastDayOf(periodEnd), locale),
      count: items.length,
    }),
  )
  const intro = labels.digest.intro(items.length, formatMailDateTime(periodStart, locale), formatMailDateTime(periodEnd, locale))
  const groups = GROUP_ORDER.map((type) => ({ type, items: items.filter((item) => item.type === type) })).filter((group) => group.items.length > 0)
  const heading = (type: MailItem['type'], count: number): string => `${labels.item.groupHeading[type]} (${count})`
  const separator = `<table role="presentation" width="100%" cellpadding="0" cellspacing="0" border="0" style="width:100%;border-collapse:collapse;"><tr><td style="padding:0 0 16px;border-top:1px solid ${COLOR.border};font-size:1px;line-height:1px;">&nbsp;</td></tr></table>`

  const html = renderLayout({
    locale,
    title: subject,
    preheader: `${intro} ${items.map((item) => singleLine(item.title)).join(' · ')}`,
    siteUrl: links.siteUrl,
    footer: links,
    bodyHtml: [
      htmlHeading(escapeHtml(subject), 1),
      htmlParagraph(escapeHtml(intro), { muted: true, small: true }),
      ...groups.map((group) =>
        [
          separator,
          htmlHeading(escapeHtml(heading(group.type, group.items.length)), 2),
          ...group.items.map((item) => renderItemHtml(item, { locale, headingLevel: 3 })),
        ].join('\n'),
      ),
    ].join('\n'),
  })

  const text = renderTextLayout({
    locale,
    siteUrl: links.siteUrl,
    footer: links,
    lines: [
      subject,
      intro,
      ...groups.flatMap((group) => {
        const title = heading(group.type, group.items.length)
        return ['', '', title, '='.repeat(title.length), ...group.items.flatMap((item) => ['', ...renderItemText(item, locale)])]
      }),
    ],
  })

  return { subject, text, html }
}
