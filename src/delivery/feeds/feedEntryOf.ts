import type { FeedRow } from '../api/queryChanges'
import { publicUrlOf } from '../publicUrl'
import { FEED_COPY, feedDateTime } from './feedCopy'
import type { FeedEntry } from './types'
import { escapeXml } from './xml'
import { type Lang } from '@/i18n/lang'

/** The text of a withdrawn entry: when, and the public reason when one was given. */
function withdrawalText(row: FeedRow, lang: Lang): string {
  const copy = FEED_COPY[lang]
  const reason = row.ninjs.edNote?.trim()
  return [copy.withdrawn(feedDateTime(row.occurredAt.toISOString(), lang)), ...(reason ? [copy.reason(reason)] : [])].join(' ')
}

/**
 * A feed entry from the public ninjs snapshot of an item: the feed says what the API says.
 * A withdrawn item keeps its id and link, its title marked and its text giving the reason;
 * a major update leads with its change note.
 */
export function feedEntryOf(row: FeedRow, lang: Lang, siteUrl: string): FeedEntry {
  const item = row.ninjs
  const url = publicUrlOf(siteUrl, row.contentType, row.slug ?? String(item.altIds?.find((alt) => alt.role === 'id')?.value ?? ''), lang)
  const title = item.headlines?.[0]?.value ?? ''
  const published = row.firstPublished.toISOString()
  const updated = item.versionCreated ?? published
  if (row.pubStatus === 'canceled') {
    const text = withdrawalText(row, lang)
    const when = row.occurredAt.toISOString()
    return {
      id: item.uri,
      url,
      title: FEED_COPY[lang].withdrawnTitle(title),
      summary: text,
      published,
      updated: when,
      categories: [],
      withdrawn: { when, comment: text },
    }
  }
  const image = item.associations?.find((association) => association.type === 'picture')
  const original = image?.renditions?.find((rendition) => rendition.name === 'original') ?? image?.renditions?.[0]
  const note = item.edNote?.trim()
  const noteLead = note ? `${FEED_COPY[lang].updated(feedDateTime(updated, lang))}: ${note}` : undefined
  const summary = item.descriptions?.[0]?.value
  const body = item.bodies?.[0]?.value
  return {
    id: item.uri,
    url,
    title,
    summary: noteLead ? [noteLead, summary].filter(Boolean).join('\n\n') : summary,
    // The note is text: escaped here, as the body around it is already HTML.
    contentHtml: noteLead && body !== undefined ? `<p><strong>${escapeXml(noteLead)}</strong></p>${body}` : body,
    published,
    updated,
    author: item.by,
    categories: (item.subjects ?? [])
      .filter((subject) => subject.rel === 'about' && subject.uri)
      .map((subject) => ({ term: subject.uri!.split(':').pop()!, label: subject.name ?? '' })),
    ...(original?.href
      ? { image: { url: original.href, mimeType: original.contentType ?? 'image/jpeg', sizeInBytes: original.sizeInBytes, alt: image?.headlines?.[0]?.value } }
      : {}),
  }
}
