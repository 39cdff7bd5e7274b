import type { Payload } from 'payload'
import { beforeAll, describe, expect, it } from 'vitest'

import { liftDueEmbargoes } from '@/delivery/changes/liftDueEmbargoes'
import { poolOf } from '@/db/sql'
import { makeCampaign, publishForTest } from '../helpers/content'
import { feed, makeAgency, v1, type DeliveryResponse } from '../helpers/delivery'
import { getTestPayload } from '../helpers/testPayload'

/*
 * What the v1 API and the feeds do with input a client got wrong, or sent on purpose to
 * break them: a 4xx that names the field, never a 500, and never a change to any data.
 */

let payload: Payload
let apiKey: string
let articlesOnlyKey: string
let cursor: string
let articleId: number
let campaignId: number
const run = Date.now().toString(36)

const FEEDS = ['vi', 'en'].flatMap((lang) => ['atom.xml', 'rss.xml', 'feed.json'].map((format) => `/${lang}/${format}`))

function expectError(response: DeliveryResponse, status: number, code: string, field?: string) {
  expect(response.status, response.text).toBe(status)
  expect(response.body.error.code, response.text).toBe(code)
  expect(typeof response.body.error.message).toBe('string')
  expect(response.body.error.message.length).toBeGreaterThan(0)
  if (field !== undefined) expect(response.body.error.field, response.text).toBe(field)
  expect(response.text).not.toMatch(/\bat .+\.(ts|js):\d+/)
}

beforeAll(async () => {
  payload = await getTestPayload()
  apiKey = (await makeAgency(payload)).apiKey
  articlesOnlyKey = (await makeAgency(payload, { allowedTypes: ['article'] })).apiKey
  const campaign = await makeCampaign(payload, `Chiến dịch đầu vào xấu ${run}`)
  await publishForTest(payload, 'campaigns', campaign.id)
  campaignId = Number(campaign.id)
  for (const headline of [`Bài một ${run}`, `Bài hai ${run}`, `Bài ba ${run}`]) {
    const created = await payload.create({ collection: 'articles', data: { headline, campaign: campaign.id } as never, overrideAccess: true, draft: true })
    await publishForTest(payload, 'articles', created.id)
    articleId = Number(created.id)
  }
  const page = await v1(payload, '/items?limit=1', apiKey)
  cursor = page.body.next
})

