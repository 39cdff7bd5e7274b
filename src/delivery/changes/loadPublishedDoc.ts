import type { PayloadRequest } from 'payload'

import { siteUrl } from '@/config/siteUrl'
import { resolveRichTextLinks } from '@/content/links/resolveRichTextLinks'
import { COLLECTION_OF, type ContentType } from '@/content/contentTypes'
import { titleOf } from '../ninjs/renderNinjs'
import type { StoredDocument } from '@/content/storedDocument'
import { LANGS, type Lang } from '@/i18n/lang'

type Doc = StoredDocument

/** The live version of a document in every language it has a title in, relations populated. */
export async function loadPublishedDoc(req: PayloadRequest, type: ContentType, id: number): Promise<Map<Lang, Doc>> {
  const collection = COLLECTION_OF[type]
  // The system reads the live version to deliver it, whatever the current user may see.
  const all = (await req.payload.findByID({
    collection,
    id,
    locale: 'all',
    depth: 0,
    draft: false,
    overrideAccess: true,
    req,
    disableErrors: true,
  })) as Doc | null
  const byLanguage = new Map<Lang, Doc>()
  if (!all || all._status !== 'published') return byLanguage
  for (const lang of LANGS) {
    const titles = all[type === 'article' ? 'headline' : 'title'] as Record<string, string> | undefined
    if (!titles?.[lang]?.trim()) continue
    // No fallback: an English item says only what was written in English.
    const stored = (await req.payload.findByID({
      collection,
      id,
      locale: lang,
      fallbackLocale: false,
      depth: 1,
      draft: false,
      overrideAccess: true,
      req,
    })) as Doc
    if (!titleOf(type, stored)) continue
    // Internal links are settled now, for this language: the ninjs body is rendered once,
    // into the change log, and feeds and mail read it from there. So a link whose target
    // is not public yet stays plain text in this version, even after the target goes
    // live, until the item's next version is rendered. Accepted: a version says what was
    // public when it was published.
    byLanguage.set(lang, await resolveRichTextLinks(req.payload, stored, ['body'], { lang, base: siteUrl(), req }))
  }
  return byLanguage
}

export const deliverySiteUrl = (): string => siteUrl()
