import { NextResponse, type NextRequest } from 'next/server'

import { withGraphqlAccept } from './graphql/graphqlAccept'
import { langOfRequest, type Lang } from './i18n/lang'
import { sitePageMessages } from './i18n/messages/sitePages'
import { AppError, errorJsonResponse } from './platform/errors/appError'
import { unreadablePath, type PathProblem } from './platform/http/unreadablePath'
import { previewRouteOf } from './preview/previewPaths'
import { isCacheFill, servePublicPage } from './site/cache/servePublicPage'
import { answerRetiredPath } from './site/gone/answerRetiredPath'
import { answerPreviewPath, PREVIEW_HEADERS } from './site/preview/answerPreviewPath'
import { PAYLOAD_SESSION_COOKIE } from './runtime/credentialedRequest'
import { missingPageResponse } from './site/routing/missingPageResponse'
import { SITE_LANG_HEADER, siteRouteOf } from './site/routing/siteRouteOf'

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
 * otherwise rendered by Next.js from the one `[lang]` route tree. A withdrawn campaign,
 * article or briefing pack answers 410 Gone with its reason and date either way, and an
 * old slug of a moved item 301. Previews of drafts (src/site/preview) bypass the cache.
 */
async function publicPage(request: NextRequest, route: { lang: Lang; internal: string }) {
  const render = () => {
    const headers = new Headers(request.headers)
    headers.set(SITE_LANG_HEADER, route.lang)
    return NextResponse.rewrite(new URL(`${route.internal}${request.nextUrl.search}`, request.url), { request: { headers } })
  }
  const preview = previewRouteOf(route.internal)
  // Server actions exist only on preview pages (live preview): one called on any other page
  // is no action of this site, and Next.js would fail reading its body.
  if (!preview && request.headers.has('next-action')) return missingPageResponse(route.lang)
  if (preview) {
    // Drafts never meet the page cache, whoever asks: no lookup, no fill, no shared copy.
    // A staff JWT, or Payload's session cookie: the page itself checks that it is staff.
    const signedIn = request.headers.has('authorization') || request.cookies.has(PAYLOAD_SESSION_COOKIE)
    const answer = await answerPreviewPath(preview, route.lang, signedIn)
    if (answer) return answer
    const response = render()
    for (const [name, value] of Object.entries(PREVIEW_HEADERS)) response.headers.set(name, value)
    return response
  }
  if (isCacheFill(request)) return render()
  const cached = await servePublicPage(request)
  if (cached) return cached
  const retired = await answerRetiredPath(request.nextUrl.pathname, new URL(request.url))
  return retired ?? render()
}

/** 400 for a path no route could read, in the client's language, as the one error body. */
function unreadablePathResponse(request: NextRequest, problem: PathProblem): Response {
  const words = sitePageMessages[langOfRequest(request)]
  const message = problem.reason === 'not_utf8' ? words.pathNotUtf8 : words.pathControlCharacter
  return errorJsonResponse(new AppError('invalid_parameter', message, { field: problem.field }))
}

export async function proxy(request: NextRequest) {
  const { pathname } = request.nextUrl
  const unreadable = unreadablePath(pathname)
  if (unreadable) return unreadablePathResponse(request, unreadable)
  if (pathname === '/api/graphql') return NextResponse.next({ request: { headers: withGraphqlAccept(request.headers) } })
  if (pathname === '/admin' || pathname.startsWith('/admin/')) return vietnameseAdmin(request)
  const route = siteRouteOf(pathname)
  // Media files, the v1 API, feeds and subscription links: only checked for unreadable escapes.
  if (!route) return NextResponse.next()
  if (route.kind === 'redirect') return NextResponse.redirect(new URL(`${route.to}${request.nextUrl.search}`, request.url), 308)
  if (route.kind === 'missing') return missingPageResponse(route.lang)
  return publicPage(request, route)
}

export const config = {
  matcher: [
    '/admin/:path*',
    '/api/graphql',
    '/',
    // Every public page: the proxy maps it onto the `[lang]` route tree.
    // Only the exact names are left out: /admin-xyz or /robots.txt.bak are pages nobody has,
    // and get the site's 404 page like any other.
    '/((?!api/|admin(?:/|$)|_next/|feeds/|subscriptions/|bench/|og/|sitemap\\.xml$|robots\\.txt$|icon\\.svg$).*)',
    '/api/media/file/:path*',
    '/api/v1/items/:id',
    '/api/v1/codes/:path*',
    // Feeds and subscription pages are hot paths: the proxy sees them only when they hold a
    // percent-escape, the one thing it checks there (each proxied request costs a hop).
    '/(feeds|subscriptions)/:rest(.*%.*)',
    // Any other API path holding a percent-escape: an unreadable one is refused here, before
    // Payload's router, which answers it with 500.
    '/api/:rest(.*%.*)',
  ],
}
