import type { Payload } from 'payload'
import { createElement } from 'react'
import { beforeAll, describe, expect, it } from 'vitest'
import yauzl from 'yauzl'

import { loadPack } from '@/content/public/loadPages'
import { poolOf } from '@/db/sql'
import { briefingPackMessages } from '@/i18n/messages/briefingPack'
import { handleBundle } from '@/press/bundle/handleBundle'
import { BriefingPackPage } from '@/site/pages/BriefingPackPage'
import { publishForTest } from '../helpers/content'
import { renderPage } from '../helpers/renderPage'
import { getTestPayload } from '../helpers/testPayload'

/**
 * A briefing pack is drawn by one component wherever it is read: its page, the fact sheet in
 * its bundle and the ninjs body agencies receive when it is published. The same pack must
 * show the same facts, points, questions and people in all three, in each language.
 */
type Lang = 'vi' | 'en'
type Output = 'page' | 'fact sheet' | 'ninjs body'

const SECTIONS = ['key-facts', 'talking-points', 'qa', 'spokespeople'] as const
const HEADING_KEY = { 'key-facts': 'keyFacts', 'talking-points': 'talkingPoints', qa: 'qa', spokespeople: 'spokespeople' } as const

const run = Date.now().toString(36)
const TEXT = {
  vi: {
    title: `Gói tài liệu song ngữ ${run}`,
    statement: 'Trẻ em dùng Internet 5 giờ mỗi ngày',
    source: 'Khảo sát "Trẻ em & Internet"',
    point: 'Bảo vệ trẻ em là việc của <mọi người> & mỗi gia đình.',
    question: 'Gọi số nào khi cần hỗ trợ?',
    answer: "Tổng đài 111, miễn phí, 'mọi lúc'.",
    role: 'Người phát ngôn',
  },
  en: {
    title: `Bilingual pack ${run}`,
    statement: 'Children spend 5 hours a day online',
    source: 'Survey "Children & the Internet"',
    point: 'Protecting children is the work of <everyone> & every family.',
    question: 'Which number to call for help?',
    answer: "Hotline 111, free, 'any time'.",
    role: 'Spokesperson',
  },
}

let payload: Payload
let pack: { id: number; slug: string }

const decode = (html: string) =>
  html
    .replace(/<!--.*?-->/g, '')
    .replace(/<\/?(a|strong|span)\b[^>]*>/g, '')
    .replace(/<[^>]+>/g, ' ')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&#x27;|&#39;/g, "'")
    .replace(/&amp;/g, '&')
    .replace(/\s+/g, ' ')
    .trim()

/** Each of the pack's sections in a page of HTML: its heading and its text, tags and entities gone. */
function sectionsOf(html: string): Record<string, { heading: string; text: string }> {
  const found: Record<string, { heading: string; text: string }> = {}
  for (const id of SECTIONS) {
    const match = new RegExp(`<section aria-labelledby="${id}"><h2 id="${id}">(.*?)</h2>(.*?)</section>`, 's').exec(html)
    if (match) found[id] = { heading: decode(match[1]!), text: decode(match[2]!) }
  }
  return found
}

async function unzip(response: Response): Promise<Map<string, string>> {
  const file = await yauzl.fromBufferPromise(Buffer.from(await response.arrayBuffer()))
  const entries = new Map<string, string>()
  for await (const entry of file.eachEntry()) {
    const chunks: Buffer[] = []
    for await (const chunk of await file.openReadStreamPromise(entry)) chunks.push(chunk as Buffer)
    entries.set(entry.fileName, Buffer.concat(chunks).toString('utf8'))
  }
  file.close()
  return entries
}

async function outputs(lang: Lang): Promise<Record<Output, string>> {
  const loaded = await loadPack(payload, pack.slug, { lang })
  if (loaded.status !== 'ok') throw new Error(`the pack did not load in ${lang}: ${loaded.status}`)
  const page = await renderPage(createElement(BriefingPackPage, { lang, pack: loaded.value }))
  const bundle = await handleBundle(payload, new Request(`http://newsroom.test/press/briefing-packs/${pack.slug}/bundle.zip?lang=${lang}`), pack.slug)
  expect(bundle.status).toBe(200)
  const factSheet = (await unzip(bundle)).get('fact-sheet.html')!
  // The body agencies were sent when the pack was published, as the change log keeps it.
  const { rows } = await poolOf(payload).query<{ body: string }>(
    `SELECT ninjs->'bodies'->0->>'value' AS body FROM delivery_changes
      WHERE content_type = 'briefing-pack' AND doc_id = $1 AND lang = $2 AND pub_status = 'usable' ORDER BY id DESC LIMIT 1`,
    [pack.id, lang],
  )
  expect(rows).toHaveLength(1)
  return { page, 'fact sheet': factSheet, 'ninjs body': rows[0]!.body }
}

