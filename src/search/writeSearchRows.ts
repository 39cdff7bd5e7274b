import type { ContentType } from '@/content/contentTypes'
import type { Sql } from '@/db/sql'
import { itemIdOf } from '../delivery/ninjs/itemIds'
import type { SearchRow } from './searchRow'

/**
 * Makes the index say what one item now says: a row per language in `rows`, none for the
 * languages left out. The date is the item's first publication in the change log (a new
 * version does not make an old item new), or `fallbackDate` when the log has none.
 */
export async function writeSearchRows(
  sql: Sql,
  { type, id, rows, fallbackDate }: { type: ContentType; id: number; rows: SearchRow[]; fallbackDate: Date },
): Promise<void> {
  await sql('DELETE FROM site_search WHERE doc_type = $1 AND doc_id = $2 AND NOT (lang = ANY($3::text[]))', [type, id, rows.map((row) => row.lang)])
  for (const row of rows) {
    await sql(
      `INSERT INTO site_search (doc_type, doc_id, lang, slug, title, summary, embargo_until, folded_title, folded_body, published_at)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9,
               COALESCE((SELECT min(occurred_at) FROM delivery_changes WHERE item_id = $10 AND pub_status = 'usable'), $11))
       ON CONFLICT (doc_type, doc_id, lang) DO UPDATE SET
         slug = EXCLUDED.slug, title = EXCLUDED.title, summary = EXCLUDED.summary, embargo_until = EXCLUDED.embargo_until,
         folded_title = EXCLUDED.folded_title, folded_body = EXCLUDED.folded_body,
         published_at = LEAST(site_search.published_at, EXCLUDED.published_at)`,
      [
        row.docType,
        row.docId,
        row.lang,
        row.slug,
        row.title,
        row.summary,
        row.embargoUntil,
        row.foldedTitle,
        row.foldedBody,
        itemIdOf(type, id, row.lang),
        fallbackDate.toISOString(),
      ],
    )
  }
}

/** Takes an item out of the index in every language: withdrawn, unpublished or deleted. */
export async function removeSearchRows(sql: Sql, { type, id }: { type: ContentType; id: number }): Promise<void> {
  await sql('DELETE FROM site_search WHERE doc_type = $1 AND doc_id = $2', [type, id])
}
