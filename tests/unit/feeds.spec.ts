import { parseAtomFeed, parseJsonFeed, parseRssFeed } from 'feedsmith'
import Parser from 'rss-parser'
import { describe, expect, it } from 'vitest'

import { ATOM_CONTENT_TYPE, JSON_FEED_CONTENT_TYPE, RSS_CONTENT_TYPE } from '@/delivery/feeds/contentTypes'
import { renderAtom } from '@/delivery/feeds/renderAtom'
import { renderJsonFeed } from '@/delivery/feeds/renderJsonFeed'
import { renderRss } from '@/delivery/feeds/renderRss'
import type { FeedEntry, FeedMeta } from '@/delivery/feeds/types'
import { escapeXml } from '@/delivery/feeds/xml'

// The feeds are checked with third-party parsers, never with the code that
// wrote them: rss-parser (xml2js in strict mode) and feedsmith.
const rssParser = new Parser()

// XML 1.0 `Char`, written out here independently of src/delivery/feeds/xml.ts,
// because neither parser rejects forbidden characters on its own.
// eslint-disable-next-line no-control-regex -- matches control characters on purpose
const FORBIDDEN_IN_XML = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/

const meta: FeedMeta = {
  lang: 'vi',
  title: 'Phòng tin: Chiến dịch bảo vệ trẻ em',
  description: 'Tin tức & thông cáo báo chí',
  homeUrl: 'https://newsroom.example.vn/vi',
  selfUrl: 'https://newsroom.example.vn/feeds/atom?lang=vi&topic=an-toan',
  // An offset on purpose: the feeds must normalise it.
  updated: '2024-05-02T08:00:00+07:00',
  id: 'urn:newsroom:feed:vi',
}

const article: FeedEntry = {
  id: 'urn:newsroom:item:42',
  url: 'https://newsroom.example.vn/vi/tin/dung-de-tre-don-doc',
  title: 'Đừng để trẻ đơn độc trên mạng 👶',
  summary: 'Hướng dẫn cha mẹ nhận biết dấu hiệu dụ dỗ trực tuyến.',
  contentHtml: '<p>Cha mẹ <strong>nên</strong> trò chuyện với con.</p><ul><li>Một</li></ul>',
  published: '2024-05-01T10:00:00Z',
  updated: '2024-05-02T08:00:00+07:00',
  author: 'Nguyễn Thị Hương',
  categories: [
    { term: 'an-toan-mang', label: 'An toàn mạng' },
    { term: 'gia-dinh', label: 'Gia đình' },
  ],
  image: { url: 'https://cdn.example.vn/anh.jpg?w=1200&h=630', mimeType: 'image/jpeg', sizeInBytes: 48213, alt: 'Ảnh minh hoạ' },
}

// An item with nothing optional: no byline, body or image.
const bare: FeedEntry = {
  id: 'urn:newsroom:item:7',
  url: 'https://newsroom.example.vn/vi/tin/ngan',
  title: 'Tin ngắn',
  published: '2024-04-30T00:00:00Z',
  updated: '2024-04-30T00:00:00Z',
  categories: [],
}

const hostileTitle = 'Hỏi </title><script>alert(1)</script> ]]> & "trích" \'dẫn\' \u0000\u0008\uD800 hết'
// What the text must read once the characters XML forbids have been dropped.
const hostileTitleKept = 'Hỏi </title><script>alert(1)</script> ]]> & "trích" \'dẫn\'  hết'
const hostile: FeedEntry = {
  ...bare,
  id: 'urn:newsroom:item:666',
  title: hostileTitle,
  summary: 'Tóm tắt ]]>\u001F <b>không đậm</b>',
  contentHtml: '<p>Thân bài ]]> &amp; <![CDATA[ x ]]></p>\u0000',
  author: 'Kẻ "xấu" & <đồng bọn>',
  categories: [{ term: 'a&b', label: '</category><x>' }],
}

describe('escapeXml', () => {
  it('escapes the five characters that XML gives meaning to', () => {
    expect(escapeXml(`<a href="x">Tom & Jerry's</a>`)).toBe('&lt;a href=&quot;x&quot;&gt;Tom &amp; Jerry&apos;s&lt;/a&gt;')
  })

  it('drops characters XML 1.0 forbids but keeps tabs, newlines and emoji', () => {
    expect(escapeXml('a\u0000b\u0008c\u000Bd\uD800e\uDFFFf\uFFFEg\tline\r\nnext 👶')).toBe('abcdefg\tline\r\nnext 👶')
  })
})

