/** Public pages whose HTML is the same for every anonymous reader, and so may be cached whole. */
const CACHEABLE = /^\/(en\/?)?$|^\/(en\/)?(campaigns|articles|briefing-packs|topics|audiences)\/[a-z0-9-]{1,200}\/?$|^\/(en\/)?subscribe\/?$/

type RequestFacts = { method: string; pathname: string; search: string; headers: Headers }

/**
 * Whether a request may be answered from the page cache: a plain GET of a public page,
 * without a query string (which could only bust the cache) and not a React Server
 * Components request from the client router.
 */
export function isCacheablePageRequest({ method, pathname, search, headers }: RequestFacts): boolean {
  if (method !== 'GET') return false
  if (search !== '' && search !== '?') return false
  if (!CACHEABLE.test(pathname)) return false
  if (headers.has('rsc') || headers.has('next-router-prefetch') || headers.has('next-router-state-tree') || headers.has('next-action')) return false
  return true
}
