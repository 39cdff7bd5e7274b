import { publicPathOf } from '../../content/links/publicPathOf'
import type { ItemSection } from './goneLookup'

type Moved = { section: ItemSection; slug: string; lang: 'vi' | 'en'; search: string }

/**
 * 301 to the item's current page, in the same language, query kept. The Location is a
 * path, so it holds behind any proxy. Browsers keep a 301 as long as they are told: an
 * hour, since the old slug may be taken by another item later.
 */
export function movedResponse({ section, slug, lang, search }: Moved): Response {
  return new Response(null, { status: 301, headers: { Location: `${publicPathOf(section, slug, lang)}${search}`, 'Cache-Control': 'public, max-age=3600' } })
}
