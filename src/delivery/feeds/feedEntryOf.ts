import type { FeedRow } from '../api/queryChanges'
import type { Language } from '../languages'
import { publicUrlOf } from '../publicUrl'
import type { FeedEntry } from './types'

/** A feed entry from the public ninjs snapshot of an item: the feed says what the API says. */
export function feedEntryOf(row: FeedRow, lang: Language, siteUrl: string): FeedEntry {
  const item = row.ninjs
  const image = item.associations?.find((association) => association.type === 'picture')
  const original = image?.renditions?.find((rendition) => rendition.name === 'original') ?? image?.renditions?.[0]
  return {
    id: item.uri,
    url: publicUrlOf(siteUrl, row.contentType, row.slug ?? String(item.altIds?.find((alt) => alt.role === 'id')?.value ?? ''), lang),
    title: item.headlines?.[0]?.value ?? '',
    summary: item.descriptions?.[0]?.value,
    contentHtml: item.bodies?.[0]?.value,
    published: row.firstPublished.toISOString(),
    updated: item.versionCreated ?? row.firstPublished.toISOString(),
    author: item.by,
    categories: (item.subjects ?? [])
      .filter((subject) => subject.rel === 'about' && subject.uri)
      .map((subject) => ({ term: subject.uri!.split(':').pop()!, label: subject.name ?? '' })),
    ...(original?.href
      ? { image: { url: original.href, mimeType: original.contentType ?? 'image/jpeg', sizeInBytes: original.sizeInBytes, alt: image?.headlines?.[0]?.value } }
      : {}),
  }
}
