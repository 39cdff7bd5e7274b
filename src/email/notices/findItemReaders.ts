import type { ContentType } from '@/content/contentTypes'
import { COLLECTION_OF } from '@/content/contentTypes'
import type { Sql } from '@/db/sql'
import { type Lang } from '@/i18n/lang'

export type ItemReaderQuery = {
  contentType: ContentType
  docId: number
  /** The item's campaign and topics, which decide whether a digest reader's digest listed it. */
  campaignSlug: string | null
  topicSlugs: string[]
  locales: Lang[]
  /** Runs whose readers hear of this change another way (the alert of a major update). */
  excludeRuns?: number[]
}

/**
 * Subscribers who received a document by mail, in any language or version: an alert about
 * it, or a digest that carried it (`digest_run_items`) and that, by their choices, listed
 * it for them. A mail still being sent counts: it is on its way. Each subscriber once.
 */
export async function findItemReaders(sql: Sql, query: ItemReaderQuery): Promise<number[]> {
  const rows = await sql<{ subscriber_id: number }>(
    `SELECT DISTINCT d.subscriber_id
       FROM deliveries d
       JOIN digest_runs r ON r.id = d.run_id
       JOIN subscribers s ON s.id = d.subscriber_id
      WHERE d.status::text IN ('sent', 'sending') AND s.status::text = 'active'
        AND s.locale::text = ANY($3::text[])
        AND NOT EXISTS (SELECT 1 FROM deliveries x WHERE x.run_id = ANY($4::int[]) AND x.subscriber_id = d.subscriber_id)
        AND (
          (r.kind::text = 'alert' AND EXISTS (SELECT 1 FROM delivery_changes c WHERE c.id = r.change_id AND c.content_type = $1 AND c.doc_id = $2::int))
          OR (r.kind::text IN ('daily', 'weekly')
              AND EXISTS (SELECT 1 FROM digest_run_items i WHERE i.run_id = r.id AND i.collection = $5 AND i.item_id = $2::int)
              AND (NOT EXISTS (SELECT 1 FROM subscribers_content_types t WHERE t.parent_id = s.id)
                   OR EXISTS (SELECT 1 FROM subscribers_content_types t WHERE t.parent_id = s.id AND t.value::text = $1))
              AND (NOT EXISTS (SELECT 1 FROM subscribers_rels sr WHERE sr.parent_id = s.id AND sr.path = 'topics')
                   OR EXISTS (SELECT 1 FROM subscribers_rels sr JOIN topics tp ON tp.id = sr.topics_id WHERE sr.parent_id = s.id AND sr.path = 'topics' AND tp.slug = ANY($6::text[])))
              AND (NOT EXISTS (SELECT 1 FROM subscribers_rels sr WHERE sr.parent_id = s.id AND sr.path = 'campaigns')
                   OR EXISTS (SELECT 1 FROM subscribers_rels sr JOIN campaigns cp ON cp.id = sr.campaigns_id WHERE sr.parent_id = s.id AND sr.path = 'campaigns' AND cp.slug = $7)))
        )
      ORDER BY d.subscriber_id`,
    [query.contentType, query.docId, query.locales, query.excludeRuns ?? [], COLLECTION_OF[query.contentType], query.topicSlugs, query.campaignSlug],
  )
  return rows.map((row) => Number(row.subscriber_id))
}
