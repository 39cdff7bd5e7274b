import type { Payload } from 'payload'

import type { ContentCollection } from '@/content/contentCollections'
import { loadPreviewItem, type PreviewItem } from './loadPreviewItem'
import { type Lang } from '@/i18n/lang'

/**
 * The preview a browser's own session may see: Payload reads the admin's session cookie
 * (or an Authorization header) from the request headers. Anyone who is not signed in as
 * staff gets nothing, never the draft.
 */
export async function previewForSession(
  payload: Payload,
  options: { headers: Headers; collection: ContentCollection; id: number; lang: Lang; unsaved?: Record<string, unknown> },
): Promise<PreviewItem | null> {
  const { user } = await payload.auth({ headers: options.headers })
  if (!user || user.collection !== 'users') return null
  return loadPreviewItem(payload, { collection: options.collection, id: options.id, lang: options.lang, user, unsaved: options.unsaved })
}
