import type { Payload } from 'payload'

import { poolOf } from '../../delivery/db/sql'
import type { SiteCollection } from './findPublished'

const TABLES: Record<SiteCollection, string> = { campaigns: 'campaigns', articles: 'articles', 'briefing-packs': 'briefing_packs' }

/**
 * Whether an item with this slug was published once and then withdrawn: such a page
 * answers 410 Gone with a short notice, not 404. Only the stage is read, never content.
 */
export async function wasWithdrawn(payload: Payload, collection: SiteCollection, slug: string): Promise<boolean> {
  const { rows } = await poolOf(payload).query(`SELECT 1 FROM ${TABLES[collection]} WHERE slug = $1 AND stage = 'withdrawn' LIMIT 1`, [slug])
  return rows.length > 0
}
