import nodemailer from 'nodemailer'
import type { Payload } from 'payload'
import { createElement } from 'react'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { processDeliveries } from '@/email/ledger/processDeliveries'
import { loadArticle, loadCampaign } from '@/content/public/loadPages'
import { ArticlePage } from '@/site/pages/ArticlePage'
import { CampaignPage } from '@/site/pages/CampaignPage'
import { makeCampaign, publishForTest } from '../helpers/content'
import { feed, makeAgency, v1 } from '../helpers/delivery'
import { startSmtpSink, type SmtpSink } from '../helpers/smtpSink'
import { makeSubscriber } from '../helpers/subscribers'
import { getTestPayload } from '../helpers/testPayload'
import { renderPage } from '../helpers/renderPage'

/**
 * A rich-text link to another item goes to that item's public page in the reader's
 * language on every channel, and a link to an item that is not public right now is its
 * text alone: its slug (and Payload's `href="#"`) appears nowhere.
 */
const SITE = 'http://newsroom.test'
let payload: Payload
let sink: SmtpSink
let transport: nodemailer.Transporter
let apiKey: string
let run = 0

const text = (value: string) => ({ type: 'text', text: value, format: 0, detail: 0, mode: 'normal', style: '', version: 1 })
const link = (words: string, relationTo: string, value: number) => ({
  type: 'link',
  version: 3,
  format: '',
  indent: 0,
  direction: 'ltr',
  fields: { linkType: 'internal', doc: { relationTo, value }, newTab: false },
  children: [text(words)],
})
const paragraph = (...children: unknown[]) => ({
  type: 'paragraph',
  format: '',
  indent: 0,
  version: 1,
  direction: 'ltr',
  textFormat: 0,
  textStyle: '',
  children,
})
const body = (...paragraphs: unknown[]) => ({ root: { type: 'root', format: '', indent: 0, version: 1, direction: 'ltr', children: paragraphs } })

type Item = { id: number; slug: string }

/** Words each link carries, by target, in each language. */
const WORDS = {
  vi: { public: 'xem hướng dẫn cho cha mẹ', campaign: 'chiến dịch mùa hè', draft: 'bài sắp đăng', embargoed: 'báo cáo cấm đăng', withdrawn: 'bài đã gỡ' },
  en: {
    public: 'read the parents’ guide',
    campaign: 'the summer campaign',
    draft: 'an upcoming article',
    embargoed: 'the embargoed report',
    withdrawn: 'a withdrawn article',
  },
} as const

let campaign: Item
let target: Item
let draft: Item
let embargoed: Item
let withdrawn: Item
let source: Item
let hiddenSlugs: string[]
let viReader: { email: string }
let enReader: { email: string }

async function article(headline: string, extra: Record<string, unknown> = {}): Promise<Item> {
  run += 1
  const doc = await payload.create({
    collection: 'articles',
    data: {
      headline: `${headline} ${run}`,
      slug: `${headline.toLowerCase().replace(/[^a-z]+/g, '-')}-${run}-${Date.now()}`,
      campaign: campaign.id,
      ...extra,
    } as never,
    overrideAccess: true,
    draft: true,
  })
  return { id: Number(doc.id), slug: String(doc.slug) }
}

const bodyIn = (lang: 'vi' | 'en') =>
  body(
    paragraph(text('Mở đầu. '), link(WORDS[lang].public, 'articles', target.id), text(' và '), link(WORDS[lang].campaign, 'campaigns', campaign.id)),
    paragraph(
      link(WORDS[lang].draft, 'articles', draft.id),
      text(', '),
      link(WORDS[lang].embargoed, 'articles', embargoed.id),
      text(', '),
      link(WORDS[lang].withdrawn, 'articles', withdrawn.id),
    ),
  )

function expectResolved(html: string, lang: 'vi' | 'en', base: string) {
  const prefix = lang === 'vi' ? '' : '/en'
  expect(html).toMatch(new RegExp(`<a href="${base}${prefix}/articles/${target.slug}"[^>]*>${WORDS[lang].public}</a>`))
  expect(html).toMatch(new RegExp(`<a href="${base}${prefix}/campaigns/${campaign.slug}"[^>]*>${WORDS[lang].campaign}</a>`))
  for (const words of [WORDS[lang].draft, WORDS[lang].embargoed, WORDS[lang].withdrawn]) {
    expect(html).toContain(words)
    expect(html).not.toMatch(new RegExp(`<a[^>]*>${words}</a>`))
  }
  for (const slug of hiddenSlugs) expect(html).not.toContain(slug)
  expect(html).not.toContain('href="#"')
}

