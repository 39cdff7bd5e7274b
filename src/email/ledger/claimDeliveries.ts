import type { Sql } from '@/db/sql'

export type ClaimedDelivery = {
  id: number
  run_id: number
  attempts: number
  subscriber_id: number
  email: string
  name: string | null
  locale: 'vi' | 'en'
  status: string
  access_token_sealed: string | null
  last_digest_at: Date | null
  confirmed_at: Date | null
  content_types: string[]
  topic_slugs: string[]
  campaign_slugs: string[]
}

/** A row left in `sending` this long was interrupted (a crash) and may be taken again. */
export const claimTimeoutMs = (env: NodeJS.ProcessEnv = process.env): number => Number(env.MAIL_CLAIM_TIMEOUT_MS || 120_000)

/**
 * Claims up to `limit` due ledger rows for this worker (FOR UPDATE SKIP LOCKED): two
 * workers never take the same row. Claiming no more than the transport's pool size at a
 * time bounds what a crash can leave in flight, and so what may be sent twice.
 */
export async function claimDeliveries(sql: Sql, limit: number, runId?: number): Promise<ClaimedDelivery[]> {
  return sql<ClaimedDelivery>(
    `WITH due AS (
       SELECT id FROM deliveries
        WHERE ($2::int IS NULL OR run_id = $2)
          AND ((status = 'pending' AND next_attempt_at <= now())
               OR (status = 'sending' AND claimed_at < now() - ($3::int * interval '1 millisecond')))
        ORDER BY id LIMIT $1 FOR UPDATE SKIP LOCKED)
     UPDATE deliveries d SET status = 'sending', claimed_at = now(), updated_at = now()
       FROM due, subscribers s
      WHERE d.id = due.id AND s.id = d.subscriber_id
      RETURNING d.id, d.run_id, d.attempts::int AS attempts, s.id AS subscriber_id, s.email, s.name, s.locale::text AS locale, s.status::text AS status,
                s.access_token_sealed, s.last_digest_at, s.confirmed_at,
                ARRAY(SELECT value::text FROM subscribers_content_types t WHERE t.parent_id = s.id) AS content_types,
                ARRAY(SELECT tp.slug FROM subscribers_rels r JOIN topics tp ON tp.id = r.topics_id WHERE r.parent_id = s.id AND r.path = 'topics') AS topic_slugs,
                ARRAY(SELECT c.slug FROM subscribers_rels r JOIN campaigns c ON c.id = r.campaigns_id WHERE r.parent_id = s.id AND r.path = 'campaigns') AS campaign_slugs`,
    [limit, runId ?? null, claimTimeoutMs()],
  )
}
