import { headers } from 'next/headers'
import { cache } from 'react'

import { isContentCollection } from '@/content/contentCollections'
import { deliveryPayload } from '@/deliveryPayload'
import type { SiteLanguage } from '@/i18n/siteCopy'
import { parsePathId } from '@/platform/http/pathId'
import { openSharedPreview } from '@/preview/openSharedPreview'
import { previewForSession } from '@/preview/previewForSession'

/**
 * The preview pages' data, loaded once per request (`generateMetadata` and the page share
 * it, so a shared link's opening is audited once).
 */
export const sessionPreviewData = cache(async (collection: string, id: string, lang: SiteLanguage) => {
  const numericId = parsePathId(id)
  if (!isContentCollection(collection) || numericId === null) return null
  return previewForSession(await deliveryPayload(), { headers: await headers(), collection, id: numericId, lang })
})

export const sharedPreviewData = cache(async (token: string, lang: SiteLanguage) => openSharedPreview(await deliveryPayload(), { token, lang }))
