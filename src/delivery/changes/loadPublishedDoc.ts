import type { PayloadRequest } from 'payload'

import { siteUrl } from '../../config/siteUrl'
import { COLLECTION_OF, type ContentType } from '../contentTypes'
import { LANGUAGES, type Language } from '../languages'
import { titleOf } from '../ninjs/renderNinjs'

type Doc = Record<string, any>

/** The live version of a document in every language it has a title in, relations populated. */
export async function loadPublishedDoc(req: PayloadRequest, type: ContentType, id: number): Promise<Map<Language, Doc>> {
  const collection = COLLECTION_OF[type]
  // The system reads the live version to deliver it, whatever the current user may see.
  const all = (await req.payload.findByID({ collection, id, locale: 'all', depth: 0, draft: false, overrideAccess: true, req, disableErrors: true })) as Doc | null
  const byLanguage = new Map<Language, Doc>()
  if (!all || all._status !== 'published') return byLanguage
  for (const lang of LANGUAGES) {
    const titles = all[type === 'article' ? 'headline' : 'title'] as Record<string, string> | undefined
    if (!titles?.[lang]?.trim()) continue
    // No fallback: an English item says only what was written in English.
    const doc = (await req.payload.findByID({ collection, id, locale: lang, fallbackLocale: false, depth: 1, draft: false, overrideAccess: true, req })) as Doc
    if (titleOf(type, doc)) byLanguage.set(lang, doc)
  }
  return byLanguage
}

export const deliverySiteUrl = (): string => siteUrl()