describe('content types', () => {
  it('names each feed format with its registered media type and UTF-8', () => {
    expect(ATOM_CONTENT_TYPE).toBe('application/atom+xml; charset=utf-8')
    expect(RSS_CONTENT_TYPE).toBe('application/rss+xml; charset=utf-8')
    expect(JSON_FEED_CONTENT_TYPE).toBe('application/feed+json; charset=utf-8')
  })
})

describe('renderAtom', () => {
  it('keeps Vietnamese diacritics in titles, summaries and bylines', async () => {
    const xml = renderAtom(meta, [article])
    const parsed = await rssParser.parseString(xml)
    expect(parsed.title).toBe('Phòng tin: Chiến dịch bảo vệ trẻ em')
    expect(parsed.items[0]?.title).toBe('Đừng để trẻ đơn độc trên mạng 👶')
    const entry = parseAtomFeed(xml).entries?.[0]
    expect(entry?.summary).toEqual({ value: 'Hướng dẫn cha mẹ nhận biết dấu hiệu dụ dỗ trực tuyến.', type: 'text' })
    expect(entry?.authors).toEqual([{ name: 'Nguyễn Thị Hương' }])
  })

  it('carries the HTML body as escaped html content, not as markup of the feed', async () => {
    const xml = renderAtom(meta, [article])
    expect(parseAtomFeed(xml).entries?.[0]?.content).toEqual({ value: article.contentHtml, type: 'html' })
    expect((await rssParser.parseString(xml)).items[0]?.content).toBe(article.contentHtml)
    expect(xml).not.toContain('<strong>')
  })

  it('declares its language, id, subtitle, self link and home page', () => {
    const feed = parseAtomFeed(renderAtom(meta, [article]))
    expect(feed.xml?.lang).toBe('vi')
    expect(feed.id).toBe('urn:newsroom:feed:vi')
    expect(feed.subtitle?.value).toBe('Tin tức & thông cáo báo chí')
    expect(feed.links).toEqual([
      { rel: 'self', type: 'application/atom+xml', href: 'https://newsroom.example.vn/feeds/atom?lang=vi&topic=an-toan' },
      { rel: 'alternate', type: 'text/html', href: 'https://newsroom.example.vn/vi' },
    ])
  })

  it('writes RFC 3339 dates in UTC', () => {
    const feed = parseAtomFeed(renderAtom(meta, [article]))
    expect(feed.updated).toBe('2024-05-02T01:00:00.000Z')
    expect(feed.entries?.[0]?.published).toBe('2024-05-01T10:00:00.000Z')
    expect(feed.entries?.[0]?.updated).toBe('2024-05-02T01:00:00.000Z')
  })

  it('links each entry to its page and lists its topics with term and label', () => {
    const entry = parseAtomFeed(renderAtom(meta, [article])).entries?.[0]
    expect(entry?.id).toBe('urn:newsroom:item:42')
    expect(entry?.links?.[0]).toEqual({ rel: 'alternate', type: 'text/html', href: article.url })
    expect(entry?.categories).toEqual([
      { term: 'an-toan-mang', label: 'An toàn mạng' },
      { term: 'gia-dinh', label: 'Gia đình' },
    ])
  })

  it('attaches the lead image as an enclosure link with its size', () => {
    const links = parseAtomFeed(renderAtom(meta, [article])).entries?.[0]?.links
    expect(links?.find((link) => link.rel === 'enclosure')).toEqual({
      rel: 'enclosure',
      type: 'image/jpeg',
      href: 'https://cdn.example.vn/anh.jpg?w=1200&h=630',
      length: 48213,
      title: 'Ảnh minh hoạ',
    })
  })

  it('credits the newsroom at feed level and leaves out what an entry does not have', () => {
    const feed = parseAtomFeed(renderAtom(meta, [bare]))
    expect(feed.authors).toEqual([{ name: meta.title }])
    const entry = feed.entries?.[0]
    expect(entry?.authors).toBeUndefined()
    expect(entry?.content).toBeUndefined()
    expect(entry?.summary).toBeUndefined()
    expect(entry?.links).toHaveLength(1)
  })

  it('produces a valid feed when there are no entries', async () => {
    const xml = renderAtom(meta, [])
    const feed = parseAtomFeed(xml)
    expect(feed.id).toBe('urn:newsroom:feed:vi')
    expect(feed.entries).toBeUndefined()
    expect((await rssParser.parseString(xml)).items).toEqual([])
  })
})

