/**
 * Response content types for the public feeds. Readers and agency ingest tools
 * pick their parser from these, and the charset is stated because the feeds
 * carry Vietnamese text.
 */
export const ATOM_CONTENT_TYPE = 'application/atom+xml; charset=utf-8'
export const RSS_CONTENT_TYPE = 'application/rss+xml; charset=utf-8'
export const JSON_FEED_CONTENT_TYPE = 'application/feed+json; charset=utf-8'
