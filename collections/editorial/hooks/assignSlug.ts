import type { CollectionBeforeValidateHook } from 'payload'

import { slugify, uniqueSlug } from '@/content/slugify'

/**
 * Fills an empty slug from the Vietnamese title (or headline), and keeps it unique in its
 * collection by numbering: "tre-em", "tre-em-2", …
 */
export const assignSlug =
  (titleField: string): CollectionBeforeValidateHook =>
  async ({ data, originalDoc, req, collection }) => {
    if (!data) return data
    if (typeof data.slug === 'string' && data.slug.trim()) {
      data.slug = slugify(data.slug)
      return data
    }
    if (originalDoc?.slug) return data
    // Slugs come from Vietnamese, the default locale, whatever locale this save is in.
    const title = req.locale === 'vi' || !req.locale ? data[titleField] : originalDoc?.[titleField]
    const base = typeof title === 'string' ? slugify(title) : ''
    if (!base) return data
    // Uniqueness is over every item, drafts included, whoever is saving: a system count.
    data.slug = await uniqueSlug(base, async (candidate) => {
      const { totalDocs } = await req.payload.count({
        collection: collection.slug as 'articles',
        where: { slug: { equals: candidate } },
        req,
        overrideAccess: true,
      })
      return totalDocs > 0
    })
    return data
  }