describe('renderRss', () => {
  it('keeps Vietnamese diacritics in titles, descriptions and bylines', async () => {
    const parsed = await rssParser.parseString(renderRss(meta, [article]))
    expect(parsed.title).toBe('Phòng tin: Chiến dịch bảo vệ trẻ em')
    expect(parsed.items[0]?.title).toBe('Đừng để trẻ đơn độc trên mạng 👶')
    expect(parsed.items[0]?.content).toBe('Hướng dẫn cha mẹ nhận biết dấu hiệu dụ dỗ trực tuyến.')
    expect(parsed.items[0]?.creator).toBe('Nguyễn Thị Hương')
  })

  it('carries the HTML body in content:encoded as text, not as markup of the feed', async () => {
    const xml = renderRss(meta, [article])
    expect(parseRssFeed(xml).items?.[0]?.content?.encoded).toBe(article.contentHtml)
    expect((await rssParser.parseString(xml)).items[0]?.['content:encoded']).toBe(article.contentHtml)
    expect(xml).not.toContain('<strong>')
  })

  it('declares its language, home page, build date and atom self link', () => {
    const feed = parseRssFeed(renderRss(meta, [article]))
    expect(feed.language).toBe('vi')
    expect(feed.link).toBe('https://newsroom.example.vn/vi')
    expect(feed.description).toBe('Tin tức & thông cáo báo chí')
    expect(feed.lastBuildDate).toBe('Thu, 02 May 2024 01:00:00 GMT')
    expect(feed.atom?.links).toEqual([{ rel: 'self', type: 'application/rss+xml', href: 'https://newsroom.example.vn/feeds/atom?lang=vi&topic=an-toan' }])
  })

  it('identifies items by their ninjs uri, which is not a permalink', () => {
    const item = parseRssFeed(renderRss(meta, [article])).items?.[0]
    expect(item?.guid).toEqual({ value: 'urn:newsroom:item:42', isPermaLink: false })
    expect(item?.link).toBe(article.url)
  })

  it('writes the publication date in RFC 822 form', async () => {
    const item = (await rssParser.parseString(renderRss(meta, [article]))).items[0]
    expect(item?.pubDate).toBe('Wed, 01 May 2024 10:00:00 GMT')
    expect(item?.isoDate).toBe('2024-05-01T10:00:00.000Z')
  })

  it('lists topics by their localized names', () => {
    const item = parseRssFeed(renderRss(meta, [article])).items?.[0]
    expect(item?.categories).toEqual([{ name: 'An toàn mạng' }, { name: 'Gia đình' }])
  })

  it('attaches the lead image as an enclosure, with length 0 when the size is unknown', () => {
    const unsized: FeedEntry = { ...article, image: { url: 'https://cdn.example.vn/b.png', mimeType: 'image/png' } }
    const items = parseRssFeed(renderRss(meta, [article, unsized])).items
    expect(items?.[0]?.enclosures).toEqual([{ url: 'https://cdn.example.vn/anh.jpg?w=1200&h=630', type: 'image/jpeg', length: 48213 }])
    expect(items?.[1]?.enclosures).toEqual([{ url: 'https://cdn.example.vn/b.png', type: 'image/png', length: 0 }])
  })

  it('leaves out byline, description, body and enclosure when an item has none', () => {
    const item = parseRssFeed(renderRss(meta, [bare])).items?.[0]
    expect(item?.title).toBe('Tin ngắn')
    expect(item?.dc).toBeUndefined()
    expect(item?.description).toBeUndefined()
    expect(item?.content).toBeUndefined()
    expect(item?.enclosures).toBeUndefined()
  })

  it('produces a valid feed when there are no items', async () => {
    const xml = renderRss(meta, [])
    expect(parseRssFeed(xml).title).toBe('Phòng tin: Chiến dịch bảo vệ trẻ em')
    expect((await rssParser.parseString(xml)).items).toEqual([])
  })
})

