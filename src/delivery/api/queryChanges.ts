import type { Pool } from 'pg'

import type { ContentType } from '@/content/contentTypes'
import type { NinjsItem } from '../ninjs/types'
import { type Lang } from '@/i18n/lang'

export type Audience = 'trusted' | 'public'

export type ChangeFilter = { audience: Audience; types: ContentType[]; lang?: Lang; topic?: string; campaign?: string }

const EVENT_COLUMN: Record<Audience, string> = { trusted: 'event_trusted', public: 'event_public' }

/** Conditions shared by every change log read; the audience column comes from a fixed map, never from input. */
function filterSql(filter: ChangeFilter, firstParam: number): { sql: string; params: unknown[] } {
  const params: unknown[] = [filter.types, filter.lang ?? null, filter.campaign ?? null, filter.topic ? JSON.stringify([filter.topic]) : null]
  const p = (i: number) => `$${firstParam + i}`
  return {
    sql: `${EVENT_COLUMN[filter.audience]} IS NOT NULL AND content_type = ANY(${p(0)}::text[])
      AND (${p(1)}::text IS NULL OR lang = ${p(1)}) AND (${p(2)}::text IS NULL OR campaign_slug = ${p(2)})
      AND (${p(3)}::jsonb IS NULL OR topic_slugs @> ${p(3)}::jsonb)`,
    params,
  }
}

/** One page of a sync pass: changes in (after, head], below `before`, newest first. One query whatever the limit. */
export async function queryChangePage(
  pool: Pool,
  filter: ChangeFilter,
  range: { after: number; head: number; before: number; limit: number },
): Promise<Array<{ id: number; ninjs: NinjsItem }>> {
  const where = filterSql(filter, 5)
  const { rows } = await pool.query<{ id: string; ninjs: NinjsItem }>(
    `SELECT id, ninjs FROM delivery_changes
      WHERE id > $1 AND id <= $2 AND id < $3 AND ${where.sql}
      ORDER BY id DESC LIMIT $4`,
    [range.after, range.head, range.before, range.limit, ...where.params],
  )
  return rows.map((row) => ({ id: Number(row.id), ninjs: row.ninjs }))
}

/** The newest change of one item that this audience may see. */
export async function queryLatestChange(pool: Pool, filter: ChangeFilter, itemId: string): Promise<{ id: number; ninjs: NinjsItem } | null> {
  const where = filterSql(filter, 2)
  const { rows } = await pool.query<{ id: string; ninjs: NinjsItem }>(
    `SELECT id, ninjs FROM delivery_changes WHERE item_id = $1 AND ${where.sql} ORDER BY id DESC LIMIT 1`,
    [itemId, ...where.params],
  )
  return rows[0] ? { id: Number(rows[0].id), ninjs: rows[0].ninjs } : null
}

export type FeedRow = {
  id: number
  ninjs: NinjsItem
  slug: string | null
  contentType: ContentType
  firstPublished: Date
  pubStatus: 'usable' | 'canceled'
  occurredAt: Date
}

/**
 * What is live for the public now in one language: the newest row of each item. A withdrawn
 * item is left out, unless it was withdrawn after `withdrawnSince`: the feeds keep it a while,
 * marked, so that readers learn it was taken down.
 */
export async function queryLiveItems(pool: Pool, filter: ChangeFilter & { lang: Lang }, limit: number, withdrawnSince?: Date): Promise<FeedRow[]> {
  const where = filterSql({ ...filter, campaign: undefined, topic: undefined }, 1)
  const p = (i: number) => `$${where.params.length + i}`
  const { rows } = await pool.query<{
    id: string
    ninjs: NinjsItem
    slug: string | null
    content_type: ContentType
    first_published: Date
    pub_status: 'usable' | 'canceled'
    occurred_at: Date
  }>(
    `SELECT latest.id, latest.ninjs, latest.slug, latest.content_type, latest.pub_status, latest.occurred_at,
            (SELECT min(f.occurred_at) FROM delivery_changes f WHERE f.item_id = latest.item_id AND f.${EVENT_COLUMN[filter.audience]} IS NOT NULL) AS first_published
       FROM (SELECT DISTINCT ON (item_id) * FROM delivery_changes WHERE ${where.sql} ORDER BY item_id, id DESC) latest
      WHERE (latest.pub_status = 'usable' OR (latest.pub_status = 'canceled' AND ${p(4)}::timestamptz IS NOT NULL AND latest.occurred_at > ${p(4)}::timestamptz))
        AND (${p(1)}::text IS NULL OR latest.campaign_slug = ${p(1)})
        AND (${p(2)}::jsonb IS NULL OR latest.topic_slugs @> ${p(2)}::jsonb)
      ORDER BY latest.id DESC LIMIT ${p(3)}`,
    [...where.params, filter.campaign ?? null, filter.topic ? JSON.stringify([filter.topic]) : null, limit, withdrawnSince?.toISOString() ?? null],
  )
  return rows.map((row) => ({
    id: Number(row.id),
    ninjs: row.ninjs,
    slug: row.slug,
    contentType: row.content_type,
    firstPublished: row.first_published,
    pubStatus: row.pub_status,
    occurredAt: row.occurred_at,
  }))
}
