import Ajv2020 from 'ajv/dist/2020'
import addFormats from 'ajv-formats'
import type { Payload } from 'payload'
import sharp from 'sharp'
import { beforeAll, describe, expect, it } from 'vitest'

import schema from '@/delivery/ninjs/ninjs-schema_3.1.json'
import { copyrightHolder, usageTerms } from '@/delivery/ninjs/usageTerms'
import { publishForTest } from '../helpers/content'
import { makeAgency, syncAll, v1 } from '../helpers/delivery'
import { getTestPayload } from '../helpers/testPayload'

/*
 * Every item the v1 API gives out, for every content type, language set and embargo state,
 * is checked against IPTC's own ninjs 3.x JSON Schema (src/delivery/ninjs/ninjs-schema_3.1.json),
 * and against what each of our fields should become in ninjs.
 */

type Kind = 'article' | 'campaign' | 'briefing-pack'
type Lang = 'vi' | 'en'
type LocaleSet = 'vi' | 'vi+en'
type EmbargoState = 'none' | 'embargoed' | 'lifted' | 'withdrawn'
type Audience = 'trusted' | 'public'

type Scenario = {
  kind: Kind
  locales: LocaleSet
  embargo: EmbargoState
  id: number
  createdAt: string
  langs: Lang[]
  embargoUntil?: string
  text: Record<Lang, Record<string, string>>
}

const KINDS: Kind[] = ['article', 'campaign', 'briefing-pack']
const LOCALE_SETS: LocaleSet[] = ['vi', 'vi+en']
const EMBARGO_STATES: EmbargoState[] = ['none', 'embargoed', 'lifted', 'withdrawn']
const COLLECTION: Record<Kind, 'articles' | 'campaigns' | 'briefing-packs'> = { article: 'articles', campaign: 'campaigns', 'briefing-pack': 'briefing-packs' }
const SITE = 'http://newsroom.test/'
// Time to publish the six "lifted" items (three types, two language sets) before their embargo passes.
const LIFT_AFTER_MS = 15_000

const ajv = new Ajv2020({ strict: false, allErrors: true })
addFormats(ajv)
// The schema points places at the GeoJSON schema on geojson.org, which cannot be fetched
// here; we send no places, so a stand-in that accepts any GeoJSON-shaped object will do.
ajv.addSchema({ $id: 'https://geojson.org/schema/GeoJSON.json', type: 'object', required: ['type'], properties: { type: { type: 'string' } } })
const validateNinjs = ajv.compile(schema)

let payload: Payload
let trustedKey: string
let publicKey: string
const run = Date.now().toString(36)
const scenarios: Scenario[] = []
let hostCampaign: { id: number }
let topics: Array<{ id: number; slug: string; name: Record<Lang, string> }>
let audience: { id: number; slug: string; name: Record<Lang, string> }
type MediaFixture = { id: number; credit: string; alt: Record<Lang, string>; usageTerms: Record<Lang, string>; mimeType: string }
let photo: MediaFixture
let secondPhoto: MediaFixture
let pdf: MediaFixture
const listed: Record<Audience, any[]> = { trusted: [], public: [] }

// Lexical rich text, as the admin editor saves it.
const textNode = (text: string, format = 0) => ({ type: 'text', text, format, detail: 0, mode: 'normal', style: '', version: 1 })
const block = { direction: 'ltr', format: '', indent: 0, version: 1 }
function lexical(t: Record<string, string>) {
  return {
    root: {
      type: 'root',
      ...block,
      children: [
        { type: 'heading', tag: 'h2', ...block, children: [textNode(t.heading!)] },
        { type: 'paragraph', ...block, textFormat: 0, children: [textNode(`${t.lead!} `), textNode(t.bold!, 1)] },
        {
          type: 'list',
          listType: 'bullet',
          tag: 'ul',
          start: 1,
          ...block,
          children: [{ type: 'listitem', value: 1, ...block, children: [textNode(t.bullet!)] }],
        },
      ],
    },
  }
}

