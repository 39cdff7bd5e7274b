import type { PayloadRequest } from 'payload'

import { sqlFor, type Sql } from '@/db/sql'
import { filesUsedBy } from '../filesUsedBy'

type LiveDoc = { id: number; _status?: string | null; stage?: string | null; embargoUntil?: string | null } & Record<string, unknown>

/** Before any embargo: the moment a file used by an unembargoed live item became public. */
const ALWAYS = '1970-01-01T00:00:00.000Z'

/**
 * Recomputes `media.visible_from` for the given files: the earliest moment a live item
 * that uses the file is out of embargo, or null when no live item uses it. The rows are
 * locked first, so two publications that share a file cannot each miss the other's use.
 */
export async function recomputeVisibleFrom(sql: Sql, mediaIds: number[]): Promise<void> {
  if (mediaIds.length === 0) return
  await sql(`SELECT id FROM media WHERE id = ANY($1::int[]) ORDER BY id FOR UPDATE`, [mediaIds])
  await sql(
    `UPDATE media SET visible_from = (SELECT min(u.visible_from) FROM media_usage u WHERE u.media_id = media.id)
      WHERE id = ANY($1::int[])`,
    [mediaIds],
  )
}

/**
 * Records which files the live version of one item uses, and so which files are public.
 * Called in the transaction that publishes, withdraws or deletes the item, so that a file
 * is never public a moment longer than an item that uses it. An item that is not live
 * (a draft, a withdrawn item, a deleted one) uses no file publicly.
 */
export async function refreshMediaUsage(req: PayloadRequest, collection: string, id: number): Promise<void> {
  const sql = await sqlFor(req)
  const config = req.payload.collections[collection as keyof typeof req.payload.collections]?.config
  if (!config) return
  const live = (await req.payload.db.findOne<LiveDoc>({ collection: collection as never, where: { id: { equals: id } }, locale: 'all', req })) ?? null
  const isLive = live?._status === 'published' && live.stage !== 'withdrawn'
  const locales = (req.payload.config.localization ? req.payload.config.localization.localeCodes : []) as string[]
  const used = isLive ? filesUsedBy({ fields: config.fields, doc: live, locales, blocks: req.payload.config.blocks ?? [] }) : []

  const previous = await sql<{ media_id: number }>(`DELETE FROM media_usage WHERE collection = $1 AND item_id = $2 RETURNING media_id`, [collection, id])
  if (used.length > 0) {
    const from = live?.embargoUntil ? new Date(live.embargoUntil).toISOString() : ALWAYS
    await sql(
      `INSERT INTO media_usage (media_id, collection, item_id, visible_from)
       SELECT m.id, $2, $3, $4::timestamptz FROM media m WHERE m.id = ANY($1::int[])
       ON CONFLICT (media_id, collection, item_id) DO UPDATE SET visible_from = excluded.visible_from`,
      [used, collection, id, from],
    )
  }
  await recomputeVisibleFrom(sql, [...new Set([...previous.map((row) => row.media_id), ...used])])
}
