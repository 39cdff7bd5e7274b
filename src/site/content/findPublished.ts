import type { Payload, Where } from 'payload'

import type { JournalistPrincipal } from '../../access/journalists'
import type { SiteLanguage } from '../siteCopy'

export type SiteCollection = 'campaigns' | 'articles' | 'briefing-packs'

type Options = {
  lang: SiteLanguage
  where?: Where
  limit?: number
  sort?: string
  depth?: number
  /** An accredited journalist signed in to the press room; anonymous readers pass nothing. */
  journalist?: JournalistPrincipal | null
}

/**
 * Content as a reader of the site may see it, decided by the one access rule every channel
 * uses (src/access/publicContent.ts): what is public now, or, for an accredited journalist,
 * everything published, embargoed items included.
 */
export async function findPublished<T>(payload: Payload, collection: SiteCollection, options: Options): Promise<T[]> {
  const { docs } = await payload.find({
    collection,
    where: options.where,
    locale: options.lang,
    fallbackLocale: 'vi',
    depth: options.depth ?? 1,
    limit: options.limit ?? 20,
    sort: options.sort ?? '-createdAt',
    pagination: false,
    overrideAccess: false,
    user: options.journalist ?? undefined,
  })
  return docs as T[]
}

export async function findPublishedBySlug<T>(payload: Payload, collection: SiteCollection, slug: string, options: Omit<Options, 'where' | 'limit'>): Promise<T | null> {
  if (!/^[a-z0-9-]{1,200}$/.test(slug)) return null
  const [doc] = await findPublished<T>(payload, collection, { ...options, where: { slug: { equals: slug } }, limit: 1 })
  return doc ?? null
}
