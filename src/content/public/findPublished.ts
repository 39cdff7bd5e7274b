import type { Payload, Where } from 'payload'

import type { JournalistPrincipal } from '@/access/journalists'
import { type Lang } from '@/i18n/lang'

export type SiteCollection = 'campaigns' | 'articles' | 'briefing-packs'

type Options = {
  lang: Lang
  where?: Where
  limit?: number
  sort?: string
  depth?: number
  /** An accredited journalist signed in to the press room; anonymous readers pass nothing. */
  journalist?: JournalistPrincipal | null
  /**
   * Lists hold only items written in the page's language, as the feeds in that language do;
   * one item asked for by its address is shown in the language it has (see `writtenIn`).
   */
  anyLanguage?: boolean
}

/** The field whose text says an item was written in a language: it has a title there. */
const TITLE_FIELD: Record<SiteCollection, string> = { campaigns: 'title', articles: 'headline', 'briefing-packs': 'title' }

/**
 * The language an item found by its address is written in, for a reader of this language:
 * the reader's own when the item has a title in it, else Vietnamese (the page then says so,
 * and marks the text as Vietnamese).
 */
export async function contentLanguageOf(
  payload: Payload,
  collection: SiteCollection,
  id: number,
  options: Pick<Options, 'lang' | 'journalist'>,
): Promise<Lang> {
  if (options.lang === 'vi') return 'vi'
  const { totalDocs } = await payload.count({
    collection,
    where: { and: [{ id: { equals: id } }, { [TITLE_FIELD[collection]]: { exists: true } }] },
    locale: options.lang,
    overrideAccess: false,
    user: options.journalist ?? undefined,
  })
  return totalDocs > 0 ? options.lang : 'vi'
}

/**
 * Content as a reader of the site may see it, decided by the one access rule every channel
 * uses (src/access/publicContent.ts): what is public now, or, for an accredited journalist,
 * everything published, embargoed items included.
 */
export async function findPublished<T>(payload: Payload, collection: SiteCollection, options: Options): Promise<T[]> {
  const written: Where | undefined = options.lang === 'vi' || options.anyLanguage ? undefined : { [TITLE_FIELD[collection]]: { exists: true } }
  const where = written && options.where ? { and: [options.where, written] } : (written ?? options.where)
  const docs = await findIn(payload, collection, where, options)
  return (written ? await markVietnameseFallbacks(payload, collection, docs, options) : docs) as T[]
}

/** The top-level texts of an item that show Vietnamese because they have no English yet, so the page can say `lang="vi"`. */
export type WithFallbacks = { vietnameseFields?: string[] }

/**
 * An English list holds items with an English title, but a summary may still be Vietnamese
 * (the site falls back to it). Reading the same items once more without the fallback shows
 * which texts those are.
 */
async function markVietnameseFallbacks(payload: Payload, collection: SiteCollection, docs: Array<Record<string, unknown>>, options: Options) {
  if (docs.length === 0) return docs
  const { docs: own } = await payload.find({
    collection,
    where: { id: { in: docs.map((doc) => doc.id) } },
    locale: options.lang,
    fallbackLocale: false,
    depth: 0,
    pagination: false,
    overrideAccess: false,
    user: options.journalist ?? undefined,
  })
  const ownById = new Map(own.map((doc) => [doc.id, doc as unknown as Record<string, unknown>]))
  return docs.map((doc) => {
    const english = ownById.get(doc.id as number) ?? {}
    const vietnameseFields = Object.keys(doc).filter(
      (key) => typeof doc[key] === 'string' && doc[key] !== '' && (english[key] === null || english[key] === undefined || english[key] === ''),
    )
    return vietnameseFields.length ? { ...doc, vietnameseFields } : doc
  })
}

async function findIn(payload: Payload, collection: SiteCollection, where: Where | undefined, options: Options): Promise<Array<Record<string, unknown>>> {
  const { docs } = await payload.find({
    collection,
    where,
    locale: options.lang,
    fallbackLocale: 'vi',
    depth: options.depth ?? 1,
    limit: options.limit ?? 20,
    sort: options.sort ?? '-createdAt',
    pagination: false,
    overrideAccess: false,
    user: options.journalist ?? undefined,
  })
  return docs as unknown as Array<Record<string, unknown>>
}

export async function findPublishedBySlug<T>(
  payload: Payload,
  collection: SiteCollection,
  slug: string,
  options: Omit<Options, 'where' | 'limit'>,
): Promise<T | null> {
  if (!/^[a-z0-9-]{1,200}$/.test(slug)) return null
  const [doc] = await findPublished<T>(payload, collection, { ...options, where: { slug: { equals: slug } }, limit: 1, anyLanguage: true })
  return doc ?? null
}
