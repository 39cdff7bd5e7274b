import { PRESS_PAGE_COPY } from './pressPageCopy'
import { pressMessagePage } from './renderPressPage'
import { isSameOriginPost } from './sameOrigin'
import { type Lang } from '@/i18n/lang'

/** The 403 page for a form posted from another site, or null when the post is our own. */
export function refuseCrossSite(request: Request, lang: Lang): Response | null {
  if (isSameOriginPost(request)) return null
  return pressMessagePage(403, lang, PRESS_PAGE_COPY[lang].crossSite)
}
