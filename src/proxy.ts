import { NextResponse, type NextRequest } from 'next/server'

import { withGraphqlAccept } from './graphql/graphqlAccept'
import { unreadablePath } from './platform/http/unreadablePath'
import { isCacheFill, servePublicPage } from './site/cache/servePublicPage'
import { answerRetiredPath } from './site/gone/answerRetiredPath'

const LANGUAGE_COOKIE = 'payload-lng'

/**
 * The admin speaks Vietnamese unless the user has picked English in their account
 * settings. Payload would otherwise follow the browser's Accept-Language, which is English
 * on most machines, so a missing language cookie is filled in with `vi`.
 */
function vietnameseAdmin(request: NextRequest) {
  if (request.cookies.has(LANGUAGE_COOKIE)) return NextResponse.next()
  const headers = new Headers(request.headers)
  const cookie = headers.get('cookie')
  headers.set('cookie', cookie ? `${cookie}; ${LANGUAGE_COOKIE}=vi` : `${LANGUAGE_COOKIE}=vi`)
  const response = NextResponse.next({ request: { headers } })
  response.cookies.set(LANGUAGE_COOKIE, 'vi', { path: '/', sameSite: 'lax', maxAge: 60 * 60 * 24 * 365 })
  return response
}

/**
 * Public pages: from the page cache when it holds the current version (src/site/cache);
 * otherwise rendered by Next.js. A withdrawn campaign, article or briefing pack answers
 * 410 Gone with its reason and date either way, and an old slug of a moved item 301.
 */
async function publicPage(request: NextRequest) {
  if (isCacheFill(request)) return NextResponse.next()
  const cached = await servePublicPage(request)
  if (cached) return cached
  const retired = await answerRetiredPath(request.nextUrl.pathname, new URL(request.url))
  return retired ?? NextResponse.next()
}

// Paths the proxy only checks for unreadable escapes; their routes decode params that could throw.
const CHECKED_ONLY = /^\/(en\/)?(codes|press)(\/|$)|^\/api\/(media\/file|v1\/items|v1\/codes)\/|^\/(feeds|subscriptions)(\/|$)/

export async function proxy(request: NextRequest) {
  const unreadable = unreadablePath(request.nextUrl.pathname)
  if (unreadable) return NextResponse.json({ error: unreadable }, { status: 400, headers: { 'Cache-Control': 'no-store' } })
  if (CHECKED_ONLY.test(request.nextUrl.pathname)) return NextResponse.next()
  if (request.nextUrl.pathname === '/api/graphql') return NextResponse.next({ request: { headers: withGraphqlAccept(request.headers) } })
  if (request.nextUrl.pathname.startsWith('/admin')) return vietnameseAdmin(request)
  return publicPage(request)
}

export const config = {
  matcher: [
    '/admin/:path*',
    '/api/graphql',
    '/',
    '/en',
    '/(campaigns|articles|briefing-packs|topics|audiences)/:slug',
    '/en/(campaigns|articles|briefing-packs|topics|audiences)/:slug',
    '/subscribe',
    '/en/subscribe',
    '/(codes|press)/:path*',
    '/en/(codes|press)/:path*',
    '/api/media/file/:path*',
    '/api/v1/items/:id',
    '/api/v1/codes/:path*',
    // Feeds and subscription pages are hot paths: the proxy sees them only when they hold a
    // percent-escape, the one thing it checks there (each proxied request costs a hop).
    '/(feeds|subscriptions)/:rest(.*%.*)',
  ],
}
