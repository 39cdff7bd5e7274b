import type { FeedEntry, FeedMeta } from './types'
import { stripInvalidXmlChars } from './xml'

/**
 * JSON Feed 1.1 serializer for the public news feed, for clients that would
 * rather not parse XML. JSON could carry control characters and lone
 * surrogates, but they are stripped anyway so that all three feeds carry the
 * same text and a client copying it into XML or HTML is not caught out.
 */

// Entries without a byline fall back to this, as in the Atom feed.

const clean = (text: string | undefined): string | undefined => (text === undefined ? undefined : stripInvalidXmlChars(text))

// JSON Feed dates are RFC 3339; normalising through Date rejects a bad value here.
const jsonFeedDate = (iso: string): string => new Date(iso).toISOString()

const renderItem = (entry: FeedEntry, meta: FeedMeta) => ({
  id: clean(entry.id),
  url: entry.url,
  title: clean(entry.title),
  summary: clean(entry.summary),
  // JSON Feed requires content_html or content_text; the summary stands in when there is no body.
  ...(entry.contentHtml ? { content_html: clean(entry.contentHtml) } : { content_text: clean(entry.summary) ?? '' }),
  date_published: jsonFeedDate(entry.published),
  date_modified: jsonFeedDate(entry.updated),
  tags: entry.categories.map(({ label }) => clean(label)),
  image: entry.image?.url,
  language: meta.lang,
  authors: entry.author ? [{ name: clean(entry.author) }] : undefined,
})

/** Renders the feed as a JSON Feed 1.1 document (undefined fields are left out). */
export const renderJsonFeed = (meta: FeedMeta, entries: FeedEntry[]): string =>
  JSON.stringify({
    version: 'https://jsonfeed.org/version/1.1',
    title: clean(meta.title),
    home_page_url: meta.homeUrl,
    feed_url: meta.selfUrl,
    description: clean(meta.description),
    language: meta.lang,
    authors: [{ name: clean(meta.title) }],
    items: entries.map((entry) => renderItem(entry, meta)),
  })
