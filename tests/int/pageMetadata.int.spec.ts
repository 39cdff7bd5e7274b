import { randomBytes } from 'node:crypto'

import type { Metadata } from 'next'
import type { Payload } from 'payload'
import sharp from 'sharp'
import { beforeAll, describe, expect, it } from 'vitest'

import type { Lang } from '@/i18n/lang'
import { createCode, makeActor, publishThroughWorkflow, sampleCode } from '../helpers/codes'
import { makeCampaign, publishForTest } from '../helpers/content'
import { login, rest } from '../helpers/rest'
import { getTestPayload } from '../helpers/testPayload'
import { makeStaff } from '../helpers/users'

/**
 * What a social network shows when a public page is shared: every page in both languages
 * names the ministry as Site identity does, shows an image (the item's own, or the
 * ministry's card drawn from the identity) and asks for a large card.
 */
let payload: Payload
const run = randomBytes(3).toString('hex')
const slugs = { campaign: '', article: '', pack: '', topic: '', code: '' }
let articleImage: { filename: string; alt: string }

type Args = { params: Promise<{ lang: string; slug: string }>; searchParams: Promise<Record<string, string>> }
type MetadataRoute = { generateMetadata: (args: Args) => Promise<Metadata> }

// The route files themselves, as Next.js calls them.
const PAGES: Record<string, { load: () => Promise<MetadataRoute>; params: () => { slug?: string } }> = {
  home: { load: () => import('@/app/(site)/[lang]/(pages)/page'), params: () => ({}) },
  campaign: { load: () => import('@/app/(site)/[lang]/(pages)/campaigns/[slug]/page'), params: () => ({ slug: slugs.campaign }) },
  article: { load: () => import('@/app/(site)/[lang]/(pages)/articles/[slug]/page'), params: () => ({ slug: slugs.article }) },
  'briefing pack': { load: () => import('@/app/(site)/[lang]/(pages)/briefing-packs/[slug]/page'), params: () => ({ slug: slugs.pack }) },
  topic: { load: () => import('@/app/(site)/[lang]/(pages)/topics/[slug]/page'), params: () => ({ slug: slugs.topic }) },
  code: { load: () => import('@/app/(site)/[lang]/(pages)/codes/[slug]/page'), params: () => ({ slug: slugs.code }) },
  search: { load: () => import('@/app/(site)/[lang]/(pages)/search/page'), params: () => ({}) },
  press: { load: () => import('@/app/(site)/[lang]/(pages)/press/page'), params: () => ({}) },
}

async function metadataOf(page: string, lang: Lang): Promise<Metadata> {
  const { load, params } = PAGES[page]!
  const route = await load()
  return route.generateMetadata({ params: Promise.resolve({ lang, slug: '', ...params() }), searchParams: Promise.resolve({}) })
}

type Image = { url: string; width?: number; height?: number; alt?: string }
const ogImageOf = (metadata: Metadata) => (metadata.openGraph?.images as Image[] | undefined)?.[0]
const twitterOf = (metadata: Metadata) => metadata.twitter as { card?: string; title?: string; description?: string; images?: Image[] } | undefined

/** Whether a reader without an account may fetch a file the metadata names. */
const fetchAsPublic = async (url: string): Promise<number> => (await rest('GET', new URL(url).pathname.replace(/^\/api/, ''))).status

const setSiteName = (lang: Lang, siteName: string) =>
  payload.updateGlobal({ slug: 'site-settings', locale: lang, data: { siteName } as never, overrideAccess: true })

async function defaultImage(path: string, headers: Record<string, string> = {}): Promise<Response> {
  const { GET } = await import('@/app/(site)/og/[image]/route')
  const url = new URL(path, 'http://newsroom.test')
  return GET(new Request(url, { headers }), { params: Promise.resolve({ image: url.pathname.split('/').pop()! }) })
}

