import { describe, expect, it } from 'vitest'

import { isCacheablePageRequest } from '@/site/cache/cacheablePage'
import { PageCache } from '@/site/cache/pageCache'

const page = (epoch: string, storedAt = 1000) => ({
  epoch,
  status: 200,
  body: `<html>${epoch}</html>`,
  headers: [['content-type', 'text/html']] as Array<[string, string]>,
  storedAt,
})
const request = (pathname: string, options: { method?: string; search?: string; headers?: Record<string, string> } = {}) => ({
  method: options.method ?? 'GET',
  pathname,
  search: options.search ?? '',
  headers: new Headers(options.headers),
})

describe('the page cache', () => {
  it('serves a page only for the content epoch it was rendered in', () => {
    const cache = new PageCache()
    cache.set('/', page('7'))
    expect(cache.get('/', '7', 2000)?.body).toBe('<html>7</html>')
    expect(cache.get('/', '8', 2000)).toBeUndefined()
    // A stale entry is dropped, not kept for when the epoch comes back.
    expect(cache.get('/', '7', 2000)).toBeUndefined()
  })

  it('forgets pages older than its maximum age even in the same epoch', () => {
    const cache = new PageCache(10, 60_000)
    cache.set('/en', page('3', 0))
    expect(cache.get('/en', '3', 59_000)).toBeDefined()
    expect(cache.get('/en', '3', 61_000)).toBeUndefined()
  })

  it('evicts the least recently used page when full', () => {
    const cache = new PageCache(2)
    cache.set('/a', page('1'))
    cache.set('/b', page('1'))
    cache.get('/a', '1', 1000)
    cache.set('/c', page('1'))
    expect(cache.size).toBe(2)
    expect(cache.get('/b', '1', 1000)).toBeUndefined()
    expect(cache.get('/a', '1', 1000)).toBeDefined()
  })
})

describe('which requests the page cache answers', () => {
  it('takes plain GETs of the public pages in both languages', () => {
    for (const path of [
      '/',
      '/en',
      '/articles/tre-em',
      '/en/briefing-packs/bo-tai-lieu',
      '/campaigns/x',
      '/topics/grooming',
      '/en/audiences/parents',
      '/subscribe',
    ]) {
      expect(isCacheablePageRequest(request(path)), path).toBe(true)
    }
  })

  it('leaves alone query strings, other methods, router requests and pages that are not the same for everyone', () => {
    expect(isCacheablePageRequest(request('/articles/a', { search: '?x=1' }))).toBe(false)
    expect(isCacheablePageRequest(request('/articles/a', { method: 'POST' }))).toBe(false)
    expect(isCacheablePageRequest(request('/articles/a', { headers: { RSC: '1' } }))).toBe(false)
    for (const path of ['/press', '/press/briefing-packs/a', '/search', '/codes/quy-tac', '/admin', '/api/articles', '/articles/A_B', '/articles/a/b']) {
      expect(isCacheablePageRequest(request(path)), path).toBe(false)
    }
  })

  it('never takes a preview of a draft, by a staff session or by a shared link, in either language', () => {
    for (const path of ['/preview/campaigns/1', '/en/preview/articles/2', '/preview/link/abc', '/en/preview/link/abc', '/preview/briefing-packs/3/']) {
      expect(isCacheablePageRequest(request(path)), path).toBe(false)
    }
  })
})
