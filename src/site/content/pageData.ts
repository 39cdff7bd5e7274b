import { cache } from 'react'

import { deliveryPayload } from '@/deliveryPayload'
import { loadArticle, loadCampaign, loadPack, loadTaxonomy } from '@/content/public/loadPages'
import { type Lang } from '@/i18n/lang'

/**
 * The public pages' data, loaded once per request: `generateMetadata` and the page share
 * it. Anonymous readers only; the press room loads with the journalist's own access.
 */
export const campaignData = cache(async (slug: string, lang: Lang) => loadCampaign(await deliveryPayload(), slug, { lang }))
export const articleData = cache(async (slug: string, lang: Lang) => loadArticle(await deliveryPayload(), slug, { lang }))
export const packData = cache(async (slug: string, lang: Lang) => loadPack(await deliveryPayload(), slug, { lang }))
export const taxonomyData = cache(async (kind: 'topics' | 'audiences', slug: string, lang: Lang) => loadTaxonomy(await deliveryPayload(), kind, slug, { lang }))
