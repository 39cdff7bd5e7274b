import { escapeHtml } from '@/platform/html/escapeHtml'
import { formatIsoDateTime } from './formatMailDate'
import { labelsFor } from './labels'
import { COLOR, FONT, htmlBadge, htmlHeading, htmlLink, htmlMultiline, htmlParagraph } from './layout'
import { safeHttpUrl } from './safeHttpUrl'
import { singleLine } from './singleLine'
import type { MailItem } from './types'
import { type Lang } from '@/i18n/lang'

const normalizeLines = (text: string): string => text.trim().replace(/\r\n|\r/g, '\n')

const dateLine = (item: MailItem, locale: Lang): string | undefined => {
  const labels = labelsFor(locale).item
  const date = formatIsoDateTime(item.publishedAt, locale)
  if (!date) return undefined
  return item.updated ? labels.updatedAt(date) : labels.published(date)
}

// A note only makes sense on an update: on a first publication there is nothing it changed.
const changeNoteOf = (item: MailItem): string | undefined => (item.updated && item.changeNote?.trim() ? item.changeNote : undefined)

/** One item as HTML: linked title, "updated" badge, date, summary and change note. */
export const renderItemHtml = (item: MailItem, options: { locale: Lang; headingLevel: 1 | 3 }): string => {
  const { locale, headingLevel } = options
  const labels = labelsFor(locale).item
  const title = htmlLink(item.url, escapeHtml(singleLine(item.title)))
  const badge = item.updated ? `${htmlBadge(labels.updatedBadge)} ` : ''
  const date = dateLine(item, locale)
  const note = changeNoteOf(item)
  return [
    badge ? `<p style="margin:0 0 6px;font-family:${FONT};">${badge}</p>` : '',
    htmlHeading(title, headingLevel),
    date ? htmlParagraph(escapeHtml(date), { muted: true, small: true }) : '',
    item.summary?.trim() ? htmlParagraph(htmlMultiline(item.summary)) : '',
    note
      ? `<table role="presentation" width="100%" cellpadding="0" cellspacing="0" border="0" style="width:100%;margin:0 0 16px;border-collapse:collapse;"><tr><td style="padding:8px 12px;border-left:4px solid ${COLOR.badgeText};background-color:${COLOR.page};font-family:${FONT};font-size:14px;line-height:20px;color:${COLOR.text};"><strong>${escapeHtml(labels.changeNote)}</strong> ${htmlMultiline(note)}</td></tr></table>`
      : '',
  ]
    .filter(Boolean)
    .join('\n')
}

/** The same item as plain-text lines, with its URL on a line of its own. */
export const renderItemText = (item: MailItem, locale: Lang): string[] => {
  const labels = labelsFor(locale).item
  const url = safeHttpUrl(item.url)
  const date = dateLine(item, locale)
  const note = changeNoteOf(item)
  const title = singleLine(item.title)
  return [
    item.updated ? `[${labels.updatedBadge}] ${title}` : title,
    ...(date ? [date] : []),
    ...(url ? [url] : []),
    ...(item.summary?.trim() ? [normalizeLines(item.summary)] : []),
    ...(note ? [`${labels.changeNote} ${normalizeLines(note)}`] : []),
  ]
}
