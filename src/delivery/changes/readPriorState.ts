import type { Sql } from '@/db/sql'
import type { NinjsItem } from '../ninjs/types'
import type { PriorState } from './types'

type Row = {
  item_id: string
  version: string
  last_trusted: string | null
  last_public: string | null
  last_ninjs: NinjsItem
  last_slug: string | null
  last_campaign: string | null
  last_topics: string[] | null
  trusted_ninjs: NinjsItem | null
  trusted_campaign: string | null
  trusted_topics: string[] | null
  public_ninjs: NinjsItem | null
  public_campaign: string | null
  public_topics: string[] | null
}

const isLiveEvent = (event: string | null) => event === 'published' || event === 'updated'

/** What the change log already holds for each of these items. */
export async function readPriorState(sql: Sql, itemIds: string[]): Promise<Map<string, PriorState>> {
  const rows = await sql<Row>(
    `SELECT item_id, max(version) AS version,
            (array_agg(event_trusted ORDER BY id DESC) FILTER (WHERE event_trusted IS NOT NULL))[1] AS last_trusted,
            (array_agg(event_public ORDER BY id DESC) FILTER (WHERE event_public IS NOT NULL))[1] AS last_public,
            (array_agg(ninjs ORDER BY id DESC))[1] AS last_ninjs,
            (array_agg(slug ORDER BY id DESC))[1] AS last_slug,
            (array_agg(campaign_slug ORDER BY id DESC))[1] AS last_campaign,
            (array_agg(topic_slugs ORDER BY id DESC))[1] AS last_topics,
            (array_agg(ninjs ORDER BY id DESC) FILTER (WHERE event_trusted IS NOT NULL))[1] AS trusted_ninjs,
            (array_agg(campaign_slug ORDER BY id DESC) FILTER (WHERE event_trusted IS NOT NULL))[1] AS trusted_campaign,
            (array_agg(topic_slugs ORDER BY id DESC) FILTER (WHERE event_trusted IS NOT NULL))[1] AS trusted_topics,
            (array_agg(ninjs ORDER BY id DESC) FILTER (WHERE event_public IS NOT NULL))[1] AS public_ninjs,
            (array_agg(campaign_slug ORDER BY id DESC) FILTER (WHERE event_public IS NOT NULL))[1] AS public_campaign,
            (array_agg(topic_slugs ORDER BY id DESC) FILTER (WHERE event_public IS NOT NULL))[1] AS public_topics
       FROM delivery_changes WHERE item_id = ANY($1) GROUP BY item_id`,
    [itemIds],
  )
  return new Map(
    rows.map((row) => [
      row.item_id,
      {
        version: Number(row.version),
        liveForTrusted: isLiveEvent(row.last_trusted),
        liveForPublic: isLiveEvent(row.last_public),
        lastNinjs: row.last_ninjs,
        last: { slug: row.last_slug, campaignSlug: row.last_campaign, topicSlugs: row.last_topics ?? [] },
        lastFor: {
          trusted: row.trusted_ninjs ? { ninjs: row.trusted_ninjs, campaignSlug: row.trusted_campaign, topicSlugs: row.trusted_topics ?? [] } : null,
          public: row.public_ninjs ? { ninjs: row.public_ninjs, campaignSlug: row.public_campaign, topicSlugs: row.public_topics ?? [] } : null,
        },
      },
    ]),
  )
}