beforeAll(async () => {
  payload = await getTestPayload()
  const editor = await makeActor(payload, ['editor'])
  const reviewer = await makeActor(payload, ['reviewer'])

  const image = await sharp({ create: { width: 1200, height: 800, channels: 3, background: { r: 30, g: 120, b: 90 } } })
    .png()
    .toBuffer()
  const media = (await payload.create({
    collection: 'media',
    locale: 'vi',
    data: { alt: 'Cha mẹ cùng con học trên mạng', credit: 'Bộ TT&TT' } as never,
    file: { data: image, mimetype: 'image/png', name: `anh-the-${run}.png`, size: image.length },
    overrideAccess: true,
  })) as unknown as { id: number; filename: string }
  articleImage = { filename: media.filename, alt: 'Cha mẹ cùng con học trên mạng' }

  const topic = await payload.create({
    collection: 'topics',
    locale: 'vi',
    data: { name: `Chủ đề thẻ ${run}`, slug: `chu-de-the-${run}` } as never,
    overrideAccess: true,
  })
  await payload.update({ collection: 'topics', id: topic.id, locale: 'en', data: { name: `Card topic ${run}` } as never, overrideAccess: true })
  slugs.topic = `chu-de-the-${run}`

  const campaign = await makeCampaign(payload, `Chiến dịch thẻ ${run}`)
  await payload.update({
    collection: 'campaigns',
    id: campaign.id,
    locale: 'en',
    data: { title: `Card campaign ${run}` } as never,
    draft: true,
    overrideAccess: true,
  })
  await publishForTest(payload, 'campaigns', campaign.id)
  slugs.campaign = (campaign as unknown as { slug: string }).slug

  const article = await payload.create({
    collection: 'articles',
    locale: 'vi',
    data: { headline: `Bài thẻ ${run}`, standfirst: 'Tóm tắt.', campaign: campaign.id, images: [media.id], topics: [topic.id] } as never,
    draft: true,
    overrideAccess: true,
  })
  await payload.update({
    collection: 'articles',
    id: article.id,
    locale: 'en',
    data: { headline: `Card article ${run}`, standfirst: 'Summary.' } as never,
    draft: true,
    overrideAccess: true,
  })
  await publishForTest(payload, 'articles', article.id)
  slugs.article = (article as unknown as { slug: string }).slug

  const pack = await payload.create({
    collection: 'briefing-packs',
    locale: 'vi',
    data: { title: `Gói thẻ ${run}`, summary: 'Tóm tắt gói.', campaign: campaign.id } as never,
    draft: true,
    overrideAccess: true,
  })
  await payload.update({
    collection: 'briefing-packs',
    id: pack.id,
    locale: 'en',
    data: { title: `Card pack ${run}`, summary: 'Pack summary.' } as never,
    draft: true,
    overrideAccess: true,
  })
  await publishForTest(payload, 'briefing-packs', pack.id)
  slugs.pack = (pack as unknown as { slug: string }).slug

  const code = await createCode(payload, sampleCode(`the-${run}`), editor)
  const published = await publishThroughWorkflow(code.id, editor, reviewer)
  expect(published.status, JSON.stringify(published.body)).toBe(200)
  slugs.code = code.slug
})

