import { NextRequest } from 'next/server'
import type { Payload } from 'payload'
import { createElement } from 'react'
import { beforeAll, describe, expect, it } from 'vitest'

import { formatVietnamTime } from '@/admin/workflow/formatVietnamTime'
import { poolOf } from '@/db/sql'
import { publishDueItems } from '@/jobs/publishDueItems'
import { loadArticle } from '@/content/public/loadPages'
import { ArticlePage } from '@/site/pages/ArticlePage'
import { makeCampaign, publishForTest } from '../helpers/content'
import { login, rest } from '../helpers/rest'
import { getTestPayload } from '../helpers/testPayload'
import { makeStaff } from '../helpers/users'
import { renderPage } from '../helpers/renderPage'

/**
 * The public pages of items after their first publication, asked through the site's
 * proxy as a reader's browser would: an old slug answers 301 to the current page, a
 * withdrawn item 410 with the reason and the date, and a major update shows its note.
 */
let payload: Payload
let campaignId: number
let editorToken: string
let reviewerToken: string
let counter = 0

const act = (token: string, id: number, body: Record<string, unknown>) => rest('POST', `/workflow/articles/${id}`, { token, body })

async function step(token: string, id: number, body: Record<string, unknown>) {
  const response = await act(token, id, body)
  expect(response.status, JSON.stringify(response.body)).toBe(200)
}

async function review(id: number) {
  await step(editorToken, id, { action: 'submit' })
  await step(reviewerToken, id, { action: 'approve' })
}

async function publishedArticle(label: string): Promise<{ id: number; slug: string }> {
  counter += 1
  const slug = `${label}-${counter}-${Date.now()}`
  const created = await rest('POST', '/articles?draft=true', { token: editorToken, body: { headline: `Bài ${label} ${counter}`, slug, campaign: campaignId } })
  expect(created.status, JSON.stringify(created.body)).toBe(201)
  const id = Number(created.body.doc.id)
  await review(id)
  await step(reviewerToken, id, { action: 'publish' })
  return { id, slug }
}

const editDraft = async (id: number, data: Record<string, unknown>, locale = 'vi') => {
  const response = await rest('PATCH', `/articles/${id}?draft=true&locale=${locale}`, { token: editorToken, body: data })
  expect(response.status, JSON.stringify(response.body)).toBe(200)
}

async function page(path: string, origin = 'http://newsroom.test'): Promise<Response> {
  const { proxy } = await import('@/proxy')
  return proxy(new NextRequest(`${origin}${path}`))
}

/** The proxy lets a request through to its page in the `[lang]` route tree (a live item, or one it cannot judge). */
const passesThrough = (response: Response) => response.headers.get('x-middleware-next') === '1' || response.headers.has('x-middleware-rewrite')

const historyOf = async (slug: string) =>
  (await poolOf(payload).query('SELECT item_id FROM content_slug_history WHERE collection = $1 AND slug = $2', ['articles', slug])).rows

beforeAll(async () => {
  payload = await getTestPayload()
  const campaign = await makeCampaign(payload, `Chiến dịch trang công khai ${Date.now()}`)
  await publishForTest(payload, 'campaigns', campaign.id)
  campaignId = Number(campaign.id)
  const editor = await makeStaff(payload, ['editor'])
  const reviewer = await makeStaff(payload, ['reviewer'])
  editorToken = await login(editor.email, editor.password)
  reviewerToken = await login(reviewer.email, reviewer.password)
})

