import type { Sql } from '@/db/sql'
import type { DigestCandidate } from './selectDigestItems'

type Row = {
  item_id: string
  content_type: DigestCandidate['contentType']
  doc_id: string
  lang: DigestCandidate['lang']
  slug: string | null
  campaign_slug: string | null
  topic_slugs: string[] | null
  occurred_at: Date
  event_public: string
  change_note: string | null
  ninjs: DigestCandidate['ninjs']
}

/**
 * Items published or materially updated after `since` that are public right now: for
 * each, when its newest publication or major update happened, with the item as it is
 * now. Withdrawn items are left out; embargoed ones have no public rows yet.
 */
export async function loadDigestCandidates(sql: Sql, since: Date): Promise<DigestCandidate[]> {
  const rows = await sql<Row>(
    `WITH latest AS (
        SELECT DISTINCT ON (item_id) * FROM delivery_changes WHERE event_public IS NOT NULL ORDER BY item_id, id DESC),
      notable AS (
        SELECT DISTINCT ON (item_id) item_id, occurred_at, event_public, change_note FROM delivery_changes
         WHERE event_public IS NOT NULL AND occurred_at > $1 AND (event_public = 'published' OR (event_public = 'updated' AND major))
         ORDER BY item_id, id DESC)
     SELECT latest.item_id, latest.content_type, latest.doc_id, latest.lang, latest.slug, latest.campaign_slug, latest.topic_slugs,
            notable.occurred_at, notable.event_public, notable.change_note, latest.ninjs
       FROM notable JOIN latest USING (item_id)
      WHERE latest.pub_status = 'usable'`,
    [since.toISOString()],
  )
  return rows.map((row) => ({
    itemId: row.item_id,
    docKey: `${row.content_type}-${row.doc_id}`,
    lang: row.lang,
    contentType: row.content_type,
    slug: row.slug,
    campaignSlug: row.campaign_slug,
    topicSlugs: row.topic_slugs ?? [],
    occurredAt: row.occurred_at,
    updated: row.event_public === 'updated',
    changeNote: row.change_note,
    ninjs: row.ninjs,
  }))
}
