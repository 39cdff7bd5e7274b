import type { Lang } from '@/i18n/lang'

/** Paths that are not public pages: the admin, the APIs, feeds, subscription links, OpenGraph images, Next.js's own files. */
const NOT_SITE = /^\/(api|admin|_next|feeds|subscriptions|bench|og)(\/|$)|^\/(sitemap\.xml|robots\.txt|icon\.svg)$/

/** Set by the proxy on every public page request: the page's language, for the 404 page, which has no params. */
export const SITE_LANG_HEADER = 'x-site-lang'

/**
 * Every page and route of the `[lang]` tree (src/app/(site)/[lang]/(pages)), `[x]` standing
 * for one path segment. A unit test holds this list to the folders, so it cannot drift.
 */
export const SITE_ROUTES = [
  '',
  'articles/[slug]',
  'audiences/[slug]',
  'briefing-packs/[slug]',
  'campaigns/[slug]',
  'codes',
  'codes/[slug]',
  'codes/[slug]/comments',
  'codes/[slug]/diff',
  'codes/[slug]/print',
  'codes/[slug]/print.pdf',
  'codes/[slug]/report',
  'codes/[slug]/report.csv',
  'codes/[slug]/revisions',
  'codes/[slug]/revisions/[revision]',
  'notice',
  'press',
  'press/accreditation',
  'press/accreditation/submit',
  'press/articles/[slug]',
  'press/briefing-packs/[slug]',
  'press/briefing-packs/[slug]/bundle.zip',
  'press/sign-in',
  'press/sign-in/request',
  'press/sign-in/verify',
  'press/sign-out',
  'preview/[collection]/[id]',
  'preview/link/[token]',
  'search',
  'subscribe',
  'topics/[slug]',
] as const

const ROUTE_PATTERNS = SITE_ROUTES.map(
  (route) =>
    new RegExp(
      `^${route
        .split('/')
        .map((part) => (part.startsWith('[') ? '[^/]+' : part.replace(/\./g, '\\.')))
        .join('/')}/?$`,
    ),
)

/** Whether a path inside one language (`articles/x`, no leading slash) is one the site has. */
const isKnownRoute = (inner: string): boolean => ROUTE_PATTERNS.some((pattern) => pattern.test(inner))

export type SiteRoute =
  /** Serve the page of the `[lang]` tree at `internal`. */
  | { kind: 'page'; lang: Lang; internal: string }
  /** An address with the internal `/vi` prefix: readers are sent to the one public address. */
  | { kind: 'redirect'; to: string }
  /** No page of the site has this shape: the site's 404 page, in this language. */
  | { kind: 'missing'; lang: Lang }

/**
 * Where a public path lives in the one `[lang]` route tree: Vietnamese at `/…` is `/vi/…`,
 * English at `/en/…` is itself. `/vi/…` typed by hand is sent to `/…`, except files named
 * with an extension (a code's `print.pdf`), which are served.
 * An address no page has is `missing`, answered by the site's 404 page. Null for paths
 * that are not public pages.
 */
export function siteRouteOf(pathname: string): SiteRoute | null {
  if (NOT_SITE.test(pathname)) return null
  if (pathname === '/en' || pathname.startsWith('/en/')) {
    return isKnownRoute(pathname.slice(4)) ? { kind: 'page', lang: 'en', internal: pathname } : { kind: 'missing', lang: 'en' }
  }
  if (pathname === '/vi' || pathname.startsWith('/vi/')) {
    const last = pathname.slice(pathname.lastIndexOf('/') + 1)
    if (last.includes('.')) return isKnownRoute(pathname.slice(4)) ? { kind: 'page', lang: 'vi', internal: pathname } : { kind: 'missing', lang: 'vi' }
    return { kind: 'redirect', to: pathname.slice(3) || '/' }
  }
  if (!isKnownRoute(pathname.slice(1))) return { kind: 'missing', lang: 'vi' }
  return { kind: 'page', lang: 'vi', internal: pathname === '/' ? '/vi' : `/vi${pathname}` }
}