describe('old URLs after a slug change', () => {
  it('answers 301 from the old slug to the new one in both languages once the new version is published', async () => {
    const item = await publishedArticle('duong-dan-cu')
    const renamed = `duong-dan-moi-${item.id}`
    await editDraft(item.id, { slug: renamed })
    // Not yet: the working copy's slug is not public until it is published.
    expect(passesThrough(await page(`/articles/${item.slug}`))).toBe(true)
    await review(item.id)
    await step(reviewerToken, item.id, { action: 'publish' })

    const vi = await page(`/articles/${item.slug}`)
    expect(vi.status).toBe(301)
    expect(vi.headers.get('location')).toBe(`http://newsroom.test/articles/${renamed}`)
    const en = await page(`/en/articles/${item.slug}?utm_source=bao`)
    expect(en.status).toBe(301)
    expect(en.headers.get('location')).toBe(`http://newsroom.test/en/articles/${renamed}?utm_source=bao`)
    expect(passesThrough(await page(`/articles/${renamed}`))).toBe(true)
    // A forged Host never becomes the redirect's origin: a shared cache would keep it.
    const forged = await page(`/articles/${item.slug}`, 'http://attacker.example')
    expect(forged.headers.get('location')).toBe(`http://newsroom.test/articles/${renamed}`)
  })

  it('follows every earlier slug straight to the current page, including a publication by the scheduler', async () => {
    const item = await publishedArticle('ba-doi')
    await editDraft(item.id, { slug: `ba-doi-hai-${item.id}` })
    await review(item.id)
    await step(reviewerToken, item.id, { action: 'publish' })
    await editDraft(item.id, { slug: `ba-doi-ba-${item.id}` })
    await review(item.id)
    const at = new Date(Date.now() + 10 * 60_000)
    await step(reviewerToken, item.id, { action: 'schedule', publishAt: at.toISOString() })
    expect((await publishDueItems(payload, new Date(at.getTime() + 1000))).published).toContainEqual({ collection: 'articles', id: item.id })

    for (const old of [item.slug, `ba-doi-hai-${item.id}`]) {
      const response = await page(`/articles/${old}`)
      expect(response.status).toBe(301)
      expect(response.headers.get('location')).toBe(`http://newsroom.test/articles/ba-doi-ba-${item.id}`)
    }
  })

  it('gives an old slug to the item that takes it again, and forgets the redirect', async () => {
    const first = await publishedArticle('lay-lai')
    await editDraft(first.id, { slug: `${first.slug}-moi` })
    await review(first.id)
    await step(reviewerToken, first.id, { action: 'publish' })
    expect((await page(`/articles/${first.slug}`)).status).toBe(301)

    const second = await rest('POST', '/articles?draft=true', {
      token: editorToken,
      body: { headline: 'Bài mới dùng lại đường dẫn', slug: first.slug, campaign: campaignId },
    })
    expect(second.status, JSON.stringify(second.body)).toBe(201)
    // A draft does not take the URL: readers still go to the moved item.
    expect((await page(`/articles/${first.slug}`)).status).toBe(301)
    await review(second.body.doc.id)
    await step(reviewerToken, second.body.doc.id, { action: 'publish' })

    expect(passesThrough(await page(`/articles/${first.slug}`))).toBe(true)
    expect(await historyOf(first.slug)).toEqual([])
  })

  it('does not redirect to a moved item that is no longer public, and answers 410 when it was withdrawn', async () => {
    const item = await publishedArticle('rut-sau-doi')
    const renamed = `${item.slug}-sau`
    await editDraft(item.id, { slug: renamed })
    await review(item.id)
    await step(reviewerToken, item.id, { action: 'publish' })
    await step(reviewerToken, item.id, { action: 'withdraw', comment: 'Số liệu chưa được kiểm chứng.' })

    const old = await page(`/articles/${item.slug}`)
    expect(old.status).toBe(410)
    expect(old.headers.get('location')).toBeNull()
    expect(await old.text()).toContain('Số liệu chưa được kiểm chứng.')
  })
})

