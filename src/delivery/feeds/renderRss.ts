import type { FeedEntry, FeedMeta } from './types'
import { escapeXml } from './xml'

/**
 * RSS 2.0 serializer for the public news feed, for the readers and agency tools
 * that still only take RSS. The body goes in `content:encoded` as escaped text
 * rather than CDATA: one escaping path for every field, and a `]]>` in an
 * article cannot end anything early.
 */

// RSS dates are RFC 822; toUTCString gives the RFC 1123 form RSS readers expect.
const rssDate = (iso: string): string => new Date(iso).toUTCString()

const renderItem = (entry: FeedEntry): string => {
  const lines = [
    '    <item>',
    `      <title>${escapeXml(entry.title)}</title>`,
    `      <link>${escapeXml(entry.url)}</link>`,
    // The ninjs uri is stable but not a web page, hence isPermaLink="false".
    `      <guid isPermaLink="false">${escapeXml(entry.id)}</guid>`,
    `      <pubDate>${rssDate(entry.published)}</pubDate>`,
  ]
  if (entry.summary) lines.push(`      <description>${escapeXml(entry.summary)}</description>`)
  if (entry.contentHtml) lines.push(`      <content:encoded>${escapeXml(entry.contentHtml)}</content:encoded>`)
  for (const { label } of entry.categories) lines.push(`      <category>${escapeXml(label)}</category>`)
  if (entry.image) {
    const { url, mimeType, sizeInBytes } = entry.image
    // RSS requires length; 0 is the accepted value when the size is unknown.
    lines.push(`      <enclosure url="${escapeXml(url)}" type="${escapeXml(mimeType)}" length="${sizeInBytes ?? 0}"/>`)
  }
  // <author> must be an email address in RSS; a byline belongs in dc:creator.
  if (entry.author) lines.push(`      <dc:creator>${escapeXml(entry.author)}</dc:creator>`)
  lines.push('    </item>')
  return lines.join('\n')
}

/** Renders the feed as an RSS 2.0 document. */
export const renderRss = (meta: FeedMeta, entries: FeedEntry[]): string =>
  [
    '<?xml version="1.0" encoding="utf-8"?>',
    '<rss version="2.0" xmlns:atom="http://www.w3.org/2005/Atom" xmlns:content="http://purl.org/rss/1.0/modules/content/" xmlns:dc="http://purl.org/dc/elements/1.1/">',
    '  <channel>',
    `    <title>${escapeXml(meta.title)}</title>`,
    `    <link>${escapeXml(meta.homeUrl)}</link>`,
    `    <description>${escapeXml(meta.description)}</description>`,
    `    <language>${escapeXml(meta.lang)}</language>`,
    `    <lastBuildDate>${rssDate(meta.updated)}</lastBuildDate>`,
    `    <atom:link rel="self" type="application/rss+xml" href="${escapeXml(meta.selfUrl)}"/>`,
    ...entries.map(renderItem),
    '  </channel>',
    '</rss>',
    '',
  ].join('\n')