describe('bad query parameters on /api/v1/items', () => {
  it('has a real cursor to tamper with', () => {
    expect(cursor).toMatch(/^[A-Za-z0-9_-]+\.[A-Za-z0-9_-]+$/)
  })

  it('answers 400 invalid_cursor on since for garbage, tampered, truncated and huge cursors', async () => {
    const [body, signature] = cursor.split('.') as [string, string]
    const flip = (text: string, at: number) => text.slice(0, at) + (text[at] === 'A' ? 'B' : 'A') + text.slice(at + 1)
    const forgedBody = Buffer.from(JSON.stringify([0, 999_999, null])).toString('base64url')
    const cases = [
      'garbage',
      '!!!',
      '.',
      'a.b.c',
      `${body}.`,
      `.${signature}`,
      `${body}.${flip(signature, signature.length - 1)}`,
      `${flip(body, 0)}.${signature}`,
      `${forgedBody}.${signature}`,
      cursor.slice(0, -1),
      cursor.slice(0, Math.floor(cursor.length / 2)),
      `${cursor}.${signature}`,
      `${cursor}${'A'.repeat(20)}`,
      'A'.repeat(100_000),
      `${body.repeat(50)}.${signature}`,
      '%00',
    ]
    for (const since of cases) {
      const response = await v1(payload, `/items?since=${encodeURIComponent(since)}`, apiKey)
      expectError(response, 400, 'invalid_cursor', 'since')
    }
    expect((await v1(payload, `/items?since=${encodeURIComponent(cursor)}`, apiKey)).status).toBe(200)
  })

  it('answers 400 on limit for anything but a whole number from 1 to 100', async () => {
    for (const limit of ['0', '101', '-1', '1.5', 'abc', '', ' 5', '1e2', '0x10', '1000', '99999999999999999999', '5&limit=6']) {
      expectError(await v1(payload, `/items?limit=${limit.includes('&') ? limit : encodeURIComponent(limit)}`, apiKey), 400, 'invalid_parameter', 'limit')
    }
    for (const limit of ['1', '100', '007']) expect((await v1(payload, `/items?limit=${limit}`, apiKey)).status).toBe(200)
  })

  it('answers 400 on type for an unknown content type', async () => {
    for (const type of ['video', 'article,video', '', 'Article', 'articles', 'article;campaign']) {
      expectError(await v1(payload, `/items?type=${encodeURIComponent(type)}`, apiKey), 400, 'invalid_parameter', 'type')
    }
    expect((await v1(payload, '/items?type=article,briefing-pack', apiKey)).status).toBe(200)
  })

  it('answers 403 type_not_allowed for a type the agency was not granted, in the list and by id', async () => {
    expectError(await v1(payload, '/items?type=campaign', articlesOnlyKey), 403, 'type_not_allowed', 'type')
    expectError(await v1(payload, '/items?type=article,campaign', articlesOnlyKey), 403, 'type_not_allowed', 'type')
    expectError(await v1(payload, `/items/campaign-${campaignId}-vi`, articlesOnlyKey), 403, 'type_not_allowed')
    const granted = await v1(payload, '/items?limit=100', articlesOnlyKey)
    expect(granted.status).toBe(200)
    expect(granted.body.items.length).toBeGreaterThan(0)
    expect(granted.body.items.every((item: { uri: string }) => item.uri.startsWith('urn:newsroom:article:'))).toBe(true)
    expect((await v1(payload, `/items/article-${articleId}-vi`, articlesOnlyKey)).status).toBe(200)
  })

  it('answers 400 on lang for a language other than vi or en', async () => {
    for (const lang of ['fr', 'VI', 'vi-VN', '', 'en,vi'])
      expectError(await v1(payload, `/items?lang=${encodeURIComponent(lang)}`, apiKey), 400, 'invalid_parameter', 'lang')
  })

  it('answers 400 naming an unknown parameter', async () => {
    for (const name of ['foo', 'page', 'type[]', 'offset', 'Limit', 'api_key']) {
      const response = await v1(payload, `/items?${encodeURIComponent(name)}=1`, apiKey)
      expectError(response, 400, 'invalid_parameter', name)
      expect(response.body.error.message).toContain(name)
    }
  })

  it('answers 400 for a malformed campaign or topic slug and for a repeated parameter', async () => {
    expectError(await v1(payload, '/items?campaign=Not%20a%20slug', apiKey), 400, 'invalid_parameter', 'campaign')
    expectError(await v1(payload, `/items?topic=${'a'.repeat(121)}`, apiKey), 400, 'invalid_parameter', 'topic')
    expectError(await v1(payload, '/items?type=article&type=campaign', apiKey), 400, 'invalid_parameter', 'type')
  })
})

describe('bad keys and item ids', () => {
  it('answers 401 with the same body for a wrong key, a malformed header and no key at all', async () => {
    const none = await v1(payload, '/items')
    expectError(none, 401, 'unauthorized')
    expect(none.headers.get('www-authenticate')).toContain('API-Key')
    for (const key of ['wrong-key', `${apiKey}x`, apiKey.slice(0, -1), 'x'.repeat(500)]) {
      const wrong = await v1(payload, '/items', key)
      expect(wrong.status).toBe(401)
      expect(wrong.body).toEqual(none.body)
    }
    for (const authorization of [`Bearer ${apiKey}`, `agencies API-Key`, apiKey, `users API-Key ${apiKey}`]) {
      const response = await v1(payload, '/items', null, { Authorization: authorization })
      expect(response.status, authorization).toBe(401)
      expect(response.body).toEqual(none.body)
    }
    const single = await v1(payload, `/items/article-${articleId}-vi`, 'wrong-key')
    expect(single.status).toBe(401)
    expect(single.body).toEqual(none.body)
  })

  it('answers 400 on id for a malformed item id', async () => {
    for (const id of [
      'article-abc-vi',
      `article-${articleId}-fr`,
      `video-${articleId}-vi`,
      `article-${articleId}`,
      '../../etc/passwd',
      'article-1234567890123-vi',
      `article--${articleId}-vi`,
      `${articleId}`,
      "article-1-vi' OR '1'='1",
    ]) {
      expectError(await v1(payload, `/items/${encodeURIComponent(id)}`, apiKey), 400, 'invalid_parameter', 'id')
    }
  })

  it('answers 404 for an item that does not exist', async () => {
    for (const id of ['article-999999999-vi', 'campaign-999999999-en', 'briefing-pack-999999999-vi', `article-${articleId}-en`]) {
      expectError(await v1(payload, `/items/${id}`, apiKey), 404, 'not_found')
    }
  })
})

