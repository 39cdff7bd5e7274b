import { answerRetiredPath } from '../gone/answerRetiredPath'
import { isCacheablePageRequest } from './cacheablePage'
import { contentEpoch } from './contentEpoch'
import { PageCache, type CachedPage } from './pageCache'

/** The header that marks the proxy's own render request; its value is a per-process secret. */
const FILL_HEADER = 'x-newsroom-page-fill'
const fillToken = crypto.randomUUID()
const cache = new PageCache()
const inflight = new Map<string, Promise<CachedPage>>()
const KEPT_HEADERS = ['content-type', 'link', 'vary']

/** Off in `next dev` (pages change as they are edited) and when SITE_PAGE_CACHE=off. */
const enabled = () => process.env.NODE_ENV === 'production' && process.env.SITE_PAGE_CACHE !== 'off'

/** The proxy's own request to render a page for the cache: let it through to Next.js. */
export const isCacheFill = (request: Request): boolean => request.headers.get(FILL_HEADER) === fillToken

function respond(page: CachedPage, state: 'hit' | 'miss'): Response {
  const headers = new Headers(page.headers)
  // Shared caches must ask again: the page changes the moment content is published.
  headers.set('Cache-Control', 'public, max-age=0, must-revalidate')
  headers.set('X-Page-Cache', state)
  return new Response(page.body, { status: page.status, headers })
}

/** Renders the page once through Next.js on this instance, however many readers asked at once. */
async function render(pathname: string, epoch: string): Promise<CachedPage> {
  const port = process.env.PORT || '3000'
  const response = await fetch(`http://127.0.0.1:${port}${pathname}`, { headers: { [FILL_HEADER]: fillToken, Accept: 'text/html' }, redirect: 'manual' })
  const headers = KEPT_HEADERS.flatMap((name): Array<[string, string]> => {
    const value = response.headers.get(name)
    return value ? [[name, value]] : []
  })
  return { epoch, status: response.status, body: await response.text(), headers, storedAt: Date.now() }
}

/**
 * Public pages are the same for every anonymous reader, so each instance keeps their
 * rendered HTML for the current content epoch and serves it without rendering again.
 * Returns null when the request is not for such a page (or the cache is off), and the
 * caller lets it through. A withdrawn item answers 410 here, and an old slug 301, before
 * the page is rendered for the cache.
 */
export async function servePublicPage(request: Request): Promise<Response | null> {
  if (!enabled()) return null
  const url = new URL(request.url)
  if (!isCacheablePageRequest({ method: request.method, pathname: url.pathname, search: url.search, headers: request.headers })) return null
  const epoch = await contentEpoch()
  if (!epoch) return null
  const key = url.pathname.replace(/(.)\/$/, '$1')
  const hit = cache.get(key, epoch)
  if (hit) return respond(hit, 'hit')
  const retired = await answerRetiredPath(key, url)
  if (retired) return retired
  const flight = `${epoch} ${key}`
  let pending = inflight.get(flight)
  if (!pending) {
    pending = render(key, epoch).finally(() => inflight.delete(flight))
    inflight.set(flight, pending)
  }
  try {
    const page = await pending
    if (page.status === 200) cache.set(key, page)
    return respond(page, 'miss')
  } catch {
    // The render request failed (the port is not ours, say): let Next.js answer directly.
    return null
  }
}
