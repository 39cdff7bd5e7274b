import { randomBytes } from 'node:crypto'

import type { Payload } from 'payload'
import { createElement } from 'react'
import { beforeAll, describe, expect, it } from 'vitest'

import { lexicalParagraphs } from '@/content/lexicalParagraphs'
import { handleFeed } from '@/delivery/feeds/handleFeed'
import { loadArticle, loadCampaign } from '@/content/public/loadPages'
import { ArticlePage } from '@/site/pages/ArticlePage'
import { HomePage } from '@/site/pages/HomePage'
import { makeCampaign, publishForTest } from '../helpers/content'
import { renderPage } from '../helpers/renderPage'
import { getTestPayload } from '../helpers/testPayload'

/**
 * The English site lists what the English feeds list: items written in English. An item
 * written in Vietnamese only is still reachable by its address, and says so.
 */
let payload: Payload
let campaign: { id: number; slug: string }
let bilingual: { id: number; slug: string; vi: string; en: string }
let vietnameseOnly: { id: number; slug: string; vi: string }

const marker = (label: string) => `${label} ${randomBytes(3).toString('hex')}`

async function publishedArticle(vi: string, en?: string) {
  const created = await payload.create({
    collection: 'articles',
    locale: 'vi',
    data: { headline: vi, campaign: campaign.id, standfirst: 'Tóm tắt.', body: lexicalParagraphs('Nội dung tiếng Việt.') } as never,
    draft: true,
    overrideAccess: true,
  })
  if (en)
    await payload.update({
      collection: 'articles',
      id: created.id,
      locale: 'en',
      data: { headline: en, standfirst: 'Summary.', body: lexicalParagraphs('English text.') } as never,
      draft: true,
      overrideAccess: true,
    })
  await publishForTest(payload, 'articles', created.id)
  return { id: created.id as number, slug: (created as unknown as { slug: string }).slug }
}

const jsonFeedTitles = async (lang: 'vi' | 'en') => {
  const response = await handleFeed(payload, new Request(`http://newsroom.test/feeds/${lang}/feed.json`), lang, 'feed.json')
  return ((await response.json()) as { items: Array<{ title: string }> }).items.map((item) => item.title)
}

beforeAll(async () => {
  payload = await getTestPayload()
  const made = await makeCampaign(payload, marker('Chiến dịch song ngữ'))
  await payload.update({
    collection: 'campaigns',
    id: made.id,
    locale: 'en',
    data: { title: marker('Bilingual campaign') } as never,
    draft: true,
    overrideAccess: true,
  })
  await publishForTest(payload, 'campaigns', made.id)
  campaign = { id: made.id, slug: (made as unknown as { slug: string }).slug }
  const vi = marker('Bài song ngữ')
  const en = marker('Bilingual article')
  bilingual = { ...(await publishedArticle(vi, en)), vi, en }
  const viOnly = marker('Bài chỉ có tiếng Việt')
  vietnameseOnly = { ...(await publishedArticle(viOnly)), vi: viOnly }
})

describe('the English site', () => {
  it('lists only items written in English, as the English feed does', async () => {
    const home = await renderPage(createElement(HomePage, { lang: 'en' }))
    expect(home).toContain(bilingual.en)
    expect(home).not.toContain(vietnameseOnly.vi)
    const feed = await jsonFeedTitles('en')
    expect(feed).toContain(bilingual.en)
    expect(feed).not.toContain(vietnameseOnly.vi)

    const loaded = await loadCampaign(payload, campaign.slug, { lang: 'en' })
    expect(loaded.status).toBe('ok')
    if (loaded.status !== 'ok') return
    expect(loaded.value.articles.map((article) => article.headline)).toEqual([bilingual.en])
  })

  it('marks a summary that has no English yet as Vietnamese in an English list', async () => {
    const standfirst = marker('Sapo chỉ có tiếng Việt')
    const created = await payload.create({
      collection: 'articles',
      locale: 'vi',
      data: { headline: marker('Bài có sapo tiếng Việt'), campaign: campaign.id, standfirst, body: lexicalParagraphs('Nội dung.') } as never,
      draft: true,
      overrideAccess: true,
    })
    const headline = marker('Article with a Vietnamese standfirst')
    await payload.update({
      collection: 'articles',
      id: created.id,
      locale: 'en',
      data: { headline, body: lexicalParagraphs('English text.') } as never,
      draft: true,
      overrideAccess: true,
    })
    await publishForTest(payload, 'articles', created.id)
    const home = await renderPage(createElement(HomePage, { lang: 'en' }))
    expect(home).toContain(headline)
    expect(home).toContain(`<p lang="vi">${standfirst}</p>`)
    // A bilingual item's English summary carries no language mark of its own.
    expect(home).toMatch(/<p>Summary\.<\/p>/)
  })

  it('keeps listing every item on the Vietnamese site', async () => {
    const home = await renderPage(createElement(HomePage, { lang: 'vi' }))
    expect(home).toContain(bilingual.vi)
    expect(home).toContain(vietnameseOnly.vi)
  })

  it('shows a Vietnamese-only item at its English address marked "Tiếng Việt", its text in lang="vi"', async () => {
    const loaded = await loadArticle(payload, vietnameseOnly.slug, { lang: 'en' })
    expect(loaded.status).toBe('ok')
    if (loaded.status !== 'ok') return
    expect(loaded.value.article.contentLang).toBe('vi')
    const html = await renderPage(createElement(ArticlePage, { lang: 'en', article: loaded.value.article, related: [] }))
    expect(html).toMatch(
      /<p class="notice language-note"[^>]*><span class="badge" lang="vi">Tiếng Việt<\/span> (<!-- -->)?This item is published in Vietnamese only\.<\/p>/,
    )
    expect(html).toMatch(new RegExp(`<article class="article" lang="vi">[\\s\\S]*${vietnameseOnly.vi}`))

    const english = await loadArticle(payload, bilingual.slug, { lang: 'en' })
    if (english.status !== 'ok') throw new Error(english.status)
    expect(english.value.article.contentLang).toBe('en')
    const englishHtml = await renderPage(createElement(ArticlePage, { lang: 'en', article: english.value.article, related: [] }))
    expect(englishHtml).not.toContain('language-note')
    expect(englishHtml).toContain('<article class="article">')
  })
})
