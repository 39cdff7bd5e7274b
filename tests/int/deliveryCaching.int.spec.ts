import type { Payload } from 'payload'
import { beforeAll, describe, expect, it } from 'vitest'

import { bumpGeneration } from '@/delivery/changes/deliveryState'
import { poolOf, sqlForClient } from '@/db/sql'
import { makeCampaign, publishForTest } from '../helpers/content'
import { feed, makeAgency, v1, type DeliveryResponse } from '../helpers/delivery'
import { getTestPayload } from '../helpers/testPayload'

/*
 * HTTP caching of the v1 API and the feeds: validators on every answer, 304 for a client
 * that is up to date, and a server cache that no publish, withdrawal, schedule or embargo
 * lift can leave stale, because it is keyed by the generation in `delivery_state`.
 */

let payload: Payload
let apiKey: string
let campaign: { id: number; slug: string }
const run = Date.now().toString(36)
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms))

async function generation(): Promise<number> {
  const { rows } = await poolOf(payload).query<{ generation: string }>('SELECT generation FROM delivery_state')
  return Number(rows[0]!.generation)
}

async function makeArticle(headline: string, extra: Record<string, unknown> = {}) {
  const created = await payload.create({
    collection: 'articles',
    data: { headline, campaign: campaign.id, ...extra } as never,
    overrideAccess: true,
    draft: true,
  })
  return Number(created.id)
}

const withdraw = (id: number) =>
  payload.update({
    collection: 'articles',
    id,
    data: { _status: 'draft', stage: 'withdrawn' } as never,
    context: { workflow: 'withdraw' },
    overrideAccess: true,
  })

const listPath = () => `/items?campaign=${campaign.slug}&limit=100`
const feedPaths = () => ['/vi/atom.xml', '/vi/rss.xml', '/vi/feed.json', `/vi/atom.xml?campaign=${campaign.slug}`]

/** The answers a client would cache: the filtered list, one item and the feeds. */
async function snapshot(itemId: string) {
  return {
    list: await v1(payload, listPath(), apiKey),
    single: await v1(payload, `/items/${itemId}`, apiKey),
    feeds: await Promise.all(feedPaths().map((path) => feed(payload, path))),
  }
}

const etagOf = (response: DeliveryResponse) => response.headers.get('etag')!

beforeAll(async () => {
  payload = await getTestPayload()
  apiKey = (await makeAgency(payload)).apiKey
  const made = await makeCampaign(payload, `Chiến dịch bộ nhớ đệm ${run}`)
  await publishForTest(payload, 'campaigns', made.id)
  campaign = { id: Number(made.id), slug: String((made as { slug?: string }).slug) }
})

describe('HTTP validators', () => {
  it('sends ETag, Last-Modified and Cache-Control on the item list, a single item and every feed', async () => {
    const id = await makeArticle(`Bài có ETag ${run}`)
    await publishForTest(payload, 'articles', id)
    const { list, single, feeds } = await snapshot(`article-${id}-vi`)
    for (const [name, response, cacheControl] of [
      ['list', list, 'private, no-cache'],
      ['single', single, 'private, no-cache'],
      ...feeds.map((response, i) => [feedPaths()[i]!, response, 'public, no-cache'] as const),
    ] as const) {
      expect(response.status, name).toBe(200)
      expect(response.headers.get('etag'), name).toMatch(/^"[A-Za-z0-9_-]{10,}"$/)
      const lastModified = response.headers.get('last-modified')
      expect(lastModified, name).toMatch(/GMT$/)
      expect(Number.isNaN(Date.parse(lastModified!)), name).toBe(false)
      expect(Date.parse(lastModified!), name).toBeLessThanOrEqual(Date.now())
      expect(response.headers.get('cache-control'), name).toBe(cacheControl)
    }
  })

  it('answers 304 with an empty body when If-None-Match carries the current ETag, and 200 for any other', async () => {
    const id = await makeArticle(`Bài 304 ${run}`)
    await publishForTest(payload, 'articles', id)
    const { list, single, feeds } = await snapshot(`article-${id}-vi`)

    const checks: Array<[string, (headers: Record<string, string>) => Promise<DeliveryResponse>, string]> = [
      ['list', (headers) => v1(payload, listPath(), apiKey, headers), etagOf(list)],
      ['single', (headers) => v1(payload, `/items/article-${id}-vi`, apiKey, headers), etagOf(single)],
      ...feedPaths().map(
        (path, i) =>
          [path, (headers: Record<string, string>) => feed(payload, path, headers), etagOf(feeds[i]!)] as [
            string,
            (headers: Record<string, string>) => Promise<DeliveryResponse>,
            string,
          ],
      ),
    ]
    for (const [name, get, etag] of checks) {
      for (const ifNoneMatch of [etag, `W/${etag}`, `"something-else", ${etag}`]) {
        const cached = await get({ 'If-None-Match': ifNoneMatch })
        expect(cached.status, `${name} ${ifNoneMatch}`).toBe(304)
        expect(cached.text, name).toBe('')
        expect(cached.headers.get('etag'), name).toBe(etag)
      }
      const stale = await get({ 'If-None-Match': '"not-the-current-etag"' })
      expect(stale.status, name).toBe(200)
      expect(stale.text.length, name).toBeGreaterThan(0)
    }
  })
})

