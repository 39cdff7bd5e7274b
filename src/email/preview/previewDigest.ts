import type { Payload } from 'payload'

import { siteUrl } from '@/config/siteUrl'
import { poolOf, sqlForClient } from '@/db/sql'
import { subscriptionLinks } from '@/subscriptions/links'
import type { ClaimedDelivery } from '../ledger/claimDeliveries'
import { composeMail, type RunContext } from '../ledger/composeMail'
import { loadDigestCandidates } from '../digest/loadDigestCandidates'
import type { RenderedMail } from '@/mail/templates/types'

const WEEK_MS = 7 * 24 * 60 * 60 * 1000

/** A subscriber as the sender sees them, without claiming anything. */
async function readerOf(payload: Payload, subscriberId: number): Promise<ClaimedDelivery | null> {
  const rows = await poolOf(payload).query<ClaimedDelivery>(
    `SELECT 0 AS id, 0 AS run_id, 0 AS attempts, s.id AS subscriber_id, s.email, s.name, s.locale::text AS locale, s.status::text AS status,
            s.access_token_sealed, s.last_digest_at, s.confirmed_at,
            ARRAY(SELECT value::text FROM subscribers_content_types t WHERE t.parent_id = s.id) AS content_types,
            ARRAY(SELECT tp.slug FROM subscribers_rels r JOIN topics tp ON tp.id = r.topics_id WHERE r.parent_id = s.id AND r.path = 'topics') AS topic_slugs,
            ARRAY(SELECT c.slug FROM subscribers_rels r JOIN campaigns c ON c.id = r.campaigns_id WHERE r.parent_id = s.id AND r.path = 'campaigns') AS campaign_slugs
       FROM subscribers s WHERE s.id = $1`,
    [subscriberId],
  )
  return rows.rows[0] ?? null
}

export type Preview = { mail: RenderedMail; since: Date; empty: boolean } | { missing: true }

/**
 * The digest this subscriber would get if it went out now. When nothing is new since
 * their last one, the preview looks back a week instead (and says so), so an editor
 * still sees the layout with real items.
 */
export async function previewDigest(payload: Payload, subscriberId: number, kind: 'daily' | 'weekly' = 'daily', now = new Date()): Promise<Preview> {
  const reader = await readerOf(payload, subscriberId)
  if (!reader) return { missing: true }
  const sql = sqlForClient(poolOf(payload))
  const site = siteUrl()
  // Never the subscriber's real token: a preview or test mail must not be able to unsubscribe them.
  const links = subscriptionLinks(site, 'preview')
  const run: RunContext = {
    id: 0,
    kind,
    periodStart: null,
    periodEnd: now,
    change: null,
    candidates: await loadDigestCandidates(sql, new Date(now.getTime() - 5 * WEEK_MS)),
  }
  const first = await composeMail(sql, run, reader, links, site)
  if ('mail' in first) return { mail: first.mail, since: reader.last_digest_at ?? reader.confirmed_at ?? new Date(0), empty: false }
  const weekAgo = new Date(now.getTime() - WEEK_MS)
  const fallback = await composeMail(sql, run, { ...reader, last_digest_at: weekAgo, confirmed_at: weekAgo }, links, site)
  if ('mail' in fallback) return { mail: fallback.mail, since: weekAgo, empty: true }
  return { mail: { subject: '', text: '', html: '' }, since: weekAgo, empty: true }
}
