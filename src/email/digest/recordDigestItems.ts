import { COLLECTION_OF } from '@/content/contentTypes'
import type { Sql } from '@/db/sql'
import type { DigestCandidate } from './selectDigestItems'

/**
 * Records which documents a digest run carries, once each, as their mails are composed and
 * before any of them is sent: a later withdrawal or correction then reaches every reader
 * the digest reached (see src/email/notices/findItemReaders.ts).
 */
export async function recordDigestItems(sql: Sql, runId: number, items: Array<Pick<DigestCandidate, 'contentType' | 'docKey'>>): Promise<void> {
  if (items.length === 0) return
  // docKey is `<type>-<id>`, the document whatever the language.
  const collections = items.map((item) => COLLECTION_OF[item.contentType])
  const ids = items.map((item) => Number(item.docKey.slice(item.contentType.length + 1)))
  await sql(
    `INSERT INTO digest_run_items (run_id, collection, item_id)
     SELECT $1, v.collection, v.item_id FROM unnest($2::text[], $3::int[]) AS v(collection, item_id)
     ON CONFLICT DO NOTHING`,
    [runId, collections, ids],
  )
}