describe('the server cache follows the shared generation', () => {
  it('shows a publication at once: the generation rises and the list, the feeds and the item change their ETag', async () => {
    const first = await makeArticle(`Bài trước ${run}`)
    await publishForTest(payload, 'articles', first)
    const before = await snapshot(`article-${first}-vi`)
    const generationBefore = await generation()

    const second = await makeArticle(`Bài mới xuất bản ${run}`)
    await publishForTest(payload, 'articles', second)
    await payload.update({ collection: 'articles', id: first, data: { headline: `Bài trước, sửa lại ${run}` } as never, draft: true, overrideAccess: true })
    await publishForTest(payload, 'articles', first)
    expect(await generation()).toBeGreaterThan(generationBefore)

    const list = await v1(payload, listPath(), apiKey, { 'If-None-Match': etagOf(before.list) })
    expect(list.status).toBe(200)
    expect(etagOf(list)).not.toBe(etagOf(before.list))
    expect(list.body.items.map((item: { uri: string }) => item.uri)).toContain(`urn:newsroom:article:${second}:vi`)

    const single = await v1(payload, `/items/article-${first}-vi`, apiKey, { 'If-None-Match': etagOf(before.single) })
    expect(single.status).toBe(200)
    expect(single.body.headlines[0].value).toBe(`Bài trước, sửa lại ${run}`)

    for (const [i, path] of feedPaths().entries()) {
      const response = await feed(payload, path, { 'If-None-Match': etagOf(before.feeds[i]!) })
      expect(response.status, path).toBe(200)
      expect(response.text, path).toContain(`Bài mới xuất bản ${run}`)
    }
  })

  it('shows a withdrawal at once: the generation rises, the feeds mark the item withdrawn and the API has it canceled', async () => {
    const id = await makeArticle(`Bài sắp gỡ ${run}`)
    await publishForTest(payload, 'articles', id)
    const before = await snapshot(`article-${id}-vi`)
    for (const response of before.feeds) expect(response.text).toContain(`Bài sắp gỡ ${run}`)
    const generationBefore = await generation()

    await withdraw(id)
    expect(await generation()).toBeGreaterThan(generationBefore)

    const single = await v1(payload, `/items/article-${id}-vi`, apiKey, { 'If-None-Match': etagOf(before.single) })
    expect(single.status).toBe(200)
    expect(single.body.pubStatus).toBe('canceled')
    const list = await v1(payload, listPath(), apiKey, { 'If-None-Match': etagOf(before.list) })
    expect(list.status).toBe(200)
    expect(list.body.items[0]).toMatchObject({ uri: `urn:newsroom:article:${id}:vi`, pubStatus: 'canceled' })
    for (const [i, path] of feedPaths().entries()) {
      const response = await feed(payload, path, { 'If-None-Match': etagOf(before.feeds[i]!) })
      expect(response.status, path).toBe(200)
      // No longer a live entry: an Atom tombstone, or an RSS and JSON Feed entry marked withdrawn.
      if (path.includes('atom.xml')) {
        expect(response.text, path).toContain(`<at:deleted-entry ref="urn:newsroom:article:${id}:vi"`)
        expect(response.text, path).not.toContain(`Bài sắp gỡ ${run}`)
      } else {
        expect(response.text, path).toContain(`[Đã rút] Bài sắp gỡ ${run}`)
      }
    }
  })

  it('drops cached answers when an item is scheduled: the generation rises and the answers are rendered again', async () => {
    const id = await makeArticle(`Bài lên lịch ${run}`)
    const before = await snapshot(`campaign-${campaign.id}-vi`)
    const generationBefore = await generation()
    // Last-Modified has a resolution of one second: let one pass so a fresh render shows.
    await sleep(1_100)

    await payload.update({
      collection: 'articles',
      id,
      data: { stage: 'scheduled', publishAt: new Date(Date.now() + 3_600_000).toISOString() } as never,
      context: { workflow: 'schedule' },
      draft: true,
      overrideAccess: true,
    })
    expect(await generation()).toBeGreaterThan(generationBefore)

    // Nothing visible changed, so the ETags stay; Last-Modified moving on shows the cache was not used.
    const after = await snapshot(`campaign-${campaign.id}-vi`)
    for (const [name, old, fresh] of [
      ['list', before.list, after.list],
      ['single', before.single, after.single],
      ...before.feeds.map((response, i) => [feedPaths()[i]!, response, after.feeds[i]!] as const),
    ] as const) {
      expect(fresh.status, name).toBe(200)
      expect(Date.parse(fresh.headers.get('last-modified')!), name).toBeGreaterThan(Date.parse(old.headers.get('last-modified')!))
      expect(fresh.text, name).not.toContain(`Bài lên lịch ${run}`)
    }
  })

  it('shows an item the moment its embargo passes: the request lifts it and the generation rises', async () => {
    const embargoUntil = new Date(Date.now() + 5_000).toISOString()
    const id = await makeArticle(`Tin cấm đăng bộ đệm ${run}`, { embargoUntil })
    await publishForTest(payload, 'articles', id)
    expect(Date.now(), 'publishing took longer than the embargo').toBeLessThan(Date.parse(embargoUntil))
    const before = await snapshot(`campaign-${campaign.id}-vi`)
    expect(before.list.text).not.toContain(`Tin cấm đăng bộ đệm ${run}`)
    for (const response of before.feeds) expect(response.text).not.toContain(`Tin cấm đăng bộ đệm ${run}`)
    expect((await v1(payload, `/items/article-${id}-vi`, apiKey)).status).toBe(404)

    await sleep(Date.parse(embargoUntil) - Date.now() + 200)
    const generationBefore = await generation()
    const list = await v1(payload, listPath(), apiKey, { 'If-None-Match': etagOf(before.list) })
    expect(await generation()).toBeGreaterThan(generationBefore)
    expect(list.status).toBe(200)
    expect(list.body.items[0]).toMatchObject({ uri: `urn:newsroom:article:${id}:vi`, pubStatus: 'usable' })
    expect((await v1(payload, `/items/article-${id}-vi`, apiKey)).status).toBe(200)
    for (const [i, path] of feedPaths().entries()) {
      const response = await feed(payload, path, { 'If-None-Match': etagOf(before.feeds[i]!) })
      expect(response.status, path).toBe(200)
      expect(response.text, path).toContain(`Tin cấm đăng bộ đệm ${run}`)
    }
  })

  it('keeps serving the cached answer, unchanged, while the generation stays the same', async () => {
    const first = await v1(payload, listPath(), apiKey)
    const generationBefore = await generation()
    const again = await v1(payload, listPath(), apiKey)
    expect(await generation()).toBe(generationBefore)
    expect(etagOf(again)).toBe(etagOf(first))
    expect(again.headers.get('last-modified')).toBe(first.headers.get('last-modified'))
  })
})