describe('the metadata of every public page', () => {
  it('names the site as Site identity does, shows an image and asks for a large Twitter card, on every page type in both languages', async () => {
    const names: Record<Lang, string> = { vi: `Cổng tin thử ${run}`, en: `Test newsroom ${run}` }
    for (const lang of ['vi', 'en'] as const) await setSiteName(lang, names[lang])
    for (const lang of ['vi', 'en'] as const) {
      for (const page of Object.keys(PAGES)) {
        const metadata = await metadataOf(page, lang)
        const where = `${page} (${lang})`
        expect(metadata.openGraph?.siteName, where).toBe(names[lang])
        const image = ogImageOf(metadata)
        expect(image?.url, where).toMatch(/^http:\/\/newsroom\.test\//)
        expect(image?.alt, where).toBeTruthy()
        expect(twitterOf(metadata)?.card, where).toBe('summary_large_image')
        expect(twitterOf(metadata)?.images?.[0]?.url, where).toBe(image?.url)
        expect(twitterOf(metadata)?.title, where).toBeTruthy()
        expect(twitterOf(metadata)?.description, where).toBeTruthy()
      }
    }
  })

  it('follows the site name when an admin changes it, in the page title fallback as well', async () => {
    await setSiteName('vi', `Tên cũ ${run}`)
    expect((await metadataOf('home', 'vi')).openGraph?.siteName).toBe(`Tên cũ ${run}`)
    await setSiteName('vi', `Tên mới ${run}`)
    const home = await metadataOf('home', 'vi')
    expect(home.openGraph?.siteName).toBe(`Tên mới ${run}`)
    expect(home.title).toEqual({ absolute: `Tên mới ${run}` })
    expect((await metadataOf('code', 'vi')).openGraph?.siteName).toBe(`Tên mới ${run}`)
  })

  it("shows an item's own image at its card size, with its size and alt text", async () => {
    const image = ogImageOf(await metadataOf('article', 'vi'))
    expect(image?.url).toContain(articleImage.filename.replace(/\.png$/, '-800x533.png'))
    expect(image).toMatchObject({ width: 800, height: 533, alt: articleImage.alt })
    const file = await fetchAsPublic(image!.url)
    expect(file).toBe(200)
  })

  it("shows the ministry's card in the page's language on pages without an image of their own", async () => {
    for (const lang of ['vi', 'en'] as const) {
      for (const page of ['home', 'campaign', 'briefing pack', 'topic', 'code', 'search', 'press']) {
        const image = ogImageOf(await metadataOf(page, lang))
        expect(image?.url, `${page} (${lang})`).toMatch(new RegExp(`^http://newsroom\\.test/og/${lang}\\.png\\?v=[\\w-]+$`))
        expect(image).toMatchObject({ width: 1200, height: 630 })
      }
    }
  })
})

describe('the search page', () => {
  it('puts no control character of the query into its title, in either language', async () => {
    const { generateMetadata } = await import('@/app/(site)/[lang]/(pages)/search/page')
    const texts = (value: unknown): string[] =>
      typeof value === 'string' ? [value] : value && typeof value === 'object' ? Object.values(value).flatMap(texts) : []
    for (const lang of ['vi', 'en'] as const) {
      const metadata = await generateMetadata({ params: Promise.resolve({ lang }), searchParams: Promise.resolve({ q: 'abc\u0000def\u0007' }) })
      expect(texts(metadata.title).join(' '), lang).toContain('abc def')
      for (const text of texts(metadata)) expect(text, lang).not.toMatch(/\p{Cc}/u)
    }
  })
})

describe('the default OpenGraph image', () => {
  it('is a 1200×630 PNG whose bytes change when the site name changes, at a new address', async () => {
    await setSiteName('vi', `Bảo vệ trẻ em – thẻ một ${run}`)
    const firstUrl = ogImageOf(await metadataOf('home', 'vi'))!.url
    const first = await defaultImage(firstUrl)
    expect(first.status).toBe(200)
    expect(first.headers.get('content-type')).toBe('image/png')
    expect(first.headers.get('cache-control')).toContain('immutable')
    const firstBytes = Buffer.from(await first.arrayBuffer())
    expect(await sharp(firstBytes).metadata()).toMatchObject({ format: 'png', width: 1200, height: 630 })

    await setSiteName('vi', `Bảo vệ trẻ em – thẻ hai ${run}`)
    const secondUrl = ogImageOf(await metadataOf('home', 'vi'))!.url
    expect(secondUrl).not.toBe(firstUrl)
    const second = await defaultImage(secondUrl)
    const secondBytes = Buffer.from(await second.arrayBuffer())
    expect(await sharp(secondBytes).metadata()).toMatchObject({ format: 'png', width: 1200, height: 630 })
    expect(secondBytes.equals(firstBytes)).toBe(false)

    // The old address now shows today's card, kept only briefly.
    const stale = await defaultImage(firstUrl)
    expect(stale.headers.get('cache-control')).toBe('public, max-age=300')
    expect(Buffer.from(await stale.arrayBuffer()).equals(secondBytes)).toBe(true)
  })

  it('draws the logo an admin set in Site identity', async () => {
    const before = Buffer.from(await (await defaultImage(ogImageOf(await metadataOf('home', 'vi'))!.url)).arrayBuffer())
    const logo = await sharp({ create: { width: 300, height: 120, channels: 3, background: { r: 200, g: 30, b: 30 } } })
      .png()
      .toBuffer()
    const media = await payload.create({
      collection: 'media',
      data: { alt: 'Biểu trưng', credit: 'Bộ TT&TT' } as never,
      file: { data: logo, mimetype: 'image/png', name: `bieu-trung-the-${run}.png`, size: logo.length },
      overrideAccess: true,
    })
    const admin = await makeStaff(payload, ['admin'])
    const saved = await rest('POST', '/globals/site-settings?locale=vi', { token: await login(admin.email, admin.password), body: { logo: media.id } })
    expect(saved.status, JSON.stringify(saved.body)).toBe(200)
    const url = ogImageOf(await metadataOf('home', 'vi'))!.url
    const after = Buffer.from(await (await defaultImage(url)).arrayBuffer())
    expect(await sharp(after).metadata()).toMatchObject({ width: 1200, height: 630 })
    expect(after.equals(before)).toBe(false)
    // The logo's red shows at the top left of the card, where the site's blue was before.
    const redAt = async (png: Buffer) => (await sharp(png).extract({ left: 100, top: 100, width: 1, height: 1 }).raw().toBuffer())[0]!
    expect(await redAt(after)).toBeGreaterThan(150)
    expect(await redAt(before)).toBeLessThan(50)
  })

  it('answers 304 to a reader who holds the current card, and 404 for a language the site does not have', async () => {
    const url = ogImageOf(await metadataOf('home', 'en'))!.url
    const first = await defaultImage(url)
    expect(first.status).toBe(200)
    const etag = first.headers.get('etag')!
    expect(etag).toBeTruthy()
    expect((await defaultImage(url, { 'If-None-Match': etag })).status).toBe(304)
    expect((await defaultImage('/og/fr.png')).status).toBe(404)
    expect((await defaultImage('/og/vi.jpg')).status).toBe(404)
  })
})
