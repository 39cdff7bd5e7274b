import type { Payload } from 'payload'

import { AUDIENCES, TOPICS, type Term } from './data/taxonomies'

/**
 * Adds the starting topics and audiences that are missing, matched by slug. Terms that
 * exist are left as editors have them: renaming a term in the admin sticks.
 */
export async function seedTaxonomies(payload: Payload): Promise<{ topics: number; audiences: number }> {
  const ensure = async (collection: 'topics' | 'audiences', terms: Term[]) => {
    for (const term of terms) {
      const { totalDocs } = await payload.count({ collection, where: { slug: { equals: term.slug } }, overrideAccess: true })
      if (totalDocs > 0) continue
      const created = await payload.create({ collection, data: { slug: term.slug, name: term.vi }, locale: 'vi', overrideAccess: true })
      await payload.update({ collection, id: created.id, data: { name: term.en }, locale: 'en', overrideAccess: true })
    }
    return (await payload.count({ collection, overrideAccess: true })).totalDocs
  }
  return { topics: await ensure('topics', TOPICS), audiences: await ensure('audiences', AUDIENCES) }
}