describe('rate limiting', () => {
  it('answers 429 with Retry-After and code rate_limited once an agency passes its limit per minute', async () => {
    const limited = await makeAgency(payload, { rateLimitPerMinute: 3 })
    // The limit counts per calendar minute: start well inside one.
    const left = 60_000 - (Date.now() % 60_000)
    if (left < 10_000) await sleep(left + 100)
    const statuses: number[] = []
    let refused: DeliveryResponse | undefined
    for (let i = 0; i < 4; i += 1) {
      const response = await v1(payload, '/items?limit=1', limited.apiKey)
      statuses.push(response.status)
      if (response.status === 429) refused = response
    }
    expect(statuses).toEqual([200, 200, 200, 429])
    const retryAfter = refused!.headers.get('retry-after')
    expect(retryAfter).toMatch(/^\d+$/)
    expect(Number(retryAfter)).toBeGreaterThanOrEqual(1)
    expect(Number(retryAfter)).toBeLessThanOrEqual(60)
    expect(refused!.body.error.code).toBe('rate_limited')
    expect(refused!.body.error.message).toEqual(expect.any(String))
    // Another agency is not held back by this one's limit.
    expect((await v1(payload, '/items?limit=1', apiKey)).status).toBe(200)
  })
})

describe('database work per request', () => {
  type Queryable = { query: (...args: unknown[]) => unknown }
  type PatchablePool = Queryable & { connect: (...args: unknown[]) => Promise<unknown> }
  type PatchableClient = Queryable & { release: (...args: unknown[]) => unknown }

  /** Counts every statement sent through Payload's pool (pooled clients included) while `work` runs; restores the pool after. */
  async function countStatements(work: () => Promise<unknown>): Promise<string[]> {
    const pool = poolOf(payload) as unknown as PatchablePool
    const statements: string[] = []
    const textOf = (arg: unknown) => (typeof arg === 'string' ? arg : String((arg as { text?: string })?.text ?? arg))
    const originalQuery = pool.query
    const originalConnect = pool.connect
    pool.query = function (this: unknown, ...args: unknown[]) {
      statements.push(textOf(args[0]))
      return originalQuery.apply(this, args)
    }
    pool.connect = function (this: unknown, ...args: unknown[]) {
      // pool.query checks a client out with a callback: its statement is already counted above.
      if (typeof args[0] === 'function') return originalConnect.apply(this, args)
      return checkout(originalConnect.apply(this, args))
    }
    const checkout = async (pending: Promise<unknown>) => {
      const client = (await pending) as PatchableClient
      const clientQuery = client.query
      const release = client.release
      client.query = function (this: unknown, ...queryArgs: unknown[]) {
        statements.push(textOf(queryArgs[0]))
        return clientQuery.apply(this, queryArgs)
      }
      client.release = function (this: unknown, ...releaseArgs: unknown[]) {
        client.query = clientQuery
        client.release = release
        return release.apply(this, releaseArgs)
      }
      return client
    }
    try {
      await work()
    } finally {
      pool.query = originalQuery
      pool.connect = originalConnect
    }
    return statements
  }

  const isPageQuery = (sql: string) => /FROM delivery_changes\s+WHERE id > \$1/.test(sql)

  it('issues as many SQL statements for a page of 100 items as for a page of 20, with 120 and more articles live', { timeout: 600_000 }, async () => {
    const bulk = await makeCampaign(payload, `Chiến dịch nhiều bài ${run}`)
    await publishForTest(payload, 'campaigns', bulk.id)
    for (let i = 0; i < 121; i += 1) {
      const created = await payload.create({
        collection: 'articles',
        data: { headline: `Bài số ${i} ${run}`, standfirst: `Sapo ${i}`, campaign: bulk.id } as never,
        overrideAccess: true,
        draft: true,
      })
      await publishForTest(payload, 'articles', Number(created.id))
    }
    const bulkSlug = String((bulk as { slug?: string }).slug)
    const { apiKey: countingKey } = await makeAgency(payload)

    // Let any rate-limiter flush from earlier requests finish before counting.
    const measure = async (limit: number) => {
      await sleep(1_100)
      let response: DeliveryResponse | undefined
      const statements = await countStatements(async () => {
        response = await v1(payload, `/items?campaign=${bulkSlug}&limit=${limit}`, countingKey)
      })
      expect(response!.status).toBe(200)
      expect(response!.body.items).toHaveLength(limit)
      return statements
    }

    const twenty = await measure(20)
    const hundred = await measure(100)
    // Both were cache misses: each ran the page query.
    expect(twenty.filter(isPageQuery)).toHaveLength(1)
    expect(hundred.filter(isPageQuery)).toHaveLength(1)
    expect(hundred.length, `limit=20:\n${twenty.join('\n---\n')}\n\nlimit=100:\n${hundred.join('\n---\n')}`).toBe(twenty.length)

    // After a generation bump both are misses again, and still cost the same.
    await bumpGeneration(sqlForClient(poolOf(payload)))
    const hundredAgain = await measure(100)
    expect(hundredAgain.filter(isPageQuery)).toHaveLength(1)
    expect(hundredAgain.length).toBe(twenty.length)

    // A cache hit skips the page query, so the counter does see the difference.
    const hit = await measure(100)
    expect(hit.filter(isPageQuery)).toHaveLength(0)
    expect(hit.length).toBeLessThan(hundred.length)
  })
})