/** mulberry32: small, fast and seeded, so a failing case comes back on the next run. */
function prng(seed: number) {
  let a = seed >>> 0
  return () => {
    a = (a + 0x6d2b79f5) >>> 0
    let t = a
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296
  }
}

const HOSTILE_VALUES = [
  "' OR 1=1 --",
  "'; DROP TABLE delivery_changes; --",
  '1; DELETE FROM articles; --',
  "article') UNION SELECT password FROM users --",
  '$1',
  '\\',
  '"',
  '%',
  '%%',
  '%zz',
  '%4',
  '%00',
  '\u0000',
  'vi\u0000en',
  '%ED%A0%80',
  '%C0%AE%C0%AE%2F',
  '%FF%FE',
  '../../../../etc/passwd',
  '..%2F..%2Fetc%2Fpasswd',
  '{"$gt":""}',
  '[1,2,3]',
  '{"after":0}',
  'null',
  'undefined',
  'NaN',
  'Infinity',
  '-0',
  '1e308',
  '9007199254740993',
  'trẻ em an toàn',
  '👶🏽‍💻',
  '\u202Eevil\u202C',
  '\u200B',
  'ＡＲＴＩＣＬＥ',
  '<script>alert(1)</script>',
  ']]>',
  '&amp;',
  'article,campaign,briefing-pack',
  'an-toan-tren-mang',
  'vi',
  'en',
  '20',
  '',
]
const PARAM_NAMES = [
  'since',
  'limit',
  'type',
  'lang',
  'topic',
  'campaign',
  'type[]',
  'limit[]',
  'since[0]',
  'Type',
  'callback',
  '__proto__',
  'constructor',
  'q',
  '',
]

function randomBytesEncoded(random: () => number, max: number): string {
  const length = Math.floor(random() * max)
  let text = ''
  for (let i = 0; i < length; i += 1)
    text += `%${Math.floor(random() * 256)
      .toString(16)
      .padStart(2, '0')
      .toUpperCase()}`
  return text
}

