import type { ContentCollection } from './contentCollections'

/** Content types as the delivery API names them, and the collection behind each. */
export const CONTENT_TYPES = ['article', 'campaign', 'briefing-pack'] as const
export type ContentType = (typeof CONTENT_TYPES)[number]

export const COLLECTION_OF: Record<ContentType, ContentCollection> = {
  article: 'articles',
  campaign: 'campaigns',
  'briefing-pack': 'briefing-packs',
}

export const TYPE_OF: Record<ContentCollection, ContentType> = {
  articles: 'article',
  campaigns: 'campaign',
  'briefing-packs': 'briefing-pack',
}

export const isContentType = (value: unknown): value is ContentType => (CONTENT_TYPES as readonly unknown[]).includes(value)
