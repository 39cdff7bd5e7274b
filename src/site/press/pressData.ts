import { headers } from 'next/headers'
import { cache } from 'react'

import { deliveryPayload } from '@/deliveryPayload'
import { openPressArticle, openPressPack } from '@/press/room/openPressItem'
import { type Lang } from '@/i18n/lang'

/**
 * A press room item for this request's journalist, opened once per request: the metadata
 * and the page share it, so an embargoed view is logged once, not twice.
 */
export const pressPackData = cache(async (slug: string, lang: Lang) =>
  openPressPack(await deliveryPayload(), { slug, lang, cookieHeader: (await headers()).get('cookie') }),
)

export const pressArticleData = cache(async (slug: string, lang: Lang) =>
  openPressArticle(await deliveryPayload(), { slug, lang, cookieHeader: (await headers()).get('cookie') }),
)
