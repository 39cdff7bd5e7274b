import type { PayloadRequest } from 'payload'

import { COLLECTION_OF, type ContentType } from '@/content/contentTypes'
import { sqlFor } from '@/db/sql'
import { searchRowOf, type SearchRow } from './searchRow'
import { removeSearchRows, writeSearchRows } from './writeSearchRows'
import type { StoredDocument } from '@/content/storedDocument'
import { LANGS } from '@/i18n/lang'

type Doc = StoredDocument

/** Published and not withdrawn: what may be in the index at all (embargoes are applied when searching). */
export const isIndexable = (doc: Doc | null | undefined): doc is Doc => doc?._status === 'published' && doc.stage !== 'withdrawn'

/**
 * Brings one item's index rows up to date with its live version, inside the request's
 * transaction, so the index changes exactly when the publication is committed.
 */
export async function indexDocument({ req, type, id, now = new Date() }: { req: PayloadRequest; type: ContentType; id: number; now?: Date }): Promise<void> {
  const sql = await sqlFor(req)
  const rows: SearchRow[] = []
  for (const lang of LANGS) {
    // The system reads the live version to index it, whatever the current user may see;
    // no fallback, so an English row says only what was written in English.
    const doc = (await req.payload.findByID({
      collection: COLLECTION_OF[type],
      id,
      locale: lang,
      fallbackLocale: false,
      depth: 0,
      draft: false,
      overrideAccess: true,
      req,
      disableErrors: true,
    })) as Doc | null
    if (!isIndexable(doc)) return removeSearchRows(sql, { type, id })
    const row = searchRowOf(type, doc, lang)
    if (row) rows.push(row)
  }
  await writeSearchRows(sql, { type, id, rows, fallbackDate: now })
}