function textsFor(kind: Kind, lang: Lang, label: string): Record<string, string> {
  const vi = lang === 'vi'
  const base = {
    title: vi ? `${label}: Bảo vệ trẻ em trên mạng ${run}` : `${label}: Protecting children online ${run}`,
    summary: vi ? `Tóm tắt ${label} cho phụ huynh và thầy cô.` : `Summary of ${label} for parents and teachers.`,
    heading: vi ? 'Những điều cần biết' : 'What to know',
    lead: vi ? 'Trẻ em cần được' : 'Children need to be',
    bold: vi ? 'bảo vệ an toàn' : 'kept safe',
    bullet: vi ? 'Trò chuyện với con mỗi ngày' : 'Talk with your child every day',
  }
  if (kind === 'article') return { ...base, byline: vi ? 'Nguyễn Thị Hương' : 'Huong Nguyen' }
  if (kind === 'campaign') {
    return {
      ...base,
      message1: vi ? 'Không chia sẻ ảnh của trẻ công khai' : 'Do not share pictures of children publicly',
      message2: vi ? 'Báo cáo nội dung xấu' : 'Report harmful content',
      ctaLabel: vi ? 'Tìm hiểu thêm' : 'Learn more',
      helpline: vi ? 'Tổng đài bảo vệ trẻ em' : 'Child protection hotline',
    }
  }
  return {
    ...base,
    statement: vi ? 'Trẻ em dùng mạng mỗi ngày' : 'Children go online every day',
    source: vi ? 'Bộ Thông tin và Truyền thông' : 'Ministry of Information and Communications',
    point: vi ? 'An toàn trên mạng là trách nhiệm chung' : 'Online safety is everyone’s job',
    question: vi ? 'Cha mẹ nên làm gì?' : 'What should parents do?',
    answer: vi ? 'Đồng hành cùng con khi dùng mạng.' : 'Stay with their children online.',
    role: vi ? 'Vụ trưởng' : 'Director',
  }
}

function dataFor(kind: Kind, t: Record<string, string>): Record<string, unknown> {
  const common = { summary: t.summary }
  if (kind === 'article') {
    return {
      headline: t.title,
      standfirst: t.summary,
      body: lexical(t),
      campaign: hostCampaign.id,
      kind: 'explainer',
      audiences: [audience.id],
      topics: topics.map((topic) => topic.id),
      images: [photo.id, secondPhoto.id],
      byline: t.byline,
      urgency: 2,
    }
  }
  if (kind === 'campaign') {
    return {
      title: t.title,
      ...common,
      body: lexical(t),
      keyMessages: [{ message: t.message1 }, { message: t.message2 }],
      audiences: [audience.id],
      topics: topics.map((topic) => topic.id),
      heroImage: photo.id,
      callsToAction: [{ label: t.ctaLabel, url: 'https://example.vn/tim-hieu?a=1&b=2' }],
      helplines: [{ name: t.helpline, phone: '111' }],
      startDate: '2025-01-01T00:00:00.000Z',
      endDate: '2025-12-31T00:00:00.000Z',
    }
  }
  return {
    title: t.title,
    ...common,
    campaign: hostCampaign.id,
    keyFacts: [{ statement: t.statement, figure: '87%', source: t.source, sourceUrl: 'https://mic.gov.vn/so-lieu', asOf: '2024-12-31T00:00:00.000Z' }],
    talkingPoints: [{ point: t.point }],
    qa: [{ question: t.question, answer: t.answer }],
    documents: [pdf.id],
    images: [photo.id],
    spokespeople: [{ name: 'Trần Văn Minh', role: t.role, phone: '+84 24 1234 5678', email: 'minh@example.vn' }],
    beats: ['child-protection'],
  }
}

