import type { Sql } from '../../delivery/db/sql'
import { claimTimeoutMs } from '../ledger/claimDeliveries'
import { JOURNALIST_NOTICE_PREFIX } from './journalistLedger'

export type ClaimedJournalistNotice = {
  id: number
  run_id: number
  journalist_id: number
  attempts: number
  email: string | null
  name: string | null
  language: 'vi' | 'en' | null
  status: string | null
}

/**
 * Claims due journalist notices as `claimDeliveries` claims subscriber rows: FOR UPDATE
 * SKIP LOCKED, so two workers never take the same one, and a row left `sending` by a
 * crash is taken again after the claim timeout.
 */
export async function claimJournalistNotices(sql: Sql, limit: number, runId?: number): Promise<ClaimedJournalistNotice[]> {
  return sql<ClaimedJournalistNotice>(
    `WITH due AS (
       SELECT id FROM payload_kv
        WHERE starts_with(key, $4)
          AND ($2::int IS NULL OR (data->>'runId')::int = $2)
          AND ((data->>'status' = 'pending' AND (data->>'nextAttemptAt')::timestamptz <= now())
               OR (data->>'status' = 'sending' AND (data->>'claimedAt')::timestamptz < now() - ($3::int * interval '1 millisecond')))
        ORDER BY id LIMIT $1 FOR UPDATE SKIP LOCKED),
     claimed AS (
       UPDATE payload_kv k SET data = k.data || jsonb_build_object('status', 'sending', 'claimedAt', now())
         FROM due WHERE k.id = due.id
       RETURNING k.id, (k.data->>'runId')::int AS run_id, (k.data->>'journalistId')::int AS journalist_id, coalesce((k.data->>'attempts')::int, 0) AS attempts)
     SELECT c.id, c.run_id, c.journalist_id, c.attempts, j.email, j.name, j.language::text AS language, j.status::text AS status
       FROM claimed c LEFT JOIN journalists j ON j.id = c.journalist_id
      ORDER BY c.id`,
    [limit, runId ?? null, claimTimeoutMs(), JOURNALIST_NOTICE_PREFIX],
  )
}
