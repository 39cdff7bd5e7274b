import type { ContentType } from '@/content/contentTypes'
import type { NinjsItem } from '../ninjs/types'
import { type Lang } from '@/i18n/lang'

export type DeliveryEvent = 'published' | 'updated' | 'withdrawn'

/** A row of the change log, as written. */
export type ChangeRow = {
  itemId: string
  contentType: ContentType
  docId: number
  lang: Lang
  slug: string | null
  version: number
  /** What trusted agencies see happen; null when they are not told (they already know). */
  eventTrusted: DeliveryEvent | null
  /** What everyone else sees happen; null while the item is under embargo. */
  eventPublic: DeliveryEvent | null
  pubStatus: 'usable' | 'canceled'
  /** A new version its editors marked as a major change. */
  major: boolean
  /** The public note of what changed, for a major change. */
  changeNote?: string | null
  embargoUntil: string | null
  liftPending: boolean
  campaignSlug: string | null
  topicSlugs: string[]
  occurredAt: Date
  ninjs: NinjsItem
}

/**
 * What the log already knows of an item: its last version, and for each audience whether
 * the item is live for them (their last event was a publication or an update).
 */
export type PriorState = {
  version: number
  liveForTrusted: boolean
  liveForPublic: boolean
  lastNinjs: NinjsItem | null
  /** Filters of the last row, so a withdrawal reaches everyone who synced the item through them. */
  last: { slug: string | null; campaignSlug: string | null; topicSlugs: string[] }
  /**
   * The last row each audience received, with its filters: audiences may see different
   * renderings of one version (a related campaign one of them may not see).
   */
  lastFor: Record<'trusted' | 'public', AudienceView | null>
}

/** What one audience receives of a change: the event, the ninjs item and the filters it is found by. */
export type AudienceView = { ninjs: NinjsItem; campaignSlug: string | null; topicSlugs: string[] }
