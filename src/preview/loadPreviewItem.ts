import type { Payload, TypedUser } from 'payload'

import type { Article, BriefingPack, Campaign } from '../../payload-types'
import { isStaffMember } from '@/access/roles'
import type { ContentCollection } from '@/content/contentCollections'
import { resolveRichTextLinks } from '@/content/links/resolveRichTextLinks'
import { type Lang } from '@/i18n/lang'

/** An item's working copy as the preview page draws it, with the language its text is in. */
export type PreviewItem =
  | { collection: 'campaigns'; doc: Campaign & { contentLang: Lang } }
  | { collection: 'articles'; doc: Article & { contentLang: Lang } }
  | { collection: 'briefing-packs'; doc: BriefingPack & { contentLang: Lang } }

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
  options: {
    collection: ContentCollection
    id: number
    lang: Lang
    user: TypedUser | null | undefined
    /** The admin form's unsaved values in `lang` (Payload's live preview), laid over the working copy. */
    unsaved?: Record<string, unknown>
  },
): Promise<PreviewItem | null> {
  const { collection, id, lang, user, unsaved } = options
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
  if (unsaved) doc = await withUnsaved(payload, { collection, id, lang, user, unsaved })
  const typedTitle = unsaved ? filled(unsaved[TITLE_FIELD[collection]]) : false
  const contentLang: Lang = lang === 'en' && (typedTitle || (own && own[TITLE_FIELD[collection]])) ? 'en' : 'vi'
  const linked = await resolveRichTextLinks(payload, doc, ['body'], { lang, base: '' })
  return { collection, doc: { ...linked, contentLang } } as PreviewItem
}

const filled = (value: unknown): boolean => value !== undefined && value !== null && value !== ''

/**
 * The working copy as the editor's form has it right now: the stored draft in `lang` (with
 * the Vietnamese fallback), each field the form has filled laid over it, then read through
 * Payload as a stored document is (hooks, and relationships populated with the viewer's own
 * access). Only called once the viewer has been shown able to read the item: Payload does
 * not check access on the document when it is given its data.
 */
async function withUnsaved(
  payload: Payload,
  options: { collection: ContentCollection; id: number; lang: Lang; user: TypedUser | null | undefined; unsaved: Record<string, unknown> },
): Promise<Record<string, unknown>> {
  const { collection, id, lang, user, unsaved } = options
  const stored = (await payload.findByID({
    collection,
    id,
    draft: true,
    depth: 0,
    locale: lang,
    fallbackLocale: 'vi',
    user,
    overrideAccess: false,
  })) as unknown as Record<string, unknown>
  const typed = Object.fromEntries(Object.entries(unsaved).filter(([key, value]) => filled(value) && key !== 'id'))
  // Not `draft`: that would swap the given data for the stored draft. Not flattened: the data is in `lang` already.
  return (await payload.findByID({
    collection,
    id,
    data: { ...stored, ...typed, id },
    depth: 1,
    locale: lang,
    flattenLocales: false,
    user,
    overrideAccess: false,
  })) as unknown as Record<string, unknown>
}
