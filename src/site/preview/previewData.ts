import { headers } from 'next/headers'
import { cache } from 'react'

import { isContentCollection } from '@/content/contentCollections'
import { deliveryPayload } from '@/deliveryPayload'
import { parsePathId } from '@/platform/http/pathId'
import { openSharedPreview } from '@/preview/openSharedPreview'
import { previewForSession } from '@/preview/previewForSession'
import { type Lang } from '@/i18n/lang'

/**
 * The preview pages' data, loaded once per request (`generateMetadata` and the page share
 * it, so a shared link's opening is audited once).
 */
export const sessionPreviewData = cache(async (collection: string, id: string, lang: Lang) => {
  const numericId = parsePathId(id)
  if (!isContentCollection(collection) || numericId === null) return null
  return previewForSession(await deliveryPayload(), { headers: await headers(), collection, id: numericId, lang })
})

export const sharedPreviewData = cache(async (token: string, lang: Lang) => openSharedPreview(await deliveryPayload(), { token, lang }))