/** The English half of a document: localized fields only, array rows matched by id. */
function englishDataFor(kind: Kind, t: Record<string, string>, saved: Record<string, any>): Record<string, unknown> {
  const rowIds = (field: string) => (saved[field] as Array<{ id: string }>).map((row) => row.id)
  if (kind === 'article') return { headline: t.title, standfirst: t.summary, body: lexical(t), byline: t.byline }
  if (kind === 'campaign') {
    const [m1, m2] = rowIds('keyMessages')
    return {
      title: t.title,
      summary: t.summary,
      body: lexical(t),
      keyMessages: [
        { id: m1, message: t.message1 },
        { id: m2, message: t.message2 },
      ],
      callsToAction: [{ id: rowIds('callsToAction')[0], label: t.ctaLabel, url: 'https://example.vn/tim-hieu?a=1&b=2' }],
      helplines: [{ id: rowIds('helplines')[0], name: t.helpline, phone: '111' }],
    }
  }
  return {
    title: t.title,
    summary: t.summary,
    keyFacts: [
      {
        id: rowIds('keyFacts')[0],
        statement: t.statement,
        figure: '87%',
        source: t.source,
        sourceUrl: 'https://mic.gov.vn/so-lieu',
        asOf: '2024-12-31T00:00:00.000Z',
      },
    ],
    talkingPoints: [{ id: rowIds('talkingPoints')[0], point: t.point }],
    qa: [{ id: rowIds('qa')[0], question: t.question, answer: t.answer }],
    spokespeople: [{ id: rowIds('spokespeople')[0], name: 'Trần Văn Minh', role: t.role, phone: '+84 24 1234 5678', email: 'minh@example.vn' }],
  }
}

async function createDraft(kind: Kind, langs: Lang[], label: string, extra: Record<string, unknown> = {}) {
  const text = { vi: textsFor(kind, 'vi', label), en: textsFor(kind, 'en', label) }
  const created = (await payload.create({
    collection: COLLECTION[kind],
    data: { ...dataFor(kind, text.vi), ...extra } as never,
    locale: 'vi',
    draft: true,
    overrideAccess: true,
  })) as any
  if (langs.includes('en')) {
    await payload.update({
      collection: COLLECTION[kind],
      id: created.id,
      data: englishDataFor(kind, text.en, created) as never,
      locale: 'en',
      draft: true,
      overrideAccess: true,
    })
  }
  return { id: Number(created.id), createdAt: String(created.createdAt), text }
}

async function uploadMedia(name: string, mimeType: string, bytes: Buffer, label: string): Promise<MediaFixture> {
  const fixture = {
    credit: `Ảnh: Phóng viên ${label}`,
    alt: { vi: `Mô tả ${label}`, en: `Alt text ${label}` },
    usageTerms: { vi: `Chỉ dùng cho tin về chiến dịch (${label}).`, en: `Campaign coverage only (${label}).` },
  }
  const created = await payload.create({
    collection: 'media',
    locale: 'vi',
    data: { alt: fixture.alt.vi, caption: `Chú thích ${label}`, credit: fixture.credit, usageTerms: fixture.usageTerms.vi } as never,
    file: { data: bytes, mimetype: mimeType, name, size: bytes.length },
    overrideAccess: true,
  })
  await payload.update({
    collection: 'media',
    id: created.id,
    locale: 'en',
    data: { alt: fixture.alt.en, caption: `Caption ${label}`, usageTerms: fixture.usageTerms.en } as never,
    overrideAccess: true,
  })
  return { id: Number(created.id), mimeType, ...fixture }
}

