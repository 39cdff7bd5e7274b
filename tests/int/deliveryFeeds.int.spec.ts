import { parseAtomFeed, parseJsonFeed, parseRssFeed } from 'feedsmith'
import type { Payload } from 'payload'
import Parser from 'rss-parser'
import sharp from 'sharp'
import { beforeAll, describe, expect, it } from 'vitest'

import { publishForTest } from '../helpers/content'
import { feed } from '../helpers/delivery'
import { getTestPayload } from '../helpers/testPayload'

/*
 * The public feeds, read the way subscribers read them: through third-party parsers
 * (rss-parser, feedsmith), never through the code that wrote them.
 */

type Lang = 'vi' | 'en'
type Format = 'atom.xml' | 'rss.xml' | 'feed.json'
type Entry = { id: string; title: string; link: string; categories: string[] }

const FORMATS: Format[] = ['atom.xml', 'rss.xml', 'feed.json']
const LANGS: Lang[] = ['vi', 'en']
const CONTENT_TYPE: Record<Format, string> = {
  'atom.xml': 'application/atom+xml; charset=utf-8',
  'rss.xml': 'application/rss+xml; charset=utf-8',
  'feed.json': 'application/feed+json; charset=utf-8',
}
const EMBARGO_MS = 5_000

const rssParser = new Parser()
const run = Date.now().toString(36)
let payload: Payload

type Doc = { id: number; slug: string; vi: string; en?: string }
let campaign: Doc
let otherCampaign: Doc
let topicSlug: string
let topicName: { vi: string; en: string }
let published: Doc
let viOnly: Doc
let elsewhere: Doc
let draft: Doc
let withdrawn: Doc
let embargoed: Doc & { embargoUntil: string }

const uri = (type: string, doc: Doc, lang: Lang) => `urn:newsroom:${type}:${doc.id}:${lang}`

/** An Atom text construct as feedsmith returns it: `{ value, type }`, or a plain string. */
const textOf = (value: unknown): string =>
  value && typeof value === 'object' && 'value' in value ? String((value as { value: unknown }).value) : String(value)

/** A feed parsed by both libraries; the two must agree on every entry. */
async function readFeed(lang: Lang, format: Format, query = ''): Promise<{ status: number; contentType: string | null; entries: Entry[]; text: string }> {
  const response = await feed(payload, `/${lang}/${format}${query}`)
  const contentType = response.headers.get('content-type')
  if (response.status !== 200) return { status: response.status, contentType, entries: [], text: response.text }
  let entries: Entry[]
  if (format === 'atom.xml') {
    const parsed = await rssParser.parseString(response.text)
    const smith = parseAtomFeed(response.text)
    entries = (smith.entries ?? []).map((entry) => ({
      id: String(entry.id),
      title: textOf(entry.title),
      link: String(entry.links?.find((link) => (link.rel ?? 'alternate') === 'alternate')?.href),
      categories: (entry.categories ?? []).map((category) => String(category.label ?? category.term)),
    }))
    expect(parsed.items.map((item) => [item.id, item.title, item.link])).toEqual(entries.map((entry) => [entry.id, entry.title, entry.link]))
  } else if (format === 'rss.xml') {
    const parsed = await rssParser.parseString(response.text)
    const smith = parseRssFeed(response.text)
    entries = (smith.items ?? []).map((item) => ({
      id: String(item.guid?.value),
      title: String(item.title),
      link: String(item.link),
      categories: (item.categories ?? []).map((category) => String(category.name)),
    }))
    expect(parsed.items.map((item) => [item.guid, item.title, item.link])).toEqual(entries.map((entry) => [entry.id, entry.title, entry.link]))
    expect(parsed.language ?? (parsed as { language?: string }).language).toBe(lang)
  } else {
    const raw = JSON.parse(response.text)
    // feedsmith reads the version to recognise the feed but leaves it out of what it returns.
    expect(raw.version).toBe('https://jsonfeed.org/version/1.1')
    const smith = parseJsonFeed(raw)
    expect(smith.language).toBe(lang)
    entries = (smith.items ?? []).map((item) => ({
      id: String(item.id),
      title: String(item.title),
      link: String(item.url),
      categories: (item.tags ?? []).map(String),
    }))
    for (const item of smith.items ?? []) expect(item.language).toBe(lang)
  }
  return { status: response.status, contentType, entries, text: response.text }
}

