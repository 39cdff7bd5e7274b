import type { ContentType } from '@/content/contentTypes'
import type { NinjsItem } from '@/delivery/ninjs/types'
import { type Lang } from '@/i18n/lang'

/** A change that may go in a digest: the newest public publication or material update of one item in one language. */
export type DigestCandidate = {
  itemId: string
  /** The document, whatever the language: `article-42`. */
  docKey: string
  lang: Lang
  contentType: ContentType
  slug: string | null
  campaignSlug: string | null
  topicSlugs: string[]
  occurredAt: Date
  updated: boolean
  changeNote?: string | null
  ninjs: NinjsItem
}

export type DigestReader = {
  locale: Lang
  since: Date
  topicSlugs: string[]
  campaignSlugs: string[]
  contentTypes: string[]
}

const follows = (reader: DigestReader, candidate: DigestCandidate): boolean =>
  (reader.contentTypes.length === 0 || reader.contentTypes.includes(candidate.contentType)) &&
  (reader.topicSlugs.length === 0 || candidate.topicSlugs.some((slug) => reader.topicSlugs.includes(slug))) &&
  (reader.campaignSlugs.length === 0 || (candidate.campaignSlug !== null && reader.campaignSlugs.includes(candidate.campaignSlug)))

/**
 * What one subscriber's digest lists: items they follow, published or materially updated
 * since their last digest, each once (its newest change), in their language when it
 * exists there and in Vietnamese otherwise. Newest first. Pure.
 */
export function selectDigestItems(candidates: DigestCandidate[], reader: DigestReader): DigestCandidate[] {
  const byDocument = new Map<string, DigestCandidate>()
  for (const candidate of candidates) {
    if (candidate.occurredAt.getTime() <= reader.since.getTime() || !follows(reader, candidate)) continue
    const chosen = byDocument.get(candidate.docKey)
    const better =
      !chosen ||
      (candidate.lang === reader.locale && chosen.lang !== reader.locale) ||
      (candidate.lang === chosen.lang && candidate.occurredAt.getTime() > chosen.occurredAt.getTime())
    if (better) byDocument.set(candidate.docKey, candidate)
  }
  return [...byDocument.values()]
    .filter((candidate) => candidate.lang === reader.locale || candidate.lang === 'vi')
    .sort((a, b) => b.occurredAt.getTime() - a.occurredAt.getTime())
}
