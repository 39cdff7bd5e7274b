import type { Payload } from 'payload'
import { beforeAll, describe, expect, it } from 'vitest'

import { sqlForClient, poolOf } from '@/db/sql'
import { publishDueItems } from '@/jobs/publishDueItems'
import { reindexSearch } from '@/search/reindexSearch'
import { SEARCH_WINDOW, searchSite } from '@/search/searchSite'
import { makeCampaign } from '../helpers/content'
import { login, rest } from '../helpers/rest'
import { lexical } from '../helpers/siteContent'
import { getTestPayload } from '../helpers/testPayload'
import { makeStaff } from '../helpers/users'

type Collection = 'articles' | 'campaigns' | 'briefing-packs'

let payload: Payload
let campaignId: number
let editorToken: string
let reviewerToken: string

// Other files share the run's database: each test searches for a word of its own, made
// unique per run and never the prefix of another test's word.
const stamp = Date.now().toString(36)
const word = (tag: string) => `${tag}${stamp}`

const act = (token: string, collection: Collection, id: number, body: unknown) => rest('POST', `/workflow/${collection}/${id}`, { token, body })

/** A draft written by an editor in Vietnamese and, when given, in English. */
async function draft(collection: Collection, vi: Record<string, unknown>, en?: Record<string, unknown>) {
  const created = await rest('POST', `/${collection}?locale=vi`, {
    token: editorToken,
    body: collection === 'campaigns' ? vi : { campaign: campaignId, ...vi },
  })
  expect(created.status).toBe(201)
  const doc = created.body.doc as { id: number; slug: string }
  if (en) expect((await rest('PATCH', `/${collection}/${doc.id}?locale=en&draft=true`, { token: editorToken, body: en })).status).toBe(200)
  return doc
}

async function publish(collection: Collection, id: number) {
  expect((await act(editorToken, collection, id, { action: 'submit' })).status).toBe(200)
  expect((await act(reviewerToken, collection, id, { action: 'approve' })).status).toBe(200)
  expect((await act(reviewerToken, collection, id, { action: 'publish' })).status).toBe(200)
}

async function published(collection: Collection, vi: Record<string, unknown>, en?: Record<string, unknown>) {
  const doc = await draft(collection, vi, en)
  await publish(collection, doc.id)
  return doc
}

const search = (q: string, options: { lang?: 'vi' | 'en'; now?: Date; includeEmbargoed?: boolean } = {}) =>
  searchSite(payload, { q, lang: options.lang ?? 'vi', now: options.now ?? new Date(), includeEmbargoed: options.includeEmbargoed, limit: 500, offset: 0 })

const slugsFound = async (q: string, options?: Parameters<typeof search>[1]) => (await search(q, options)).results.map((result) => result.slug)

beforeAll(async () => {
  payload = await getTestPayload()
  campaignId = (await makeCampaign(payload)).id
  const editor = await makeStaff(payload, ['editor'])
  const reviewer = await makeStaff(payload, ['reviewer'])
  editorToken = await login(editor.email, editor.password)
  reviewerToken = await login(reviewer.email, reviewer.password)
})