async function makeTopic() {
  topicSlug = `feed-an-toan-${run}`
  topicName = { vi: `An toàn ${run}`, en: `Safety ${run}` }
  const topic = await payload.create({ collection: 'topics', data: { name: topicName.vi, slug: topicSlug } as never, locale: 'vi', overrideAccess: true })
  await payload.update({ collection: 'topics', id: topic.id, data: { name: topicName.en } as never, locale: 'en', overrideAccess: true })
  return Number(topic.id)
}

async function makeDoc(collection: 'articles' | 'campaigns', titles: { vi: string; en?: string }, data: Record<string, unknown>): Promise<Doc> {
  const field = collection === 'articles' ? 'headline' : 'title'
  const summary = collection === 'articles' ? 'standfirst' : 'summary'
  const created = (await payload.create({
    collection,
    data: { [field]: titles.vi, [summary]: `Tóm tắt: ${titles.vi}`, ...data } as never,
    locale: 'vi',
    draft: true,
    overrideAccess: true,
  })) as any
  if (titles.en) {
    await payload.update({
      collection,
      id: created.id,
      data: { [field]: titles.en, [summary]: `Summary: ${titles.en}` } as never,
      locale: 'en',
      draft: true,
      overrideAccess: true,
    })
  }
  return { id: Number(created.id), slug: String(created.slug), ...titles }
}

beforeAll(async () => {
  payload = await getTestPayload()
  const topicId = await makeTopic()
  const image = await payload.create({
    collection: 'media',
    data: { alt: 'Ảnh bìa', credit: 'Bộ TT&TT' } as never,
    file: {
      data: await sharp({ create: { width: 640, height: 480, channels: 3, background: '#2a6' } })
        .png()
        .toBuffer(),
      mimetype: 'image/png',
      name: `bia-${run}.png`,
      size: 1,
    },
    overrideAccess: true,
  })

  campaign = await makeDoc('campaigns', { vi: `Chiến dịch nguồn tin ${run}`, en: `Feed campaign ${run}` }, { topics: [topicId] })
  await publishForTest(payload, 'campaigns', campaign.id)
  otherCampaign = await makeDoc('campaigns', { vi: `Chiến dịch khác ${run}` }, {})
  await publishForTest(payload, 'campaigns', otherCampaign.id)

  published = await makeDoc(
    'articles',
    { vi: `Bài đã đăng ${run}`, en: `Published article ${run}` },
    { campaign: campaign.id, topics: [topicId], images: [image.id], byline: 'Lê Minh' },
  )
  await publishForTest(payload, 'articles', published.id)
  viOnly = await makeDoc('articles', { vi: `Bài chỉ tiếng Việt ${run}` }, { campaign: campaign.id })
  await publishForTest(payload, 'articles', viOnly.id)
  elsewhere = await makeDoc('articles', { vi: `Bài chiến dịch khác ${run}`, en: `Other campaign article ${run}` }, { campaign: otherCampaign.id })
  await publishForTest(payload, 'articles', elsewhere.id)
  draft = await makeDoc('articles', { vi: `Bản nháp ${run}`, en: `Draft ${run}` }, { campaign: campaign.id, topics: [topicId] })
  withdrawn = await makeDoc('articles', { vi: `Bài đã gỡ ${run}`, en: `Withdrawn article ${run}` }, { campaign: campaign.id, topics: [topicId] })
  await publishForTest(payload, 'articles', withdrawn.id)
  await payload.update({
    collection: 'articles',
    id: withdrawn.id,
    data: { _status: 'draft', stage: 'withdrawn' } as never,
    context: { workflow: 'withdraw' },
    overrideAccess: true,
  })
}, 120_000)

