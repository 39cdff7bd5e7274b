import { describe, expect, it } from 'vitest'

import { decodeCursor, encodeCursor } from '@/delivery/api/cursor'
import { AppError } from '@/platform/errors/appError'
import { grantedTypes } from '@/delivery/api/handleItems'
import { renderedBody, respondCached } from '@/platform/http/httpCaching'
import { parseItemsQuery } from '@/delivery/api/parseItemsQuery'
import { ResponseCache } from '@/delivery/api/responseCache'
import type { AgencyRecord } from '@/delivery/api/agencyRecord'
import { itemIdOf, parseItemId } from '@/delivery/ninjs/itemIds'

const secret = 'unit-test-secret-0123456789'
const parse = (query: string) => parseItemsQuery(new URLSearchParams(query), secret)
const failure = (fn: () => unknown): AppError => {
  try {
    fn()
  } catch (error) {
    if (error instanceof AppError) return error
    throw error
  }
  throw new Error('expected a AppError')
}

describe('sync cursors', () => {
  it('round-trips a position', () => {
    const cursor = { after: 12, head: 40, before: 31 }
    expect(decodeCursor(encodeCursor(cursor, secret), secret)).toEqual(cursor)
    expect(decodeCursor(encodeCursor({ after: 7 }, secret), secret)).toEqual({ after: 7 })
  })

  it('refuses a cursor signed with another secret or edited by hand', () => {
    const cursor = encodeCursor({ after: 12 }, secret)
    expect(failure(() => decodeCursor(cursor, 'another-secret-abcdefghij')).code).toBe('invalid_cursor')
    const [payload, signature] = cursor.split('.')
    const edited = `${Buffer.from(JSON.stringify([99, null, null])).toString('base64url')}.${signature}`
    expect(failure(() => decodeCursor(edited, secret)).code).toBe('invalid_cursor')
    expect(failure(() => decodeCursor(`${payload}`, secret)).field).toBe('since')
    expect(failure(() => decodeCursor('x'.repeat(500), secret)).code).toBe('invalid_cursor')
  })
})

describe('query parameters of /api/v1/items', () => {
  it('defaults to 20 items of every type in every language', () => {
    expect(parse('')).toEqual({ limit: 20, types: ['article', 'campaign', 'briefing-pack'] })
  })

  it('accepts a comma list of types, a language and slugs', () => {
    expect(parse('type=article,briefing-pack&lang=en&topic=an-toan&campaign=thang-hanh-dong&limit=100')).toEqual({
      limit: 100,
      types: ['article', 'briefing-pack'],
      lang: 'en',
      topic: 'an-toan',
      campaign: 'thang-hanh-dong',
    })
  })

  it.each([
    ['limit=0', 'limit'],
    ['limit=101', 'limit'],
    ['limit=1.5', 'limit'],
    ['limit=ten', 'limit'],
    ['type=video', 'type'],
    ['type=article,', 'type'],
    ['lang=fr', 'lang'],
    ['topic=Trẻ em', 'topic'],
    ['campaign=a&campaign=b', 'campaign'],
    ['page=2', 'page'],
  ])('names the parameter of a bad query %s', (query, field) => {
    const error = failure(() => parse(query))
    expect(error.status).toBe(400)
    expect(error.field).toBe(field)
  })
})

describe('content types an agency receives', () => {
  const agency = (allowedTypes: string[]): AgencyRecord => ({
    collection: 'agencies',
    id: 1,
    name: 'A',
    active: true,
    trusted: false,
    rateLimitPerMinute: 600,
    allowedTypes,
  })

  it('gives every type when none was granted explicitly', () => {
    expect(grantedTypes(agency([]), ['article', 'campaign'], false)).toEqual(['article', 'campaign'])
  })

  it('narrows to the granted types, and refuses a type asked for by name that was not granted', () => {
    expect(grantedTypes(agency(['campaign']), ['article', 'campaign', 'briefing-pack'], false)).toEqual(['campaign'])
    expect(failure(() => grantedTypes(agency(['campaign']), ['article'], true)).code).toBe('type_not_allowed')
  })
})

describe('item ids', () => {
  it('parses the ids it makes and nothing else', () => {
    expect(parseItemId(itemIdOf('briefing-pack', 42, 'en'))).toEqual({ type: 'briefing-pack', docId: 42, lang: 'en' })
    for (const bad of ['article-42', 'article-42-fr', 'video-1-vi', 'article--1-vi', 'article-1-vi/../x']) expect(parseItemId(bad)).toBeNull()
  })
})

describe('HTTP caching of rendered bodies', () => {
  const rendered = renderedBody('{"items":[]}', new Date('2026-11-28T03:00:00Z'), 'application/json')

  it('answers 200 with ETag, Last-Modified and Cache-Control, then 304 for the same ETag', async () => {
    const first = respondCached(new Request('http://x/'), rendered, 'private, no-cache')
    expect(first.status).toBe(200)
    expect(first.headers.get('last-modified')).toBe('Sat, 28 Nov 2026 03:00:00 GMT')
    expect(first.headers.get('cache-control')).toBe('private, no-cache')
    const etag = first.headers.get('etag')!
    const second = respondCached(new Request('http://x/', { headers: { 'If-None-Match': `W/${etag}, "other"` } }), rendered, 'private, no-cache')
    expect(second.status).toBe(304)
    expect(await second.text()).toBe('')
  })

  it('answers 200 when the ETag differs, and 304 for an If-Modified-Since at or after Last-Modified', () => {
    expect(respondCached(new Request('http://x/', { headers: { 'If-None-Match': '"stale"' } }), rendered, 'no-cache').status).toBe(200)
    expect(respondCached(new Request('http://x/', { headers: { 'If-Modified-Since': 'Sat, 28 Nov 2026 03:00:00 GMT' } }), rendered, 'no-cache').status).toBe(
      304,
    )
    expect(respondCached(new Request('http://x/', { headers: { 'If-Modified-Since': 'Sat, 28 Nov 2026 02:59:59 GMT' } }), rendered, 'no-cache').status).toBe(
      200,
    )
  })
})

describe('the response cache', () => {
  it('keeps the most recently used entries within its capacity', () => {
    const cache = new ResponseCache<number>(2)
    cache.set('a', 1)
    cache.set('b', 2)
    expect(cache.get('a')).toBe(1)
    cache.set('c', 3)
    expect(cache.get('b')).toBeUndefined()
    expect(cache.get('a')).toBe(1)
    expect(cache.get('c')).toBe(3)
  })
})
