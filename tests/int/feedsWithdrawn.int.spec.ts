import { parseAtomFeed, parseJsonFeed, parseRssFeed } from 'feedsmith'
import type { Payload } from 'payload'
import Parser from 'rss-parser'
import { beforeAll, describe, expect, it } from 'vitest'

import { poolOf } from '@/db/sql'
import { makeCampaign, publishForTest } from '../helpers/content'
import { feed } from '../helpers/delivery'
import { login, rest } from '../helpers/rest'
import { getTestPayload } from '../helpers/testPayload'
import { makeStaff } from '../helpers/users'

/*
 * What the public feeds say of a withdrawn item, read through third-party parsers: Atom
 * announces it deleted (RFC 6721 tombstone, with the reason), RSS and JSON Feed keep the
 * entry for 30 days after the withdrawal, its title marked and its text giving the reason,
 * then drop it. A major update leads the updated entry with its change note.
 */

type Lang = 'vi' | 'en'
const TOMBSTONES = 'http://purl.org/atompub/tombstones/1.0'
const rssParser = new Parser()
const run = Date.now().toString(36)
let payload: Payload
let reviewerToken: string
let campaignId: number

type Doc = { id: number; slug: string; vi: string; en: string }

const uri = (doc: Doc, lang: Lang) => `urn:newsroom:article:${doc.id}:${lang}`

async function makeArticle(titles: { vi: string; en: string }): Promise<Doc> {
  const created = (await payload.create({
    collection: 'articles',
    data: { headline: titles.vi, standfirst: `Tóm tắt: ${titles.vi}`, campaign: campaignId } as never,
    locale: 'vi',
    draft: true,
    overrideAccess: true,
  })) as { id: number; slug: string }
  await payload.update({
    collection: 'articles',
    id: created.id,
    data: { headline: titles.en, standfirst: `Summary: ${titles.en}` } as never,
    locale: 'en',
    draft: true,
    overrideAccess: true,
  })
  await publishForTest(payload, 'articles', created.id)
  return { id: Number(created.id), slug: created.slug, ...titles }
}

async function withdraw(doc: Doc, reason: string) {
  const response = await rest('POST', `/workflow/articles/${doc.id}`, { token: reviewerToken, body: { action: 'withdraw', comment: reason } })
  expect(response.status, JSON.stringify(response.body)).toBe(200)
}

/** Moves an item's withdrawal back in time, as if it had happened `ms` ago. */
async function withdrawnAgo(doc: Doc, ms: number) {
  await poolOf(payload).query(
    `UPDATE delivery_changes SET occurred_at = now() - ($2::bigint * interval '1 millisecond') WHERE doc_id = $1 AND content_type = 'article' AND pub_status = 'canceled'`,
    [doc.id, ms],
  )
}

async function text(lang: Lang, format: 'atom.xml' | 'rss.xml' | 'feed.json'): Promise<string> {
  const response = await feed(payload, `/${lang}/${format}`)
  expect(response.status).toBe(200)
  return response.text
}

/** The feed's entries as both parsers read them; they must agree. */
async function entriesOf(lang: Lang, format: 'atom.xml' | 'rss.xml' | 'feed.json') {
  const body = await text(lang, format)
  if (format === 'feed.json') {
    return (parseJsonFeed(JSON.parse(body)).items ?? []).map((item) => ({
      id: String(item.id),
      title: String(item.title),
      text: `${item.summary ?? ''} ${item.content_text ?? ''} ${item.content_html ?? ''}`,
    }))
  }
  const parsed = await rssParser.parseString(body)
  const smith = format === 'atom.xml' ? (parseAtomFeed(body).entries ?? []) : (parseRssFeed(body).items ?? [])
  expect(parsed.items).toHaveLength(smith.length)
  return parsed.items.map((item) => ({
    id: String(item.guid ?? item.id),
    title: String(item.title),
    text: `${item.contentSnippet ?? ''} ${item.content ?? ''} ${item.summary ?? ''}`,
  }))
}

