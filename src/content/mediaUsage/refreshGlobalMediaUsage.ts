import type { PayloadRequest } from 'payload'

import { sqlFor } from '@/db/sql'
import { filesUsedBy } from '../filesUsedBy'
import { recomputeVisibleFrom } from './refreshMediaUsage'

/** A global is one document, recorded in media_usage under this item id. */
const GLOBAL_ITEM_ID = 1
const ALWAYS = '1970-01-01T00:00:00.000Z'

/**
 * Records the files a global uses (the site's logo) as public from now on: a global has no
 * draft or embargo, so what it shows is public the moment it is saved, and a file it no
 * longer uses stops being public through it. Runs in the save's transaction.
 */
export async function refreshGlobalMediaUsage(req: PayloadRequest, slug: string, doc: Record<string, unknown>): Promise<void> {
  const config = req.payload.config.globals.find((global) => global.slug === slug)
  if (!config) return
  const sql = await sqlFor(req)
  const locales = (req.payload.config.localization ? req.payload.config.localization.localeCodes : []) as string[]
  const used = filesUsedBy({ fields: config.fields, doc, locales, blocks: req.payload.config.blocks ?? [] })
  const previous = await sql<{ media_id: number }>(`DELETE FROM media_usage WHERE collection = $1 AND item_id = $2 RETURNING media_id`, [slug, GLOBAL_ITEM_ID])
  if (used.length > 0) {
    await sql(
      `INSERT INTO media_usage (media_id, collection, item_id, visible_from)
       SELECT m.id, $2, $3, $4::timestamptz FROM media m WHERE m.id = ANY($1::int[])
       ON CONFLICT (media_id, collection, item_id) DO NOTHING`,
      [used, slug, GLOBAL_ITEM_ID, ALWAYS],
    )
  }
  await recomputeVisibleFrom(sql, [...new Set([...previous.map((row) => row.media_id), ...used])])
}
