import type { FeedEntry, FeedMeta } from './types'
import { escapeXml } from './xml'

/**
 * Atom 1.0 (RFC 4287) serializer for the public news feed. Built by hand rather
 * than with a library so that every value goes through `escapeXml` and the
 * output stays small and predictable; the unit tests parse it with real feed
 * parsers to keep it honest.
 */

// RFC 4287 wants an author on the feed unless every entry has one; entries
// without a byline inherit this.

// Atom dates are RFC 3339; normalising through Date also rejects a bad value
// here instead of shipping it to subscribers.
const atomDate = (iso: string): string => new Date(iso).toISOString()

// RFC 6721 tombstones: a withdrawn item is announced as deleted, by the id its entry had.
const TOMBSTONES_NS = 'http://purl.org/atompub/tombstones/1.0'

const renderTombstone = (entry: FeedEntry, withdrawn: NonNullable<FeedEntry['withdrawn']>): string =>
  [
    `  <at:deleted-entry ref="${escapeXml(entry.id)}" when="${atomDate(withdrawn.when)}">`,
    `    <link rel="alternate" type="text/html" href="${escapeXml(entry.url)}"/>`,
    `    <at:comment type="text">${escapeXml(withdrawn.comment)}</at:comment>`,
    '  </at:deleted-entry>',
  ].join('\n')

const renderEntry = (entry: FeedEntry): string => {
  if (entry.withdrawn) return renderTombstone(entry, entry.withdrawn)
  const lines = [
    '  <entry>',
    `    <id>${escapeXml(entry.id)}</id>`,
    `    <title type="text">${escapeXml(entry.title)}</title>`,
    `    <link rel="alternate" type="text/html" href="${escapeXml(entry.url)}"/>`,
    `    <published>${atomDate(entry.published)}</published>`,
    `    <updated>${atomDate(entry.updated)}</updated>`,
  ]
  if (entry.author) lines.push(`    <author><name>${escapeXml(entry.author)}</name></author>`)
  for (const { term, label } of entry.categories) {
    lines.push(`    <category term="${escapeXml(term)}" label="${escapeXml(label)}"/>`)
  }
  if (entry.summary) lines.push(`    <summary type="text">${escapeXml(entry.summary)}</summary>`)
  // The body travels as escaped HTML (type="html"), so it is content to the
  // reader and can never become markup of the feed itself.
  if (entry.contentHtml) lines.push(`    <content type="html">${escapeXml(entry.contentHtml)}</content>`)
  if (entry.image) {
    const { url, mimeType, sizeInBytes, alt } = entry.image
    // length is optional in Atom; leave it out rather than claim a wrong size.
    const length = sizeInBytes === undefined ? '' : ` length="${sizeInBytes}"`
    const title = alt ? ` title="${escapeXml(alt)}"` : ''
    lines.push(`    <link rel="enclosure" type="${escapeXml(mimeType)}" href="${escapeXml(url)}"${length}${title}/>`)
  }
  lines.push('  </entry>')
  return lines.join('\n')
}

/** Renders the feed as an Atom 1.0 document. */
export const renderAtom = (meta: FeedMeta, entries: FeedEntry[]): string =>
  [
    '<?xml version="1.0" encoding="utf-8"?>',
    `<feed xmlns="http://www.w3.org/2005/Atom" xmlns:at="${TOMBSTONES_NS}" xml:lang="${escapeXml(meta.lang)}">`,
    `  <id>${escapeXml(meta.id)}</id>`,
    `  <title type="text">${escapeXml(meta.title)}</title>`,
    `  <subtitle type="text">${escapeXml(meta.description)}</subtitle>`,
    `  <updated>${atomDate(meta.updated)}</updated>`,
    `  <link rel="self" type="application/atom+xml" href="${escapeXml(meta.selfUrl)}"/>`,
    `  <link rel="alternate" type="text/html" href="${escapeXml(meta.homeUrl)}"/>`,
    `  <author><name>${escapeXml(meta.title)}</name></author>`,
    ...entries.map(renderEntry),
    '</feed>',
    '',
  ].join('\n')