/** The RFC 6721 tombstones of an Atom feed: element, namespace, ref, when and comment. */
function tombstonesOf(atom: string): Array<{ ref: string; when: string; comment: string }> {
  const prefix = /xmlns:(\w+)="http:\/\/purl\.org\/atompub\/tombstones\/1\.0"/.exec(atom)?.[1]
  if (!prefix) return []
  const pattern = new RegExp(`<${prefix}:deleted-entry ref="([^"]+)" when="([^"]+)">([\\s\\S]*?)</${prefix}:deleted-entry>`, 'g')
  return [...atom.matchAll(pattern)].map((match) => ({
    ref: match[1]!,
    when: match[2]!,
    comment: /<\w+:comment[^>]*>([\s\S]*?)<\/\w+:comment>/.exec(match[3]!)?.[1] ?? '',
  }))
}

beforeAll(async () => {
  payload = await getTestPayload()
  const reviewer = await makeStaff(payload, ['reviewer'])
  reviewerToken = await login(reviewer.email, reviewer.password)
  campaignId = Number((await makeCampaign(payload, `Chiến dịch nguồn tin rút bài ${run}`)).id)
  await publishForTest(payload, 'campaigns', campaignId)
})

describe('a withdrawn item in the feeds', () => {
  const reason = `Ảnh minh hoạ để lộ mặt một em nhỏ & trường học (${run}).`
  let withdrawn: Doc
  let kept: Doc

  beforeAll(async () => {
    kept = await makeArticle({ vi: `Bài vẫn đăng ${run}`, en: `Still published ${run}` })
    withdrawn = await makeArticle({ vi: `Bài bị rút ${run}`, en: `Withdrawn story ${run}` })
    await withdraw(withdrawn, reason)
  })

  it('marks it deleted in Atom with an at:deleted-entry naming the entry, the time and the reason', async () => {
    for (const lang of ['vi', 'en'] as Lang[]) {
      const atom = await text(lang, 'atom.xml')
      expect(atom).toContain(`xmlns:at="${TOMBSTONES}"`)
      const [tombstone, ...others] = tombstonesOf(atom).filter((entry) => entry.ref === uri(withdrawn, lang))
      expect(others).toHaveLength(0)
      expect(Math.abs(Date.parse(tombstone!.when) - Date.now())).toBeLessThan(60_000)
      expect(tombstone!.comment).toContain(reason.replace('&', '&amp;'))
      expect(tombstone!.comment).toContain(lang === 'vi' ? 'Nội dung này đã bị rút lúc' : 'This item was withdrawn on')
      // No longer an entry: the parsers list the live one only, and never the withdrawn title.
      const ids = (await entriesOf(lang, 'atom.xml')).map((entry) => entry.id)
      expect(ids).toContain(uri(kept, lang))
      expect(ids).not.toContain(uri(withdrawn, lang))
      expect(atom).not.toContain(`<title type="text">${withdrawn[lang]}</title>`)
    }
  })

  it('keeps it in RSS and JSON Feed, titled as withdrawn in the feed’s language, its text giving the reason', async () => {
    for (const lang of ['vi', 'en'] as Lang[]) {
      for (const format of ['rss.xml', 'feed.json'] as const) {
        const entries = await entriesOf(lang, format)
        const entry = entries.find((candidate) => candidate.id === uri(withdrawn, lang))
        expect(entry, `${lang} ${format}`).toBeDefined()
        expect(entry!.title).toBe(lang === 'vi' ? `[Đã rút] ${withdrawn.vi}` : `[Withdrawn] ${withdrawn.en}`)
        expect(entry!.text).toContain(reason)
        expect(entry!.text).toContain(lang === 'vi' ? 'Lý do:' : 'Reason:')
        // The body is gone from the feed, as from the API.
        expect(entry!.text).not.toContain(`Tóm tắt: ${withdrawn.vi}`)
        expect(entries.find((candidate) => candidate.id === uri(kept, lang))!.title).toBe(kept[lang])
      }
    }
  })

  it('drops it from every feed 30 days after the withdrawal, and keeps one withdrawn 29 days ago', async () => {
    const old = await makeArticle({ vi: `Bài rút đã lâu ${run}`, en: `Withdrawn long ago ${run}` })
    const recent = await makeArticle({ vi: `Bài rút gần đây ${run}`, en: `Withdrawn lately ${run}` })
    await withdraw(old, 'Sai số liệu.')
    await withdraw(recent, 'Trùng bài.')
    await withdrawnAgo(old, 30 * 86_400_000 + 60_000)
    await withdrawnAgo(recent, 29 * 86_400_000)
    for (const lang of ['vi', 'en'] as Lang[]) {
      for (const format of ['rss.xml', 'feed.json'] as const) {
        const ids = (await entriesOf(lang, format)).map((entry) => entry.id)
        expect(ids, `${lang} ${format}`).not.toContain(uri(old, lang))
        expect(ids, `${lang} ${format}`).toContain(uri(recent, lang))
      }
      const refs = tombstonesOf(await text(lang, 'atom.xml')).map((entry) => entry.ref)
      expect(refs).not.toContain(uri(old, lang))
      expect(refs).toContain(uri(recent, lang))
      expect(await text(lang, 'rss.xml')).not.toContain(old[lang])
    }
  })

  it('drops it when its 30 days run out, even though nothing was published since', async () => {
    const expiring = await makeArticle({ vi: `Bài sắp hết hạn giữ ${run}`, en: `About to drop ${run}` })
    await withdraw(expiring, 'Hết hiệu lực.')
    await withdrawnAgo(expiring, 30 * 86_400_000 - 3_000)
    const generation = async () => Number((await poolOf(payload).query('SELECT generation FROM delivery_state')).rows[0].generation)
    const before = await generation()
    expect((await entriesOf('vi', 'rss.xml')).map((entry) => entry.id)).toContain(uri(expiring, 'vi'))
    await new Promise((resolve) => setTimeout(resolve, 3_500))
    expect(await generation()).toBe(before)
    expect((await entriesOf('vi', 'rss.xml')).map((entry) => entry.id)).not.toContain(uri(expiring, 'vi'))
    expect((await entriesOf('vi', 'feed.json')).map((entry) => entry.id)).not.toContain(uri(expiring, 'vi'))
  })
})