beforeAll(async () => {
  payload = await getTestPayload()
  sink = await startSmtpSink()
  transport = nodemailer.createTransport({ host: '127.0.0.1', port: sink.port, secure: false, ignoreTLS: true, auth: { user: 'relay', pass: 'relay-pass' } })
  apiKey = (await makeAgency(payload)).apiKey

  const made = await makeCampaign(payload, `Chiến dịch liên kết ${Date.now()}`)
  await publishForTest(payload, 'campaigns', made.id)
  campaign = { id: Number(made.id), slug: String(made.slug) }

  target = await article('Public guide')
  await publishForTest(payload, 'articles', target.id)
  draft = await article('Secret draft')
  embargoed = await article('Embargoed report', { embargoUntil: new Date(Date.now() + 24 * 3600_000).toISOString() })
  await publishForTest(payload, 'articles', embargoed.id)
  withdrawn = await article('Withdrawn story')
  await publishForTest(payload, 'articles', withdrawn.id)
  await payload.update({
    collection: 'articles',
    id: withdrawn.id,
    data: { _status: 'draft', stage: 'withdrawn' } as never,
    context: { workflow: 'withdraw' },
    overrideAccess: true,
  })
  hiddenSlugs = [draft.slug, embargoed.slug, withdrawn.slug]

  viReader = await makeSubscriber(payload, { campaigns: [campaign.id], locale: 'vi' })
  enReader = await makeSubscriber(payload, { campaigns: [campaign.id], locale: 'en' })

  source = await article('Linking story', { standfirst: 'Bài có liên kết nội bộ.', body: bodyIn('vi') })
  await payload.update({
    collection: 'articles',
    id: source.id,
    locale: 'en',
    data: { headline: `Linking story in English ${run}`, standfirst: 'A story with internal links.', body: bodyIn('en') } as never,
    draft: true,
    overrideAccess: true,
  })
  await publishForTest(payload, 'articles', source.id)
})

afterAll(async () => {
  transport?.close()
  await sink?.close()
})

describe('internal links on the site', () => {
  it('links a public article and campaign on the article page in the reader’s language, and leaves hidden targets as plain text', async () => {
    for (const lang of ['vi', 'en'] as const) {
      const loaded = await loadArticle(payload, source.slug, { lang })
      expect(loaded.status).toBe('ok')
      if (loaded.status !== 'ok') return
      const html = await renderPage(createElement(ArticlePage, { lang, article: loaded.value.article, related: loaded.value.related }))
      expectResolved(html, lang, '')
    }
  })

  it('links a target on the page as soon as it becomes public', async () => {
    const other = await article('Later guide')
    const campaignBody = body(paragraph(link('bài hướng dẫn sắp ra', 'articles', other.id)))
    await payload.update({ collection: 'campaigns', id: campaign.id, data: { body: campaignBody } as never, draft: true, overrideAccess: true })
    await publishForTest(payload, 'campaigns', campaign.id)
    const render = async () => {
      const loaded = await loadCampaign(payload, campaign.slug, { lang: 'vi' })
      if (loaded.status !== 'ok') throw new Error(`campaign page: ${loaded.status}`)
      return await renderPage(createElement(CampaignPage, { lang: 'vi', ...loaded.value }))
    }
    const before = await render()
    expect(before).toContain('bài hướng dẫn sắp ra')
    expect(before).not.toContain(other.slug)
    await publishForTest(payload, 'articles', other.id)
    expect(await render()).toContain(`<a href="/articles/${other.slug}">bài hướng dẫn sắp ra</a>`)
  })
})

describe('internal links in delivery', () => {
  it('gives ninjs bodies absolute links to public targets in the item’s language and plain text for hidden ones', async () => {
    for (const lang of ['vi', 'en'] as const) {
      const response = await v1(payload, `/items/article-${source.id}-${lang}`, apiKey)
      expect(response.status, response.text).toBe(200)
      expectResolved(response.body.bodies[0].value, lang, SITE)
      expect(response.text).not.toContain('href=\\"#\\"')
      for (const slug of hiddenSlugs) expect(response.text).not.toContain(slug)
    }
  })

  it('carries the same links in the feeds', async () => {
    for (const lang of ['vi', 'en'] as const) {
      const response = await feed(payload, `/${lang}/feed.json`)
      expect(response.status).toBe(200)
      const entry = response.body.items.find((item: { url: string }) => item.url.endsWith(`/articles/${source.slug}`))
      expect(entry, `no feed entry for the linking story in ${lang}`).toBeDefined()
      expectResolved(entry.content_html, lang, SITE)
      // The withdrawn target has an entry of its own (the feeds keep it a while, marked as
      // withdrawn); the draft and the embargoed one appear nowhere.
      for (const slug of [draft.slug, embargoed.slug]) expect(response.text).not.toContain(slug)
      const atom = await feed(payload, `/${lang}/atom.xml`)
      const atomEntry = atom.text
        .split('<entry>')
        .map((part) => part.split('</entry>')[0]!)
        .find((part) => part.includes(`urn:newsroom:article:${source.id}:${lang}`))
      expect(atomEntry).toBeDefined()
      expect(atomEntry).toContain(`href=&quot;${SITE}${lang === 'vi' ? '' : '/en'}/articles/${target.slug}&quot;`)
      for (const slug of hiddenSlugs) expect(atomEntry).not.toContain(slug)
    }
  })

  it('sends mail that links the item in the reader’s language and names no hidden target', async () => {
    await processDeliveries(payload, { transport })
    for (const [reader, lang] of [
      [viReader, 'vi'],
      [enReader, 'en'],
    ] as const) {
      const mail = await sink.waitFor(
        (message) => [message.to].flat().some((to) => to?.text.includes(reader.email)) && String(message.text).includes(source.slug),
      )
      const page = `${SITE}${lang === 'vi' ? '' : '/en'}/articles/${source.slug}`
      expect(mail.text).toContain(page)
      expect(String(mail.html)).toContain(page)
      for (const slug of hiddenSlugs) {
        expect(mail.text).not.toContain(slug)
        expect(String(mail.html)).not.toContain(slug)
      }
    }
  })
})