describe('the page of a withdrawn item', () => {
  it('answers 410 with the title, the reason and the date of the withdrawal in the reader’s language, and nothing of the content', async () => {
    const item = await publishedArticle('bai-rut')
    await editDraft(item.id, { standfirst: 'Sapo không được lộ ra.' })
    await payload.update({
      collection: 'articles',
      id: item.id,
      locale: 'en',
      data: { headline: 'Withdrawn story in English' } as never,
      draft: true,
      overrideAccess: true,
    })
    await review(item.id)
    await step(reviewerToken, item.id, { action: 'publish' })
    await step(reviewerToken, item.id, { action: 'withdraw', comment: 'Bài in nhầm tên một em nhỏ <b>.' })
    const row = await payload.db.findOne<{ id: number; withdrawnAt: string; headline?: string }>({
      collection: 'articles',
      where: { id: { equals: item.id } },
      locale: 'vi',
    })

    const vi = await page(`/articles/${item.slug}`)
    expect(vi.status).toBe(410)
    const viHtml = await vi.text()
    expect(viHtml).toContain(`Bài bai-rut ${counter}`)
    expect(viHtml).toContain('Lý do')
    expect(viHtml).toContain('Bài in nhầm tên một em nhỏ &lt;b&gt;.')
    expect(viHtml).toContain(formatVietnamTime(row!.withdrawnAt, 'vi'))
    expect(viHtml).toMatch(/\d{2}\/\d{2}\/\d{4} \d{2}:\d{2} giờ Việt Nam/)
    expect(viHtml).not.toContain('Sapo không được lộ ra.')

    const en = await page(`/en/articles/${item.slug}`)
    expect(en.status).toBe(410)
    const enHtml = await en.text()
    expect(enHtml).toContain('Withdrawn story in English')
    expect(enHtml).toContain('Reason')
    expect(enHtml).toContain(formatVietnamTime(row!.withdrawnAt, 'en'))
    expect(enHtml).toMatch(/\d{2}\/\d{2}\/\d{4} \d{2}:\d{2} Viet Nam time/)
  })
})

describe('the change note of a major update', () => {
  const render = async (slug: string, lang: 'vi' | 'en') => {
    const loaded = await loadArticle(payload, slug, { lang })
    if (loaded.status !== 'ok') throw new Error(`article page: ${loaded.status}`)
    return await renderPage(createElement(ArticlePage, { lang, article: loaded.value.article, related: [] }))
  }
  const noteOf = (html: string) => /<p class="change-note"[^>]*>(.*?)<\/p>/.exec(html)?.[1]?.replace(/<[^>]+>/g, '') ?? null

  it('shows "Cập nhật lúc dd/MM/yyyy HH:mm: note" in the reader’s language, and keeps it with its time through a later minor update', async () => {
    const item = await publishedArticle('cap-nhat')
    // A note on a version that is not a major update is not shown.
    await editDraft(item.id, { standfirst: 'Sửa chính tả', changeNote: 'Ghi chú của bản sửa nhỏ.' })
    await review(item.id)
    await step(reviewerToken, item.id, { action: 'publish' })
    expect(noteOf(await render(item.slug, 'vi'))).toBeNull()

    await editDraft(item.id, { standfirst: 'Số liệu mới', majorChange: true, changeNote: 'Bổ sung số liệu quý IV.' })
    await editDraft(item.id, { headline: 'Updated story', changeNote: 'Added the fourth-quarter figures.' }, 'en')
    await review(item.id)
    await step(reviewerToken, item.id, { action: 'publish' })
    const [published] = (
      await poolOf(payload).query<{ occurred_at: Date }>(
        `SELECT occurred_at FROM delivery_changes WHERE content_type = 'article' AND doc_id = $1 AND major ORDER BY id DESC LIMIT 1`,
        [item.id],
      )
    ).rows
    const at = published!.occurred_at.toISOString()

    expect(noteOf(await render(item.slug, 'vi'))).toBe(`Cập nhật lúc ${formatVietnamTime(at, 'vi')}: Bổ sung số liệu quý IV.`)
    expect(noteOf(await render(item.slug, 'en'))).toBe(`Updated at ${formatVietnamTime(at, 'en')}: Added the fourth-quarter figures.`)

    await editDraft(item.id, { standfirst: 'Số liệu mới, sửa dấu' })
    await review(item.id)
    await step(reviewerToken, item.id, { action: 'publish' })
    expect(noteOf(await render(item.slug, 'vi'))).toBe(`Cập nhật lúc ${formatVietnamTime(at, 'vi')}: Bổ sung số liệu quý IV.`)
  })
})
