import { publicPathOf } from '../../content/links/publicPathOf'
import type { ItemSection } from './goneLookup'

type Moved = { section: ItemSection; slug: string; lang: 'vi' | 'en'; requestUrl: URL }

/**
 * 301 to the item's current page, in the same language, on the origin the reader asked
 * (Next.js's proxy takes only an absolute Location), query kept. Browsers keep a 301 as
 * long as they are told: an hour, since the old slug may be taken by another item later.
 */
export function movedResponse({ section, slug, lang, requestUrl }: Moved): Response {
  const location = new URL(`${publicPathOf(section, slug, lang)}${requestUrl.search}`, requestUrl.origin)
  return new Response(null, { status: 301, headers: { Location: location.href, 'Cache-Control': 'public, max-age=3600' } })
}
