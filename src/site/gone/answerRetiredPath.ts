import { proxyPool } from '../cache/contentEpoch'
import { findRetiredItem } from './findRetiredItem'
import { itemPathOf } from '@/content/public/goneLookup'
import { missingPageResponse } from '../routing/missingPageResponse'
import { goneResponse } from './goneResponse'
import { movedResponse } from './movedResponse'

/**
 * Asked by the proxy before a public item page is rendered or served from the page cache:
 * 410 Gone for a withdrawn item, 301 for an old slug of an item that moved, the site's 404
 * page for a slug no item ever had, null to let the page answer. If the database cannot
 * be asked here, the page itself answers.
 */
export async function answerRetiredPath(pathname: string, requestUrl: URL): Promise<Response | null> {
  const item = itemPathOf(pathname)
  if (!item) return null
  const pool = proxyPool()
  if (!pool) return null
  try {
    const retired = await findRetiredItem(pool, item.section, item.slug, item.lang)
    if (!retired) return null
    if (retired.kind === 'unknown') return missingPageResponse(item.lang)
    if (retired.kind === 'moved') return movedResponse({ section: item.section, slug: retired.slug, lang: item.lang, requestUrl })
    return goneResponse(item.lang, retired)
  } catch {
    return null
  }
}