describe('the public feeds', () => {
  for (const lang of LANGS) {
    for (const format of FORMATS) {
      it(`serves /feeds/${lang}/${format} without a key, as ${CONTENT_TYPE[format]}, in a form real parsers read`, async () => {
        const result = await readFeed(lang, format)
        expect(result.status, result.text).toBe(200)
        expect(result.contentType).toBe(CONTENT_TYPE[format])
        expect(result.entries.length).toBeGreaterThan(0)
      })
    }
  }

  it('includes a published item with its title, public link and topic in every format and language', async () => {
    for (const lang of LANGS) {
      for (const format of FORMATS) {
        const { entries } = await readFeed(lang, format)
        const entry = entries.find((e) => e.id === uri('article', published, lang))
        expect(entry, `${lang} ${format}`).toBeDefined()
        expect(entry!.title).toBe(published[lang])
        expect(entry!.link).toBe(`http://newsroom.test/${lang === 'en' ? 'en/' : ''}articles/${published.slug}`)
        expect(entry!.categories).toContain(topicName[lang])
      }
    }
  })

  it('leaves out drafts in every format and language, and shows a withdrawn item only as withdrawn', async () => {
    for (const lang of LANGS) {
      for (const format of FORMATS) {
        const { entries, text } = await readFeed(lang, format)
        const ids = entries.map((e) => e.id)
        expect(ids, `${lang} ${format}`).not.toContain(uri('article', draft, lang))
        expect(text).not.toContain(draft[lang]!)
        // Atom: a tombstone, not an entry; RSS and JSON Feed: the entry, marked (see feedsWithdrawn.int.spec.ts).
        const entry = entries.find((e) => e.id === uri('article', withdrawn, lang))
        if (format === 'atom.xml') expect(entry, `${lang} ${format}`).toBeUndefined()
        else expect(entry?.title, `${lang} ${format}`).toBe(`${lang === 'vi' ? '[Đã rút]' : '[Withdrawn]'} ${withdrawn[lang]}`)
      }
    }
  })

  it('leaves out an embargoed item until its embargo is lifted, then includes it', async () => {
    const embargoUntil = new Date(Date.now() + EMBARGO_MS).toISOString()
    const made = await makeDoc('articles', { vi: `Tin cấm đăng ${run}`, en: `Embargoed news ${run}` }, { campaign: campaign.id, topics: [], embargoUntil })
    await publishForTest(payload, 'articles', made.id)
    embargoed = { ...made, embargoUntil }
    expect(Date.now(), 'the publication took longer than the embargo; raise EMBARGO_MS').toBeLessThan(Date.parse(embargoUntil))
    for (const lang of LANGS) {
      for (const format of FORMATS) {
        const { entries, text } = await readFeed(lang, format)
        expect(
          entries.map((e) => e.id),
          `${lang} ${format}`,
        ).not.toContain(uri('article', embargoed, lang))
        expect(text).not.toContain(embargoed[lang]!)
        const filtered = await readFeed(lang, format, `?campaign=${campaign.slug}`)
        expect(
          filtered.entries.map((e) => e.id),
          `${lang} ${format}`,
        ).not.toContain(uri('article', embargoed, lang))
      }
    }
    await new Promise((resolve) => setTimeout(resolve, Date.parse(embargoUntil) - Date.now() + 200))
    for (const lang of LANGS) {
      for (const format of FORMATS) {
        const { entries } = await readFeed(lang, format)
        expect(
          entries.map((e) => e.id),
          `${lang} ${format}`,
        ).toContain(uri('article', embargoed, lang))
        expect(entries.find((e) => e.id === uri('article', embargoed, lang))!.title).toBe(embargoed[lang])
      }
    }
  })

  it('keeps to one campaign with ?campaign=, the campaign itself included', async () => {
    for (const lang of LANGS) {
      for (const format of FORMATS) {
        const { status, entries } = await readFeed(lang, format, `?campaign=${campaign.slug}`)
        expect(status).toBe(200)
        const ids = entries.map((e) => e.id)
        expect(ids, `${lang} ${format}`).toContain(uri('article', published, lang))
        expect(ids, `${lang} ${format}`).toContain(uri('campaign', campaign, lang))
        expect(ids, `${lang} ${format}`).not.toContain(uri('article', elsewhere, lang))
        expect(ids, `${lang} ${format}`).not.toContain(uri('campaign', otherCampaign, lang))
        // RSS and JSON Feed keep the withdrawn article of this campaign for a while, marked.
        const kept = format === 'atom.xml' ? [] : [withdrawn]
        const allowed = new Set(
          [published, viOnly, campaign, embargoed, ...kept].filter(Boolean).flatMap((doc) => [uri('article', doc, lang), uri('campaign', doc, lang)]),
        )
        expect(
          ids.filter((id) => !allowed.has(id)),
          `${lang} ${format}`,
        ).toEqual([])
      }
    }
    const other = await readFeed('vi', 'atom.xml', `?campaign=${otherCampaign.slug}`)
    expect(other.entries.map((e) => e.id).sort()).toEqual([uri('article', elsewhere, 'vi'), uri('campaign', otherCampaign, 'vi')].sort())
  })

  it('keeps to one topic with ?topic=', async () => {
    for (const lang of LANGS) {
      for (const format of FORMATS) {
        const { status, entries } = await readFeed(lang, format, `?topic=${topicSlug}`)
        expect(status).toBe(200)
        // RSS and JSON Feed keep the withdrawn article of this topic for a while, marked and without its topics.
        const kept = format === 'atom.xml' ? [] : [uri('article', withdrawn, lang)]
        expect(entries.map((e) => e.id).sort(), `${lang} ${format}`).toEqual([uri('article', published, lang), uri('campaign', campaign, lang), ...kept].sort())
        for (const entry of entries.filter((e) => !kept.includes(e.id))) expect(entry.categories).toContain(topicName[lang])
      }
    }
    const none = await readFeed('vi', 'rss.xml', `?topic=khong-co-chu-de-${run}`)
    expect(none.status).toBe(200)
    expect(none.entries).toEqual([])
  })

  it('answers 400 naming the field for a malformed or repeated campaign or topic slug', async () => {
    for (const [query, field] of [
      ['?campaign=Not%20A%20Slug', 'campaign'],
      ['?campaign=%27%3B%20DROP%20TABLE%20articles%3B--', 'campaign'],
      ['?topic=UPPER', 'topic'],
      ['?topic=a--b', 'topic'],
      [`?topic=${'a'.repeat(121)}`, 'topic'],
      ['?campaign=', 'campaign'],
      [`?campaign=${campaign.slug}&campaign=${otherCampaign.slug}`, 'campaign'],
    ] as const) {
      for (const format of FORMATS) {
        const response = await feed(payload, `/vi/${format}${query}`)
        expect(response.status, `${format}${query}`).toBe(400)
        expect(response.body.error).toMatchObject({ code: 'invalid_parameter', field })
        expect(response.body.error.message).toEqual(expect.any(String))
      }
    }
  })

  it('answers 404 for a language or format that has no feed', async () => {
    for (const path of ['/fr/atom.xml', '/VI/rss.xml', '/vn/feed.json', '/en-US/atom.xml', '/vi/feed.xml', '/en/atom.json']) {
      const response = await feed(payload, path)
      expect(response.status, path).toBe(404)
      expect(response.body.error.code).toBe('not_found')
    }
  })

  it('gives the English feeds only items that have an English title', async () => {
    for (const format of FORMATS) {
      const { entries } = await readFeed('en', format)
      expect(entries.length).toBeGreaterThan(0)
      for (const entry of entries) {
        expect(entry.id, format).toMatch(/:en$/)
        expect(entry.title.trim(), format).not.toBe('')
      }
      const ids = entries.map((e) => e.id)
      expect(ids).not.toContain(uri('article', viOnly, 'en'))
      expect(ids).not.toContain(uri('campaign', otherCampaign, 'en'))
      expect(entries.find((e) => e.id === uri('article', published, 'en'))?.title).toBe(published.en)
      expect(entries.some((e) => e.title === published.vi || e.title === viOnly.vi)).toBe(false)
    }
    for (const format of FORMATS) {
      const { entries } = await readFeed('vi', format)
      expect(entries.map((e) => e.id)).toContain(uri('article', viOnly, 'vi'))
      for (const entry of entries) expect(entry.id, format).toMatch(/:vi$/)
    }
  })
})
