import type { Payload, TypedUser } from 'payload'

import type { Article, BriefingPack, Campaign } from '../../payload-types'
import { isStaffMember } from '@/access/roles'
import type { ContentCollection } from '@/content/contentCollections'
import { resolveRichTextLinks } from '@/content/links/resolveRichTextLinks'
import type { SiteLanguage } from '@/i18n/siteCopy'

/** An item's working copy as the preview page draws it, with the language its text is in. */
export type PreviewItem =
  | { collection: 'campaigns'; doc: Campaign & { contentLang: SiteLanguage } }
  | { collection: 'articles'; doc: Article & { contentLang: SiteLanguage } }
  | { collection: 'briefing-packs'; doc: BriefingPack & { contentLang: SiteLanguage } }

const TITLE_FIELD: Record<ContentCollection, string> = { campaigns: 'title', articles: 'headline', 'briefing-packs': 'title' }

/** The item's title in the page's language, or in Vietnamese where it has none yet. */
export const previewTitleOf = (item: PreviewItem): string => String((item.doc as unknown as Record<string, unknown>)[TITLE_FIELD[item.collection]] ?? '')

/**
 * The latest working copy (draft) of an item, read with the staff member's own access
 * (`user`, `overrideAccess: false`): a preview shows nothing its viewer could not open in
 * the admin. Null for anyone who is not staff, and for an item they may not read.
 * English falls back to Vietnamese field by field, as the public pages do.
 */
export async function loadPreviewItem(
  payload: Payload,
  options: { collection: ContentCollection; id: number; lang: SiteLanguage; user: TypedUser | null | undefined },
): Promise<PreviewItem | null> {
  const { collection, id, lang, user } = options
  if (!isStaffMember(user as Parameters<typeof isStaffMember>[0])) return null
  let doc: Record<string, unknown>
  try {
    doc = (await payload.findByID({
      collection,
      id,
      draft: true,
      depth: 1,
      locale: lang,
      fallbackLocale: 'vi',
      user,
      overrideAccess: false,
      disableErrors: true,
    })) as unknown as Record<string, unknown>
  } catch {
    return null
  }
  if (!doc) return null
  const own =
    lang === 'vi'
      ? doc
      : ((await payload.findByID({
          collection,
          id,
          draft: true,
          depth: 0,
          locale: lang,
          fallbackLocale: false,
          user,
          overrideAccess: false,
          disableErrors: true,
        })) as unknown as Record<string, unknown> | null)
  const contentLang: SiteLanguage = lang === 'en' && own && own[TITLE_FIELD[collection]] ? 'en' : 'vi'
  const linked = await resolveRichTextLinks(payload, doc, ['body'], { lang, base: '' })
  return { collection, doc: { ...linked, contentLang } } as PreviewItem
}