describe('site search', () => {
  it('finds "Bảo vệ trẻ em trên mạng" by "tre em" and by "bao ve", typed without diacritics', async () => {
    const article = await published('articles', {
      headline: 'Bảo vệ trẻ em trên mạng',
      standfirst: 'Cẩm nang giúp cha mẹ đồng hành cùng con khi con lên mạng.',
    })
    expect(await slugsFound('tre em')).toContain(article.slug)
    expect(await slugsFound('bao ve')).toContain(article.slug)
    expect(await slugsFound('BẢO VỆ'.normalize('NFD'))).toContain(article.slug)

    const hit = (await search('tre em')).results.find((result) => result.slug === article.slug)!
    expect(hit).toMatchObject({ type: 'article', title: 'Bảo vệ trẻ em trên mạng', url: `/articles/${article.slug}` })
    // The snippet comes from the original summary, diacritics and all.
    expect(hit.snippet).toContain('đồng hành cùng con')
    expect(hit.publishedAt).not.toBeNull()
  })

  it('matches the beginning of a word, so a half-typed word already finds it', async () => {
    const token = word('prefix')
    const article = await published('articles', { headline: `Từ khoá ${token}` })
    expect(await slugsFound(token.slice(0, -2))).toContain(article.slug)
  })

  it('ranks an item whose title matches above one that matches only in its body, even a newer one', async () => {
    const token = word('rank')
    const titled = await published('articles', { headline: `Hướng dẫn ${token} cho phụ huynh` })
    const bodyOnly = await published('articles', {
      headline: 'Một bài khác',
      standfirst: `Nhắc đến ${token}.`,
      body: lexical(...Array.from({ length: 8 }, () => `Đoạn văn về ${token} và ${token}.`)),
    })
    expect(await slugsFound(token)).toEqual([titled.slug, bodyOnly.slug])
  })

  it('finds English text only when searching in English, and an item without an English title not at all there', async () => {
    const token = word('lang')
    const both = await published(
      'articles',
      { headline: `Cảnh báo dụ dỗ trẻ ${token}` },
      { headline: `Grooming warning ${token}`, standfirst: 'Signs that a stranger is befriending your child.' },
    )
    const viOnly = await published('articles', { headline: `Chỉ có tiếng Việt ${token}` })

    const english = await search(`grooming ${token}`, { lang: 'en' })
    expect(english.results.map((result) => result.slug)).toEqual([both.slug])
    expect(english.results[0]).toMatchObject({ title: `Grooming warning ${token}`, url: `/en/articles/${both.slug}` })
    expect(await slugsFound(`grooming ${token}`)).toEqual([])
    expect(await slugsFound(`canh bao ${token}`, { lang: 'en' })).toEqual([])
    expect(await slugsFound(token, { lang: 'en' })).not.toContain(viOnly.slug)
    expect(await slugsFound(token)).toEqual(expect.arrayContaining([both.slug, viOnly.slug]))
  })

  it('keeps an embargoed item out of the results until its embargo passes', async () => {
    const token = word('embargo')
    const embargoUntil = new Date(Date.now() + 3_600_000)
    const article = await published('articles', { headline: `Báo cáo chưa công bố ${token}`, embargoUntil: embargoUntil.toISOString() })
    expect(await slugsFound(token)).toEqual([])
    expect(await slugsFound(token, { now: new Date(embargoUntil.getTime() - 1000) })).toEqual([])
    expect(await slugsFound(token, { now: embargoUntil })).toEqual([article.slug])
    expect(await slugsFound(token, { includeEmbargoed: true })).toEqual([article.slug])
  })

  it('drops a withdrawn item from the results', async () => {
    const token = word('withdrawn')
    const article = await published('articles', { headline: `Số liệu sai ${token}` })
    expect(await slugsFound(token)).toEqual([article.slug])
    expect((await act(reviewerToken, 'articles', article.id, { action: 'withdraw', comment: 'Số liệu sai' })).status).toBe(200)
    expect(await slugsFound(token)).toEqual([])
  })

  it('never indexes a draft, nor a new draft of a published item', async () => {
    const token = word('draft')
    const unpublished = await draft('articles', { headline: `Bản nháp ${token}` })
    await act(editorToken, 'articles', unpublished.id, { action: 'submit' })
    await act(reviewerToken, 'articles', unpublished.id, { action: 'approve' })
    expect(await slugsFound(token)).toEqual([])

    const live = word('live')
    const article = await published('articles', { headline: `Bản đã đăng ${live}` })
    expect((await rest('PATCH', `/articles/${article.id}?draft=true`, { token: editorToken, body: { headline: `Bản nháp mới ${token}` } })).status).toBe(200)
    expect(await slugsFound(token)).toEqual([])
    expect(await slugsFound(live)).toEqual([article.slug])
  })

  it('removes a deleted item from the index', async () => {
    const token = word('deleted')
    const article = await published('articles', { headline: `Sắp xoá ${token}` })
    expect(await slugsFound(token)).toEqual([article.slug])
    await payload.delete({ collection: 'articles', id: article.id, overrideAccess: true })
    expect(await slugsFound(token)).toEqual([])
  })

  it('indexes items the scheduler publishes', async () => {
    const token = word('scheduled')
    const article = await draft('articles', { headline: `Lên lịch ${token}` })
    await act(editorToken, 'articles', article.id, { action: 'submit' })
    await act(reviewerToken, 'articles', article.id, { action: 'approve' })
    expect((await act(reviewerToken, 'articles', article.id, { action: 'schedule', publishAt: new Date(Date.now() + 3_600_000).toISOString() })).status).toBe(
      200,
    )
    expect(await slugsFound(token)).toEqual([])
    await publishDueItems(payload, new Date(Date.now() + 2 * 3_600_000))
    expect(await slugsFound(token)).toEqual([article.slug])
  })

  it('searches the key messages of campaigns and the talking points and answers of briefing packs', async () => {
    const message = word('message')
    const point = word('point')
    const answer = word('answer')
    const campaign = await published('campaigns', { title: 'Chiến dịch mùa hè', keyMessages: [{ message: `Đồng hành cùng con ${message}` }] })
    const pack = await published('briefing-packs', {
      title: 'Tài liệu họp báo mùa hè',
      summary: 'Số liệu cho phóng viên.',
      talkingPoints: [{ point: `Trách nhiệm chung ${point}` }],
      qa: [{ question: 'Gọi số nào?', answer: `Tổng đài 111 ${answer}` }],
    })
    expect((await search(message)).results.map((result) => [result.type, result.url])).toEqual([['campaign', `/campaigns/${campaign.slug}`]])
    expect((await search(point)).results.map((result) => [result.type, result.url])).toEqual([['briefing-pack', `/briefing-packs/${pack.slug}`]])
    expect(await slugsFound(answer)).toEqual([pack.slug])
  })

  it('answers a query full of tsquery syntax without an error', async () => {
    const token = word('syntax')
    const article = await published('articles', { headline: `Ký tự đặc biệt ${token}` })
    await expect(search(`&|!():*'"\\`)).resolves.toEqual({ total: 0, results: [] })
    await expect(search(`'${token}':* & !(x | y) <-> "z" \\`)).resolves.toMatchObject({ total: 0 })
    expect(await slugsFound(`${token}!:*&|`)).toEqual([article.slug])
  })

  it('returns nothing for an empty or one-character query, and answers a very long one', async () => {
    expect(await search('')).toEqual({ total: 0, results: [] })
    expect(await search('a')).toEqual({ total: 0, results: [] })
    await expect(search('trẻ em '.repeat(100))).resolves.toMatchObject({ total: expect.any(Number) })
  })

  it('pages through the results with a total that counts them all', async () => {
    const token = word('paging')
    for (const n of [1, 2, 3]) await published('articles', { headline: `Bài ${n} ${token}` })
    const first = await searchSite(payload, { q: token, lang: 'vi', now: new Date(), limit: 2, offset: 0 })
    const second = await searchSite(payload, { q: token, lang: 'vi', now: new Date(), limit: 2, offset: 2 })
    expect([first.total, second.total]).toEqual([3, 3])
    expect([first.results.length, second.results.length]).toEqual([2, 1])
    // Newest first among equal ranks.
    expect(first.results[0]!.title).toBe(`Bài 3 ${token}`)
  })

  it('ranks only the newest thousand matches of a common word, still puts an older title match first, and says there are more', async () => {
    const token = word('window')
    const sql = sqlForClient(poolOf(payload))
    // Far more index rows than the window, written straight into the index as publication writes them.
    const base = 900_000_000 + Math.floor(Math.random() * 1_000_000)
    await sql(
      `INSERT INTO site_search (doc_type, doc_id, lang, slug, title, summary, published_at, folded_title, folded_body)
       SELECT 'article', $1::int + n, 'vi', 'cua-so-' || $2 || '-' || n, 'Bài ' || n, '', now() - n * interval '1 minute', 'bai ' || n, 'noi dung ' || $2
         FROM generate_series(1, ${SEARCH_WINDOW + 200}) AS n`,
      [base, token],
    )
    // The oldest of all, the only one with the word in its title.
    await sql(
      `INSERT INTO site_search (doc_type, doc_id, lang, slug, title, summary, published_at, folded_title, folded_body)
       VALUES ('article', $1, 'vi', $2, $3, '', now() - interval '1 year', $3, '')`,
      [base + SEARCH_WINDOW + 500, `tieu-de-${token}`, `Tieu de ${token}`],
    )
    try {
      const first = await searchSite(payload, { q: token, lang: 'vi', now: new Date(), limit: 20, offset: 0 })
      expect(first.total).toBe(SEARCH_WINDOW)
      expect(first.capped).toBe(true)
      expect(first.results[0]!.slug).toBe(`tieu-de-${token}`)
      expect(first.results.slice(1, 4).map((result) => result.slug)).toEqual([1, 2, 3].map((n) => `cua-so-${token}-${n}`))
      // The last page inside the window is full; past it there is nothing.
      const last = await searchSite(payload, { q: token, lang: 'vi', now: new Date(), limit: 20, offset: SEARCH_WINDOW - 20 })
      expect(last.results).toHaveLength(20)
      const beyond = await searchSite(payload, { q: token, lang: 'vi', now: new Date(), limit: 20, offset: SEARCH_WINDOW + 1 })
      expect(beyond.results).toHaveLength(0)
      // A narrower search is exact again.
      const narrow = await searchSite(payload, { q: `${token} 7`, lang: 'vi', now: new Date(), limit: 20, offset: 0 })
      expect(narrow.capped).toBeUndefined()
    } finally {
      await sql(`DELETE FROM site_search WHERE doc_id BETWEEN $1 AND $2`, [base, base + SEARCH_WINDOW + 500])
    }
  })

  it('finds the newest thousand matches of a word spread thinly through the archive, newest first, and says there are more', async () => {
    const token = word('sparse')
    const sql = sqlForClient(poolOf(payload))
    // One item in five holds the word, so the newest 2,000 items hold only about 400 matches.
    const base = 910_000_000 + Math.floor(Math.random() * 1_000_000)
    const rows = 5 * (SEARCH_WINDOW + 100)
    await sql(
      `INSERT INTO site_search (doc_type, doc_id, lang, slug, title, summary, published_at, folded_title, folded_body)
       SELECT 'article', $1::int + n, 'vi', 'thua-' || $2 || '-' || n, 'Bài ' || n, '', now() - n * interval '1 minute', 'bai ' || n,
              CASE WHEN n % 5 = 0 THEN 'noi dung ' || $2 ELSE 'noi dung khac' END
         FROM generate_series(1, ${rows}) AS n`,
      [base, token],
    )
    try {
      const first = await searchSite(payload, { q: token, lang: 'vi', now: new Date(), limit: 20, offset: 0 })
      expect(first.total).toBe(SEARCH_WINDOW)
      expect(first.capped).toBe(true)
      expect(first.results.slice(0, 3).map((result) => result.slug)).toEqual([5, 10, 15].map((n) => `thua-${token}-${n}`))
      const last = await searchSite(payload, { q: token, lang: 'vi', now: new Date(), limit: 1, offset: SEARCH_WINDOW - 1 })
      expect(last.results.map((result) => result.slug)).toEqual([`thua-${token}-${5 * SEARCH_WINDOW}`])
    } finally {
      await sql(`DELETE FROM site_search WHERE doc_id BETWEEN $1 AND $2`, [base, base + rows])
    }
  })

  it('rebuilds a deleted index from the published content, the same way each time', async () => {
    const token = word('reindex')
    const article = await published('articles', { headline: `Chỉ mục ${token}` }, { headline: `Index ${token}` })
    const gone = await published('articles', { headline: `Đã gỡ ${token}` })
    await act(reviewerToken, 'articles', gone.id, { action: 'withdraw', comment: 'Gỡ bài' })
    const before = await search(token)
    const sql = sqlForClient(poolOf(payload))
    await sql('DELETE FROM site_search')
    expect(await slugsFound(token)).toEqual([])

    const first = await reindexSearch(payload)
    expect(await search(token)).toEqual(before)
    expect(before.results.map((result) => result.slug)).toEqual([article.slug])
    expect(await slugsFound(token, { lang: 'en' })).toEqual([article.slug])
    expect(await reindexSearch(payload)).toEqual(first)
    expect(await search(token)).toEqual(before)
  })
})
