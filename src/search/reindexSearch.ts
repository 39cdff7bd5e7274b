import type { Payload } from 'payload'

import { publishedWhere } from '../access/publicContent'
import { COLLECTION_OF, CONTENT_TYPES, type ContentType } from '@/content/contentTypes'
import { inTransaction } from '@/db/sql'
import { searchRowOf, type SearchRow } from './searchRow'
import { writeSearchRows } from './writeSearchRows'
import type { StoredDocument } from '@/content/storedDocument'
import { LANGS } from '@/i18n/lang'

type Doc = StoredDocument
const PAGE = 100

/** Every published item's rows, read page by page in each language without fallback. */
async function collectRows(payload: Payload, type: ContentType): Promise<Map<number, { rows: SearchRow[]; updatedAt: Date }>> {
  const byId = new Map<number, { rows: SearchRow[]; updatedAt: Date }>()
  for (const lang of LANGS) {
    for (let page = 1; ; page += 1) {
      const found = await payload.find({
        collection: COLLECTION_OF[type],
        where: publishedWhere(),
        locale: lang,
        fallbackLocale: false,
        depth: 0,
        draft: false,
        limit: PAGE,
        page,
        sort: 'id',
        overrideAccess: true,
      })
      for (const doc of found.docs as Doc[]) {
        const entry = byId.get(Number(doc.id)) ?? { rows: [], updatedAt: new Date(doc.updatedAt ?? Date.now()) }
        const row = searchRowOf(type, doc, lang)
        if (row) entry.rows.push(row)
        byId.set(Number(doc.id), entry)
      }
      if (!found.hasNextPage) break
    }
  }
  return byId
}

/**
 * Rebuilds the whole search index from the published content, for databases that had
 * content before the index existed or an index that went astray. Idempotent; readers
 * see the old index until the new one is committed in one go.
 */
export async function reindexSearch(payload: Payload): Promise<{ items: number; rows: number }> {
  const collected = await Promise.all(CONTENT_TYPES.map(async (type) => ({ type, items: await collectRows(payload, type) })))
  return inTransaction(payload, async (sql) => {
    await sql('DELETE FROM site_search')
    let rows = 0
    let items = 0
    for (const { type, items: byId } of collected) {
      for (const [id, entry] of byId) {
        if (entry.rows.length === 0) continue
        // Without a change log entry, the last save of a published item is the best date there is.
        await writeSearchRows(sql, { type, id, rows: entry.rows, fallbackDate: entry.updatedAt })
        items += 1
        rows += entry.rows.length
      }
    }
    return { items, rows }
  })
}
