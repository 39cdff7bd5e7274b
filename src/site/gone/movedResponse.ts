import { siteUrl } from '@/config/siteUrl'
import { publicPathOf } from '@/content/links/publicPathOf'
import type { ItemSection } from '@/content/public/goneLookup'

type Moved = { section: ItemSection; slug: string; lang: 'vi' | 'en'; requestUrl: URL }

/**
 * 301 to the item's current page, in the same language, query kept. The Location is
 * absolute (Next.js's proxy takes no other) on the configured public origin, never the
 * request's Host header, which a client writes and a shared cache would keep. Browsers keep a 301 as
 * long as they are told: an hour, since the old slug may be taken by another item later.
 */
export function movedResponse({ section, slug, lang, requestUrl }: Moved): Response {
  const location = new URL(`${publicPathOf(section, slug, lang)}${requestUrl.search}`, siteUrl())
  return new Response(null, { status: 301, headers: { Location: location.href, 'Cache-Control': 'public, max-age=3600' } })
}
