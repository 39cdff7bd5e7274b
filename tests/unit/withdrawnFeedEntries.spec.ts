import { parseAtomFeed } from 'feedsmith'
import Parser from 'rss-parser'
import { describe, expect, it } from 'vitest'

import type { FeedRow } from '@/delivery/api/queryChanges'
import { feedEntryOf } from '@/delivery/feeds/feedEntryOf'
import { renderAtom } from '@/delivery/feeds/renderAtom'
import { renderJsonFeed } from '@/delivery/feeds/renderJsonFeed'
import { renderRss } from '@/delivery/feeds/renderRss'
import type { FeedMeta } from '@/delivery/feeds/types'
import { canceledNinjs } from '@/delivery/ninjs/renderNinjs'
import type { NinjsItem } from '@/delivery/ninjs/types'

const SITE = 'https://newsroom.example.vn'
const meta = (lang: 'vi' | 'en'): FeedMeta => ({
  lang,
  title: 'Phòng tin',
  description: 'Tin',
  homeUrl: `${SITE}/`,
  selfUrl: `${SITE}/feeds/${lang}/atom.xml`,
  updated: '2026-11-28T17:30:00Z',
  id: `urn:newsroom:feed:${lang}`,
})

const live: NinjsItem = {
  uri: 'urn:newsroom:article:42:vi',
  type: 'text',
  profile: 'article',
  version: '1',
  firstCreated: '2026-11-01T00:00:00.000Z',
  versionCreated: '2026-11-01T00:00:00.000Z',
  pubStatus: 'usable',
  language: 'vi',
  headlines: [{ role: 'main', value: 'Bài có tên em nhỏ' }],
  descriptions: [{ role: 'summary', contentType: 'text/plain', value: 'Tóm tắt' }],
  bodies: [{ role: 'main', contentType: 'text/html', value: '<p>Thân bài</p>' }],
  altIds: [{ role: 'id', value: '42' }],
}

const row = (ninjs: NinjsItem, extra: Partial<FeedRow> = {}): FeedRow => ({
  id: 7,
  ninjs,
  slug: 'bai-co-ten',
  contentType: 'article',
  firstPublished: new Date('2026-11-01T00:00:00Z'),
  pubStatus: ninjs.pubStatus === 'canceled' ? 'canceled' : 'usable',
  occurredAt: new Date(ninjs.versionCreated!),
  ...extra,
})

const withdrawn = row(canceledNinjs(live, 2, new Date('2026-11-28T17:30:00Z'), 'Lộ tên & trường của em'))

describe('a withdrawn item in the feeds', () => {
  it('carries the reason in the canceled ninjs edNote', () => {
    expect(withdrawn.ninjs).toMatchObject({ pubStatus: 'canceled', edNote: 'Lộ tên & trường của em' })
    expect(withdrawn.ninjs.bodies).toBeUndefined()
  })

  it('is an RFC 6721 tombstone in Atom, which feed parsers no longer list as an entry', () => {
    const atom = renderAtom(meta('vi'), [feedEntryOf(withdrawn, 'vi', SITE)])
    expect(atom).toContain('xmlns:at="http://purl.org/atompub/tombstones/1.0"')
    expect(atom).toContain('<at:deleted-entry ref="urn:newsroom:article:42:vi" when="2026-11-28T17:30:00.000Z">')
    expect(atom).toContain('<at:comment type="text">Nội dung này đã bị rút lúc 29/11/2026 00:30 (giờ Việt Nam). Lý do: Lộ tên &amp; trường của em</at:comment>')
    expect(parseAtomFeed(atom).entries ?? []).toHaveLength(0)
  })

  it('keeps its RSS item and JSON Feed item, titled as withdrawn in the feed’s language, with the reason as text', async () => {
    const en = row(
      canceledNinjs(
        { ...live, uri: 'urn:newsroom:article:42:en', language: 'en', headlines: [{ value: 'Named child story' }] },
        2,
        new Date('2026-11-28T17:30:00Z'),
        'Named a child',
      ),
    )
    const rss = await new Parser().parseString(renderRss(meta('en'), [feedEntryOf(en, 'en', SITE)]))
    expect(rss.items[0]).toMatchObject({ title: '[Withdrawn] Named child story', guid: 'urn:newsroom:article:42:en', link: `${SITE}/en/articles/bai-co-ten` })
    expect(rss.items[0]!.contentSnippet).toBe('This item was withdrawn on 29/11/2026 00:30 (Vietnam time). Reason: Named a child')
    const json = JSON.parse(renderJsonFeed(meta('vi'), [feedEntryOf(withdrawn, 'vi', SITE)]))
    expect(json.items[0]).toMatchObject({ title: '[Đã rút] Bài có tên em nhỏ', content_text: expect.stringContaining('Lý do: Lộ tên & trường của em') })
    expect(json.items[0].content_html).toBeUndefined()
  })
})

describe('a major update in the feeds', () => {
  it('leads the summary and the content with the change note, escaped', () => {
    const updated = row({ ...live, version: '2', versionCreated: '2026-11-28T17:30:00.000Z', edNote: 'Số đúng là 111 <không phải 112>' })
    const entry = feedEntryOf(updated, 'vi', SITE)
    expect(entry.summary).toBe('Cập nhật lúc 29/11/2026 00:30: Số đúng là 111 <không phải 112>\n\nTóm tắt')
    expect(entry.contentHtml).toBe('<p><strong>Cập nhật lúc 29/11/2026 00:30: Số đúng là 111 &lt;không phải 112&gt;</strong></p><p>Thân bài</p>')
  })

  it('adds nothing to an entry without a change note', () => {
    const entry = feedEntryOf(row(live), 'vi', SITE)
    expect(entry.summary).toBe('Tóm tắt')
    expect(entry.contentHtml).toBe('<p>Thân bài</p>')
  })
})
