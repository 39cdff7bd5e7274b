import { parsePathId } from '@/platform/http/pathId'
import { isContentType, type ContentType } from '@/content/contentTypes'
import { type Lang, isLang } from '@/i18n/lang'

/**
 * Every item the delivery API serves is one content document in one language. Its id
 * (`article-42-vi`) is what `/api/v1/items/{id}` takes; its uri (`urn:newsroom:article:42:vi`)
 * never changes, even if the site moves to another address.
 */
export const itemIdOf = (type: ContentType, docId: number | string, lang: Lang): string => `${type}-${docId}-${lang}`

export const itemUriOf = (type: ContentType, docId: number | string, lang: Lang): string => `urn:newsroom:${type}:${docId}:${lang}`

export const mediaUriOf = (mediaId: number | string): string => `urn:newsroom:media:${mediaId}`

export const topicUriOf = (slug: string): string => `urn:newsroom:topic:${slug}`

export const audienceUriOf = (slug: string): string => `urn:newsroom:audience:${slug}`

/** Parses an item id, or returns null for anything else. */
export function parseItemId(id: string): { type: ContentType; docId: number; lang: Lang } | null {
  const match = /^(article|campaign|briefing-pack)-(\d{1,12})-(vi|en)$/.exec(id)
  if (!match) return null
  const [, type, docId, lang] = match
  const parsedId = parsePathId(docId)
  if (!isContentType(type) || !isLang(lang) || parsedId === null) return null
  return { type, docId: parsedId, lang }
}