beforeAll(async () => {
  payload = await getTestPayload()
  const vi = TEXT.vi
  const created = (await payload.create({
    collection: 'briefing-packs',
    data: {
      title: vi.title,
      keyFacts: [
        { statement: vi.statement, figure: '5 giờ', source: vi.source, sourceUrl: 'https://example.org/khao-sat?a=1&b=2', asOf: '2026-03-01T00:00:00.000Z' },
      ],
      talkingPoints: [{ point: vi.point }],
      qa: [{ question: vi.question, answer: vi.answer }],
      spokespeople: [{ name: 'Nguyễn Văn Minh', role: vi.role, phone: '+84 24 3943 0000', email: 'phatngon@example.org' }],
    } as never,
    locale: 'vi',
    draft: true,
    overrideAccess: true,
  })) as unknown as {
    id: number
    slug: string
    keyFacts: { id: string }[]
    talkingPoints: { id: string }[]
    qa: { id: string }[]
    spokespeople: { id: string }[]
  }
  const en = TEXT.en
  await payload.update({
    collection: 'briefing-packs',
    id: created.id,
    data: {
      title: en.title,
      keyFacts: [
        {
          id: created.keyFacts[0]!.id,
          statement: en.statement,
          figure: '5 giờ',
          source: en.source,
          sourceUrl: 'https://example.org/khao-sat?a=1&b=2',
          asOf: '2026-03-01T00:00:00.000Z',
        },
      ],
      talkingPoints: [{ id: created.talkingPoints[0]!.id, point: en.point }],
      qa: [{ id: created.qa[0]!.id, question: en.question, answer: en.answer }],
      spokespeople: [{ id: created.spokespeople[0]!.id, name: 'Nguyễn Văn Minh', role: en.role, phone: '+84 24 3943 0000', email: 'phatngon@example.org' }],
    } as never,
    locale: 'en',
    draft: true,
    overrideAccess: true,
  })
  await publishForTest(payload, 'briefing-packs', created.id)
  pack = { id: created.id, slug: created.slug }
})

describe('a briefing pack in its three outputs', () => {
  for (const lang of ['vi', 'en'] as const) {
    it(`shows the same facts, talking points, Q&A and spokespeople on the page, in the fact sheet and in the ninjs body, in ${lang}`, async () => {
      const html = await outputs(lang)
      const sections = Object.fromEntries(Object.entries(html).map(([output, text]) => [output, sectionsOf(text)])) as Record<
        Output,
        ReturnType<typeof sectionsOf>
      >
      const words = briefingPackMessages[lang]
      const t = TEXT[lang]
      for (const id of SECTIONS) {
        expect(sections.page[id], `the page's ${id}`).toBeDefined()
        expect(sections['fact sheet'][id], `the fact sheet's ${id}`).toEqual(sections.page[id])
        expect(sections['ninjs body'][id], `the ninjs body's ${id}`).toEqual(sections.page[id])
        expect(sections.page[id]!.heading).toBe(words[HEADING_KEY[id]])
      }
      expect(sections.page['key-facts']!.text).toBe(`5 giờ ${t.statement} (${words.source}: ${t.source}, ${words.asOf} 01/03/2026)`)
      expect(sections.page['talking-points']!.text).toBe(t.point)
      expect(sections.page.qa!.text).toBe(`${t.question} ${t.answer}`)
      expect(sections.page.spokespeople!.text).toBe(`Nguyễn Văn Minh, ${t.role} · ${words.phone}: +84 24 3943 0000 · ${words.email}: phatngon@example.org`)
      for (const [output, text] of Object.entries(html)) {
        expect(text, `${output} keeps markup in a talking point as text`).not.toMatch(/<(mọi|everyone)/)
        expect(text, output).toContain('<a href="https://example.org/khao-sat?a=1&amp;b=2">')
        expect(text, output).toContain('<a href="tel:+842439430000">+84 24 3943 0000</a>')
      }
    })
  }

  it('words the ninjs body in the language of the item, never the other one', async () => {
    const [vi, en] = [await outputs('vi'), await outputs('en')]
    expect(vi['ninjs body']).toContain(briefingPackMessages.vi.talkingPoints)
    expect(vi['ninjs body']).not.toContain(briefingPackMessages.en.talkingPoints)
    expect(en['ninjs body']).toContain(briefingPackMessages.en.talkingPoints)
    expect(en['ninjs body']).not.toContain(briefingPackMessages.vi.talkingPoints)
  })
})