describe('a major update in the feeds', () => {
  it('leads the updated entry with its change note, in summary and content, in every format', async () => {
    const doc = await makeArticle({ vi: `Bài được đính chính ${run}`, en: `Corrected story ${run}` })
    const note = `Sửa lại số tổng đài: 111 (${run}).`
    await payload.update({
      collection: 'articles',
      id: doc.id,
      data: { standfirst: 'Gọi 111.', majorChange: true, changeNote: note } as never,
      locale: 'vi',
      draft: true,
      overrideAccess: true,
    })
    await payload.update({
      collection: 'articles',
      id: doc.id,
      data: { _status: 'published', stage: 'published', majorChange: false } as never,
      context: { workflow: 'publish', majorChange: true },
      overrideAccess: true,
    })
    for (const format of ['atom.xml', 'rss.xml', 'feed.json'] as const) {
      const entry = (await entriesOf('vi', format)).find((candidate) => candidate.id === uri(doc, 'vi'))
      expect(entry, format).toBeDefined()
      expect(entry!.title).toBe(doc.vi)
      expect(entry!.text, format).toMatch(/Cập nhật lúc \d{2}\/\d{2}\/\d{4} \d{2}:\d{2}: /)
      expect(entry!.text, format).toContain(note)
    }
    const rss = await text('vi', 'rss.xml')
    expect(rss).toMatch(new RegExp(`<description>Cập nhật lúc [^<]*${note.replace(/[()]/g, '\\$&')}`))
    expect(rss).toContain(`&lt;p&gt;&lt;strong&gt;Cập nhật lúc`)
  })
})