/** One random query string, encoded or raw, built from hostile pieces, random bytes and valid values. */
function randomQuery(random: () => number, realCursor: string): string {
  const pick = <T>(list: readonly T[]): T => list[Math.floor(random() * list.length)]!
  const value = (): string => {
    const roll = random()
    if (roll < 0.35) return encodeURIComponent(pick(HOSTILE_VALUES))
    if (roll < 0.45) return pick(HOSTILE_VALUES).replace(/[&#=]/g, '') // raw, unencoded
    if (roll < 0.65) return randomBytesEncoded(random, 40)
    if (roll < 0.72) return 'x'.repeat(1_000 + Math.floor(random() * 20_000))
    if (roll < 0.8) {
      const flipAt = Math.floor(random() * realCursor.length)
      return encodeURIComponent(realCursor.slice(0, flipAt) + String.fromCharCode(33 + Math.floor(random() * 90)) + realCursor.slice(flipAt + 1))
    }
    if (roll < 0.86) return encodeURIComponent(JSON.stringify({ since: realCursor, limit: random() * 200 }))
    return String(Math.floor(random() * 300) - 100)
  }
  const name = (): string => {
    const roll = random()
    if (roll < 0.7) return encodeURIComponent(pick(PARAM_NAMES))
    if (roll < 0.85) return randomBytesEncoded(random, 12)
    return encodeURIComponent(pick(HOSTILE_VALUES))
  }
  const pairs = Math.floor(random() * 5)
  const parts: string[] = []
  for (let i = 0; i < pairs; i += 1) {
    const key = name()
    const roll = random()
    if (roll < 0.1) parts.push(key)
    else if (roll < 0.2) parts.push(`${key}=${value()}`, `${key}=${value()}`)
    else parts.push(`${key}=${value()}`)
  }
  if (random() < 0.05) parts.push('&&&', '=', '==')
  return parts.join('&')
}

async function dataFingerprint() {
  const pool = poolOf(payload)
  const changes = await pool.query<{ count: string; max: string | null }>('SELECT count(*), max(id) FROM delivery_changes')
  const articles = await pool.query<{ count: string }>('SELECT count(*) FROM articles')
  const versions = await pool.query<{ count: string }>('SELECT count(*) FROM _articles_v')
  const state = await pool.query<{ generation: string }>('SELECT generation FROM delivery_state')
  return {
    changes: changes.rows[0],
    articles: articles.rows[0]!.count,
    articleVersions: versions.rows[0]!.count,
    generation: state.rows[0]!.generation,
  }
}

describe('fuzzing the query string', () => {
  const SEED = Number(process.env.FUZZ_SEED ?? 20_240_611)
  const QUERIES = 520

  it(
    'never answers 500, always explains an error and never changes data, for 520 hostile query strings on the API and every feed',
    { timeout: 300_000 },
    async () => {
      // Lift anything already due now, so that only what the requests do can change the data.
      await liftDueEmbargoes(payload)
      const before = await dataFingerprint()
      const random = prng(SEED)
      const failures: string[] = []
      const statuses = new Map<number, number>()

      const check = async (label: string, call: () => Promise<DeliveryResponse>) => {
        let response: DeliveryResponse
        try {
          response = await call()
        } catch (error) {
          failures.push(`${label}\n  threw (a 500): ${error instanceof Error ? `${error.name}: ${error.message}` : String(error)}`)
          return
        }
        statuses.set(response.status, (statuses.get(response.status) ?? 0) + 1)
        if (response.status >= 500) failures.push(`${label}\n  answered ${response.status}: ${response.text.slice(0, 300)}`)
        else if (response.status >= 400) {
          const error = (response.body as { error?: { code?: unknown; message?: unknown } } | null)?.error
          if (typeof error?.code !== 'string' || typeof error?.message !== 'string' || !error.message) {
            failures.push(`${label}\n  answered ${response.status} without error.code and error.message: ${response.text.slice(0, 300)}`)
          }
        } else if (response.status !== 200 && response.status !== 304) failures.push(`${label}\n  answered ${response.status}`)
      }

      for (let i = 0; i < QUERIES; i += 1) {
        const query = randomQuery(random, cursor)
        const label = (target: string) => `seed ${SEED} #${i} ${target}?${query.length > 400 ? `${query.slice(0, 400)}… (${query.length} chars)` : query}`
        await check(label('/api/v1/items'), () => v1(payload, `/items?${query}`, apiKey))
        for (const path of FEEDS) await check(label(`/feeds${path}`), () => feed(payload, `${path}?${query}`))
      }

      expect(failures, failures.join('\n\n')).toEqual([])
      // The fuzz reached both the happy path and the checks.
      expect(statuses.get(200) ?? 0).toBeGreaterThan(0)
      expect(statuses.get(400) ?? 0).toBeGreaterThan(0)
      expect(await dataFingerprint()).toEqual(before)
    },
  )

  it('never answers 500 for hostile item ids', async () => {
    const before = await dataFingerprint()
    const random = prng(SEED + 1)
    const failures: string[] = []
    for (let i = 0; i < 150; i += 1) {
      const randomText = Array.from({ length: Math.floor(random() * 12) }, () => String.fromCodePoint(Math.floor(random() * 0xd7ff))).join('')
      const pieces = [randomText, ...HOSTILE_VALUES, `article-${articleId}-vi`, 'briefing-pack-1-en', '99999999999']
      const id = [0, 1, 2].map(() => pieces[Math.floor(random() * pieces.length)]!).join(random() < 0.5 ? '-' : '')
      try {
        const response = await v1(payload, `/items/${encodeURIComponent(id)}`, apiKey)
        if (response.status >= 500 || (response.status >= 400 && typeof response.body?.error?.code !== 'string'))
          failures.push(`id ${JSON.stringify(id)}: ${response.status} ${response.text.slice(0, 200)}`)
      } catch (error) {
        failures.push(`id ${JSON.stringify(id)} threw: ${String(error)}`)
      }
    }
    expect(failures, failures.join('\n')).toEqual([])
    expect(await dataFingerprint()).toEqual(before)
  })
})