/** A small but well-formed one-page PDF. */
function smallPdf(): Buffer {
  const objects = ['<< /Type /Catalog /Pages 2 0 R >>', '<< /Type /Pages /Kids [3 0 R] /Count 1 >>', '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 200 200] >>']
  let body = '%PDF-1.4\n'
  const offsets: number[] = []
  objects.forEach((object, i) => {
    offsets.push(body.length)
    body += `${i + 1} 0 obj\n${object}\nendobj\n`
  })
  const xref = body.length
  body += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n${offsets.map((o) => `${String(o).padStart(10, '0')} 00000 n \n`).join('')}`
  body += `trailer\n<< /Size ${objects.length + 1} /Root 1 0 R >>\nstartxref\n${xref}\n%%EOF\n`
  return Buffer.from(body, 'latin1')
}

const withdraw = (kind: Kind, id: number) =>
  payload.update({
    collection: COLLECTION[kind],
    id,
    data: { _status: 'draft', stage: 'withdrawn' } as never,
    context: { workflow: 'withdraw' },
    overrideAccess: true,
  })

const uriOf = (s: Pick<Scenario, 'kind' | 'id'>, lang: Lang) => `urn:newsroom:${s.kind}:${s.id}:${lang}`
const itemIdOf = (s: Scenario, lang: Lang) => `${s.kind}-${s.id}-${lang}`
const describeScenario = (s: Scenario) => `${s.kind} (${s.locales}, embargo ${s.embargo})`

/** What an audience should be able to see of a scenario's item. */
const visibleTo = (s: Scenario, who: Audience) => who === 'trusted' || s.embargo !== 'embargoed'

/** Validates items against the ninjs schema and returns one readable line per failure. */
function schemaFailures(items: Array<{ context: string; item: unknown }>): string[] {
  const failures: string[] = []
  for (const { context, item } of items) {
    if (validateNinjs(item)) continue
    failures.push(
      `${context}: ${ajv.errorsText(validateNinjs.errors, { separator: '; ' })}\n  errors: ${JSON.stringify(validateNinjs.errors)}\n  item: ${JSON.stringify(item)}`,
    )
  }
  return failures
}

beforeAll(async () => {
  payload = await getTestPayload()
  trustedKey = (await makeAgency(payload, { trusted: true, name: `Thông tấn tin cậy ${run}` })).apiKey
  publicKey = (await makeAgency(payload, { name: `Báo điện tử ${run}` })).apiKey

  const image = (width: number, height: number, r: number) =>
    sharp({ create: { width, height, channels: 3, background: { r, g: 90, b: 160 } } })
      .png()
      .toBuffer()
  photo = await uploadMedia(`anh-chinh-${run}.png`, 'image/png', await image(1200, 800, 20), 'ảnh chính')
  secondPhoto = await uploadMedia(`ảnh phụ ${run}.png`, 'image/png', await image(900, 600, 200), 'ảnh phụ')
  pdf = await uploadMedia(`tai-lieu-${run}.pdf`, 'application/pdf', smallPdf(), 'tài liệu')

  topics = []
  for (const [vi, en] of [
    ['An toàn trên mạng', 'Online safety'],
    ['Gia đình', 'Family'],
  ] as const) {
    const slug = `ninjs-${vi === 'Gia đình' ? 'gia-dinh' : 'an-toan'}-${run}`
    const topic = await payload.create({ collection: 'topics', data: { name: vi, slug } as never, locale: 'vi', overrideAccess: true })
    await payload.update({ collection: 'topics', id: topic.id, data: { name: en } as never, locale: 'en', overrideAccess: true })
    topics.push({ id: Number(topic.id), slug, name: { vi, en } })
  }
  const audienceSlug = `ninjs-phu-huynh-${run}`
  const madeAudience = await payload.create({
    collection: 'audiences',
    data: { name: 'Phụ huynh', slug: audienceSlug } as never,
    locale: 'vi',
    overrideAccess: true,
  })
  await payload.update({ collection: 'audiences', id: madeAudience.id, data: { name: 'Parents' } as never, locale: 'en', overrideAccess: true })
  audience = { id: Number(madeAudience.id), slug: audienceSlug, name: { vi: 'Phụ huynh', en: 'Parents' } }

  // Articles and packs belong to a campaign that has both languages, so their campaign association points to a real item.
  const host = await createDraft('campaign', ['vi', 'en'], 'chiến dịch chủ')
  await publishForTest(payload, 'campaigns', host.id)
  hostCampaign = { id: host.id }

  // The "lifted" items go last, under one embargo a little ahead, and are lifted for real:
  // once it has passed, the next delivery request lifts them, as in production.
  const order = (embargo: EmbargoState) => (embargo === 'lifted' ? 1 : 0)
  const plan = KINDS.flatMap((kind) => LOCALE_SETS.flatMap((locales) => EMBARGO_STATES.map((embargo) => ({ kind, locales, embargo }))))
  plan.sort((a, b) => order(a.embargo) - order(b.embargo))
  let liftAt: string | undefined
  for (const { kind, locales, embargo } of plan) {
    const langs: Lang[] = locales === 'vi' ? ['vi'] : ['vi', 'en']
    if (embargo === 'lifted') liftAt ??= new Date(Date.now() + LIFT_AFTER_MS).toISOString()
    const embargoUntil = embargo === 'embargoed' ? new Date(Date.now() + 3 * 60 * 60 * 1000).toISOString() : embargo === 'lifted' ? liftAt : undefined
    const made = await createDraft(kind, langs, `${kind} ${locales} ${embargo}`, embargoUntil ? { embargoUntil } : {})
    await publishForTest(payload, COLLECTION[kind], made.id)
    if (embargo === 'withdrawn') await withdraw(kind, made.id)
    scenarios.push({ kind, locales, embargo, langs, embargoUntil, ...made })
  }
  if (Date.now() >= Date.parse(liftAt!)) throw new Error(`publishing the embargoed items took longer than ${LIFT_AFTER_MS} ms: raise LIFT_AFTER_MS`)
  await new Promise((resolve) => setTimeout(resolve, Date.parse(liftAt!) - Date.now() + 200))

  listed.trusted = (await syncAll(payload, trustedKey, null)).items
  listed.public = (await syncAll(payload, publicKey, null)).items
}, 600_000)

/** Other test files publish into the same database: keep to this file's items. */
const ours = (items: any[]) => {
  const mine = [{ kind: 'campaign' as Kind, id: hostCampaign.id }, ...scenarios]
  const uris = new Set(mine.flatMap((s) => (['vi', 'en'] as Lang[]).map((lang) => uriOf(s, lang))))
  return items.filter((item) => uris.has(item.uri))
}

describe('the ninjs schema check itself', () => {
  it('rejects items that break the schema, so a pass means something', () => {
    expect(validateNinjs({ uri: 'urn:newsroom:article:1:vi' })).toBe(true)
    expect(schemaFailures([{ context: 'no uri', item: { type: 'text' } }])).toHaveLength(1)
    expect(schemaFailures([{ context: 'bad status', item: { uri: 'urn:x:1', pubStatus: 'gone' } }])).toHaveLength(1)
    expect(schemaFailures([{ context: 'unknown field', item: { uri: 'urn:x:1', embargo: '2025-01-01' } }])).toHaveLength(1)
    expect(schemaFailures([{ context: 'bad date', item: { uri: 'urn:x:1', versionCreated: 'yesterday' } }])).toHaveLength(1)
    expect(schemaFailures([{ context: 'relative href', item: { uri: 'urn:x:1', renditions: [{ name: 'original', href: 'not a uri' }] } }])).toHaveLength(1)
    expect(schemaFailures([{ context: 'urgency 10', item: { uri: 'urn:x:1', urgency: 10 } }])).toHaveLength(1)
  })
})

describe('ninjs items for every content type, language and embargo state', () => {
  it('made every combination of content type, languages and embargo state', () => {
    expect(scenarios).toHaveLength(KINDS.length * LOCALE_SETS.length * EMBARGO_STATES.length)
  })

  for (const who of ['trusted', 'public'] as Audience[]) {
    it(`lists only schema-valid ninjs items to a ${who} agency`, () => {
      const items = ours(listed[who])
      const expected = scenarios.filter((s) => visibleTo(s, who)).flatMap((s) => s.langs.map((lang) => uriOf(s, lang)))
      expect(new Set(items.map((item) => item.uri))).toEqual(
        new Set([...expected, uriOf({ kind: 'campaign', id: hostCampaign.id }, 'vi'), uriOf({ kind: 'campaign', id: hostCampaign.id }, 'en')]),
      )
      expect(schemaFailures(items.map((item) => ({ context: `${who} list ${item.uri}@${item.version}`, item })))).toEqual([])
    })

    it(`serves only schema-valid ninjs items one by one to a ${who} agency`, async () => {
      const key = who === 'trusted' ? trustedKey : publicKey
      const fetched: Array<{ context: string; item: unknown }> = []
      for (const s of scenarios.filter((s) => visibleTo(s, who))) {
        for (const lang of s.langs) {
          const response = await v1(payload, `/items/${itemIdOf(s, lang)}`, key)
          expect(response.status, `${who} GET ${itemIdOf(s, lang)}: ${response.text}`).toBe(200)
          expect(response.body.uri).toBe(uriOf(s, lang))
          fetched.push({ context: `${who} single ${describeScenario(s)} ${lang}`, item: response.body })
        }
      }
      expect(fetched.length).toBeGreaterThan(0)
      expect(schemaFailures(fetched)).toEqual([])
    })
  }

  it('gives no English item for a document written only in Vietnamese', async () => {
    for (const s of scenarios.filter((s) => s.locales === 'vi')) {
      expect(
        listed.trusted.some((item) => item.uri === uriOf(s, 'en')),
        describeScenario(s),
      ).toBe(false)
      expect((await v1(payload, `/items/${itemIdOf(s, 'en')}`, trustedKey)).status, describeScenario(s)).toBe(404)
    }
  })

  it('keeps an embargoed item from untrusted agencies in the list and by id', async () => {
    for (const s of scenarios.filter((s) => s.embargo === 'embargoed')) {
      for (const lang of s.langs) {
        expect(
          listed.public.some((item) => item.uri === uriOf(s, lang)),
          describeScenario(s),
        ).toBe(false)
        const response = await v1(payload, `/items/${itemIdOf(s, lang)}`, publicKey)
        expect(response.status, describeScenario(s)).toBe(404)
        expect(response.text).not.toContain(s.text[lang].title)
      }
    }
  })

  it('shows embargoedUntil to trusted agencies only, and only for items that had an embargo', async () => {
    for (const s of scenarios) {
      for (const lang of s.langs) {
        const trustedItems = listed.trusted.filter((item) => item.uri === uriOf(s, lang) && item.pubStatus === 'usable')
        expect(trustedItems.length, describeScenario(s)).toBeGreaterThan(0)
        for (const item of trustedItems) {
          if (s.embargoUntil) expect(item.embargoedUntil, describeScenario(s)).toBe(s.embargoUntil)
          else expect(item.embargoedUntil, describeScenario(s)).toBeUndefined()
        }
        for (const item of listed.public.filter((item) => item.uri === uriOf(s, lang))) expect(item.embargoedUntil, describeScenario(s)).toBeUndefined()
        if (s.embargo === 'embargoed') {
          const single = await v1(payload, `/items/${itemIdOf(s, lang)}`, trustedKey)
          expect(single.body.embargoedUntil).toBe(s.embargoUntil)
        }
      }
    }
  })

  it('releases an item to untrusted agencies once its embargo is lifted', async () => {
    for (const s of scenarios.filter((s) => s.embargo === 'lifted')) {
      for (const lang of s.langs) {
        const response = await v1(payload, `/items/${itemIdOf(s, lang)}`, publicKey)
        expect(response.status, describeScenario(s)).toBe(200)
        expect(response.body.pubStatus).toBe('usable')
        expect(response.body.embargoedUntil).toBeUndefined()
      }
    }
  })

  it('turns a withdrawal into a canceled version that still validates, for both audiences', async () => {
    for (const s of scenarios.filter((s) => s.embargo === 'withdrawn')) {
      for (const lang of s.langs) {
        for (const [who, key] of [
          ['trusted', trustedKey],
          ['public', publicKey],
        ] as const) {
          const versions = listed[who].filter((item) => item.uri === uriOf(s, lang))
          expect(
            versions.map((item) => `${item.version}:${item.pubStatus}`),
            `${who} ${describeScenario(s)} ${lang}`,
          ).toEqual(['2:canceled', '1:usable'])
          const single = await v1(payload, `/items/${itemIdOf(s, lang)}`, key)
          expect(single.status).toBe(200)
          expect(single.body).toMatchObject({
            uri: uriOf(s, lang),
            pubStatus: 'canceled',
            version: '2',
            language: lang,
            headlines: [{ value: s.text[lang].title }],
          })
          expect(single.body.bodies).toBeUndefined()
          expect(schemaFailures([{ context: `${who} canceled ${describeScenario(s)} ${lang}`, item: single.body }])).toEqual([])
        }
      }
    }
  })
})

describe('how each field maps onto ninjs', () => {
  const usableItems = (s: Scenario, lang: Lang, who: Audience) => listed[who].filter((item) => item.uri === uriOf(s, lang) && item.pubStatus === 'usable')

  function expectImage(association: any, media: MediaFixture, lang: Lang, name: string) {
    expect(association).toMatchObject({
      name,
      uri: `urn:newsroom:media:${media.id}`,
      type: 'picture',
      by: media.credit,
      usageTerms: media.usageTerms[lang],
      headlines: [{ value: media.alt[lang] }],
    })
    const names = association.renditions.map((r: any) => r.name)
    expect(names).toContain('original')
    expect(names).toContain('thumbnail')
    for (const rendition of association.renditions) {
      expect(rendition.href.startsWith(SITE), rendition.href).toBe(true)
      expect(rendition.contentType).toBe('image/png')
      expect(Number.isInteger(rendition.width) && Number.isInteger(rendition.height)).toBe(true)
    }
    expect(association.renditions.find((r: any) => r.name === 'thumbnail')).toMatchObject({ width: 400, height: 300 })
    expect(association.renditions.find((r: any) => r.name === 'original').sizeInBytes).toBeGreaterThan(0)
  }

  for (const kind of KINDS) {
    it(`maps every field of a ${kind} in each language, for trusted and untrusted agencies`, () => {
      let checked = 0
      for (const s of scenarios.filter((s) => s.kind === kind)) {
        for (const lang of s.langs) {
          for (const who of ['trusted', 'public'] as Audience[]) {
            const t = s.text[lang]
            for (const item of usableItems(s, lang, who)) {
              checked += 1
              const context = `${who} ${describeScenario(s)} ${lang} v${item.version}`
              expect(item.uri, context).toBe(uriOf(s, lang))
              expect(item.type, context).toBe(kind === 'article' ? 'text' : 'composite')
              expect(item.version, context).toMatch(/^[1-9]\d*$/)
              expect(item.firstCreated, context).toBe(new Date(s.createdAt).toISOString())
              expect(Date.parse(item.versionCreated), context).toBeGreaterThanOrEqual(Date.parse(item.firstCreated))
              expect(item.pubStatus, context).toBe('usable')
              expect(item.urgency, context).toBe(kind === 'article' ? 2 : 5)
              expect(item.language, context).toBe(lang)
              expect(item.headlines, context).toEqual([{ role: 'main', value: t.title }])
              expect(item.descriptions, context).toEqual([{ role: 'summary', contentType: 'text/plain', value: t.summary }])
              expect(item.bodies, context).toHaveLength(1)
              expect(item.bodies[0].contentType, context).toBe('text/html')
              const html: string = item.bodies[0].value
              expect(item.by, context).toBe(kind === 'article' ? t.byline : copyrightHolder(lang))
              expect(item.usageTerms, context).toBe(usageTerms(lang))
              expect(item.altIds, context).toContainEqual({ role: 'id', value: String(s.id) })

              if (kind !== 'briefing-pack') {
                expect(html, context).toContain(`<h2>${t.heading}</h2>`)
                expect(html, context).toMatch(new RegExp(`<strong>${t.bold}</strong>`))
                expect(html, context).toContain(t.bullet)
                const topicSubjects = topics.map((topic) => ({ name: topic.name[lang], uri: `urn:newsroom:topic:${topic.slug}`, rel: 'about' }))
                expect(item.subjects, context).toEqual([
                  ...topicSubjects,
                  { name: audience.name[lang], uri: `urn:newsroom:audience:${audience.slug}`, rel: 'audience' },
                ])
              } else {
                expect(item.subjects ?? [], context).toEqual([])
              }
              for (const subject of item.subjects ?? []) expect(subject.uri, context).toMatch(/^urn:newsroom:(topic|audience):/)

              const associations: any[] = item.associations
              if (kind === 'article') {
                expectImage(
                  associations.find((a) => a.name === 'image1'),
                  photo,
                  lang,
                  'image1',
                )
                expectImage(
                  associations.find((a) => a.name === 'image2'),
                  secondPhoto,
                  lang,
                  'image2',
                )
              }
              if (kind === 'campaign') {
                expectImage(
                  associations.find((a) => a.name === 'image1'),
                  photo,
                  lang,
                  'image1',
                )
                expect(html, context).toContain(`<li>${t.message1}</li>`)
                expect(html, context).toContain(`<li>${t.message2}</li>`)
                expect(html, context).toContain(`<a href="https://example.vn/tim-hieu?a=1&amp;b=2">${t.ctaLabel}</a>`)
                expect(html, context).toContain(`${t.helpline}: <a href="tel:111">111</a>`)
                expect(
                  associations.some((a) => a.name === 'campaign'),
                  context,
                ).toBe(false)
              }
              if (kind === 'briefing-pack') {
                expectImage(
                  associations.find((a) => a.name === 'image1'),
                  photo,
                  lang,
                  'image1',
                )
                const documentAssociation = associations.find((a) => a.name === 'document1')
                expect(documentAssociation, context).toMatchObject({
                  uri: `urn:newsroom:media:${pdf.id}`,
                  type: 'text',
                  by: pdf.credit,
                  usageTerms: pdf.usageTerms[lang],
                })
                expect(documentAssociation.renditions, context).toHaveLength(1)
                expect(documentAssociation.renditions[0]).toMatchObject({ name: 'original', contentType: 'application/pdf' })
                expect(documentAssociation.renditions[0].href.startsWith(SITE)).toBe(true)
                expect(html, context).toContain(`<strong>87%</strong> ${t.statement}`)
                expect(html, context).toContain(`<a href="https://mic.gov.vn/so-lieu">${t.source}</a>`)
                expect(html, context).toContain(`<li>${t.point}</li>`)
                expect(html, context).toContain(`<dt>${t.question}</dt><dd>${t.answer}</dd>`)
                expect(html, context).toContain('Trần Văn Minh')
                expect(html, context).toContain(t.role)
              }
              if (kind !== 'campaign') {
                expect(
                  associations.find((a) => a.name === 'campaign'),
                  context,
                ).toMatchObject({ uri: uriOf({ kind: 'campaign', id: hostCampaign.id }, lang), type: 'composite' })
              }
              for (const association of associations) {
                for (const rendition of association.renditions ?? []) expect(rendition.href.startsWith(SITE), `${context} ${rendition.href}`).toBe(true)
              }
            }
          }
        }
      }
      // Per locale set (1 + 2 languages): trusted agencies see one usable version in all four
      // states; others none while embargoed, the lifted version when lifted (3 × 4 + 3 × 3).
      expect(checked).toBe(21)
    })
  }
})