describe('renderJsonFeed', () => {
  it('declares JSON Feed 1.1 with its language, urls and the newsroom as author', () => {
    const raw = JSON.parse(renderJsonFeed(meta, [article]))
    expect(raw.version).toBe('https://jsonfeed.org/version/1.1')
    const feed = parseJsonFeed(raw)
    expect(feed.title).toBe('Phòng tin: Chiến dịch bảo vệ trẻ em')
    expect(feed.description).toBe('Tin tức & thông cáo báo chí')
    expect(feed.language).toBe('vi')
    expect(feed.home_page_url).toBe('https://newsroom.example.vn/vi')
    expect(feed.feed_url).toBe('https://newsroom.example.vn/feeds/atom?lang=vi&topic=an-toan')
    expect(feed.authors).toEqual([{ name: meta.title }])
  })

  it('keeps Vietnamese text, the HTML body, dates, tags and image of an item', () => {
    const item = parseJsonFeed(JSON.parse(renderJsonFeed(meta, [article]))).items?.[0]
    expect(item).toEqual({
      id: 'urn:newsroom:item:42',
      url: article.url,
      title: 'Đừng để trẻ đơn độc trên mạng 👶',
      summary: 'Hướng dẫn cha mẹ nhận biết dấu hiệu dụ dỗ trực tuyến.',
      content_html: article.contentHtml,
      date_published: '2024-05-01T10:00:00.000Z',
      date_modified: '2024-05-02T01:00:00.000Z',
      tags: ['An toàn mạng', 'Gia đình'],
      image: 'https://cdn.example.vn/anh.jpg?w=1200&h=630',
      language: 'vi',
      authors: [{ name: 'Nguyễn Thị Hương' }],
    })
  })

  it('falls back to content_text when an item has no body, since one of the two is required', () => {
    const raw = JSON.parse(renderJsonFeed(meta, [bare, { ...bare, summary: 'Chỉ có tóm tắt' }]))
    expect(raw.items[0]).toMatchObject({ content_text: '' })
    expect(raw.items[0]).not.toHaveProperty('authors')
    expect(raw.items[1]).toMatchObject({ content_text: 'Chỉ có tóm tắt' })
  })

  it('produces a valid feed when there are no items', () => {
    const feed = parseJsonFeed(JSON.parse(renderJsonFeed(meta, [])))
    expect(feed.title).toBe('Phòng tin: Chiến dịch bảo vệ trẻ em')
    expect(JSON.parse(renderJsonFeed(meta, [])).items).toEqual([])
  })
})

describe('hostile input', () => {
  it('keeps closing tags, ]]>, ampersands and quotes as text in an Atom feed that still parses', async () => {
    const xml = renderAtom(meta, [hostile])
    expect(xml).not.toMatch(FORBIDDEN_IN_XML)
    const strict = await rssParser.parseString(xml)
    expect(strict.items[0]?.title).toBe(hostileTitleKept)
    const entry = parseAtomFeed(xml).entries?.[0]
    expect(entry?.title?.value).toBe(hostileTitleKept)
    expect(entry?.summary?.value).toBe('Tóm tắt ]]> <b>không đậm</b>')
    expect(entry?.content?.value).toBe('<p>Thân bài ]]> &amp; <![CDATA[ x ]]></p>')
    expect(entry?.authors).toEqual([{ name: 'Kẻ "xấu" & <đồng bọn>' }])
    expect(entry?.categories).toEqual([{ term: 'a&b', label: '</category><x>' }])
  })

  it('keeps closing tags, ]]>, ampersands and quotes as text in an RSS feed that still parses', async () => {
    const xml = renderRss(meta, [hostile])
    expect(xml).not.toMatch(FORBIDDEN_IN_XML)
    const strict = await rssParser.parseString(xml)
    expect(strict.items[0]?.title).toBe(hostileTitleKept)
    expect(strict.items[0]?.['content:encoded']).toBe('<p>Thân bài ]]> &amp; <![CDATA[ x ]]></p>')
    const item = parseRssFeed(xml).items?.[0]
    expect(item?.title).toBe(hostileTitleKept)
    expect(item?.description).toBe('Tóm tắt ]]> <b>không đậm</b>')
    expect(item?.categories).toEqual([{ name: '</category><x>' }])
    expect(item?.dc?.creators).toEqual(['Kẻ "xấu" & <đồng bọn>'])
  })

  it('carries the same cleaned text in the JSON Feed as in the XML feeds', () => {
    const json = renderJsonFeed(meta, [hostile])
    expect(json).not.toMatch(/\\u0000|\\b|\\ud800/i)
    const item = parseJsonFeed(JSON.parse(json)).items?.[0]
    expect(item?.title).toBe(hostileTitleKept)
    expect(item?.content_html).toBe('<p>Thân bài ]]> &amp; <![CDATA[ x ]]></p>')
  })
})
