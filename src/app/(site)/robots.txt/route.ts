import { siteUrl } from '@/config/siteUrl'

export const dynamic = 'force-dynamic'

/** GET /robots.txt: the public site is open to crawlers; the admin, the APIs and the journalists' area are not. */
export function GET(): Response {
  const body = [
    'User-agent: *',
    'Allow: /',
    'Disallow: /admin',
    'Disallow: /api/',
    'Disallow: /press/',
    'Disallow: /en/press/',
    'Disallow: /search',
    'Disallow: /en/search',
    'Disallow: /subscriptions/',
    `Sitemap: ${siteUrl()}/sitemap.xml`,
    '',
  ].join('\n')
  return new Response(body, { headers: { 'Content-Type': 'text/plain; charset=utf-8', 'Cache-Control': 'public, max-age=3600' } })
}
