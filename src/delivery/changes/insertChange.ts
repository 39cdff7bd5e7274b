import type { Sql } from '@/db/sql'
import type { ChangeRow } from './types'

/** Appends one row to the change log (the caller holds the change log lock) and returns its id. */
export async function insertChange(sql: Sql, row: ChangeRow): Promise<number> {
  const [inserted] = await sql<{ id: number }>(
    `INSERT INTO delivery_changes
       (item_id, content_type, doc_id, lang, slug, version, event_trusted, event_public, pub_status,
        embargo_until, lift_pending, campaign_slug, topic_slugs, occurred_at, ninjs, major, change_note, updated_at, created_at)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13::jsonb, $14, $15::jsonb, $16, $17, now(), now())
     RETURNING id`,
    [
      row.itemId,
      row.contentType,
      row.docId,
      row.lang,
      row.slug,
      row.version,
      row.eventTrusted,
      row.eventPublic,
      row.pubStatus,
      row.embargoUntil,
      row.liftPending,
      row.campaignSlug,
      JSON.stringify(row.topicSlugs),
      row.occurredAt.toISOString(),
      JSON.stringify(row.ninjs),
      row.major,
      row.changeNote ?? null,
    ],
  )
  return Number(inserted!.id)
}

/** An embargo no longer needs lifting once a newer row of the item exists. */
export async function clearPendingLifts(sql: Sql, itemId: string): Promise<void> {
  await sql('UPDATE delivery_changes SET lift_pending = false WHERE item_id = $1 AND lift_pending', [itemId])
}
