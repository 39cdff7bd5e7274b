/** One entry of a public news feed, taken from the public ninjs snapshot of an item. */
export type FeedEntry = {
  /** The item's stable ninjs uri, used as the Atom id, RSS guid and JSON Feed id. */
  id: string
  /** The public page of the item on the press room site (absolute). */
  url: string
  title: string
  summary?: string
  /** The item's body as HTML (already rendered from rich text; escape it for XML). */
  contentHtml?: string
  /** ISO 8601: when the item was first published. */
  published: string
  /** ISO 8601: when the current version was published. */
  updated: string
  /** Byline, when the item has one. */
  author?: string
  /** Topics: slug and localized name. */
  categories: Array<{ term: string; label: string }>
  /** The lead image, if any: absolute URL. */
  image?: { url: string; mimeType: string; sizeInBytes?: number; alt?: string }
  /**
   * Set when the item was withdrawn: when, and the text telling readers so (with the
   * reason). Atom gives a tombstone (RFC 6721); RSS and JSON Feed keep the entry, marked.
   */
  withdrawn?: { when: string; comment: string }
}

/** What a feed says about itself. */
export type FeedMeta = {
  lang: Lang
  title: string
  description: string
  /** Absolute URL of the press room home page in this language. */
  homeUrl: string
  /** Absolute URL of this feed, query string included (Atom rel=self, JSON Feed feed_url). */
  selfUrl: string
  /** ISO 8601: the newest `updated` among the entries, or the time of the request when empty. */
  updated: string
  /** Stable id of the feed itself (Atom feed id). */
  id: string
}

import { type Lang } from '@/i18n/lang'
