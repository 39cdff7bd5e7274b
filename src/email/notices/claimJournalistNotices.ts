import type { Sql } from '@/db/sql'
import { claimTimeoutMs } from '../ledger/claimDeliveries'

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
       SELECT id FROM journalist_notices
        WHERE ($2::int IS NULL OR run_id = $2)
          AND ((status = 'pending' AND next_attempt_at <= now())
               OR (status = 'sending' AND claimed_at < now() - ($3::int * interval '1 millisecond')))
        ORDER BY id LIMIT $1 FOR UPDATE SKIP LOCKED),
     claimed AS (
       UPDATE journalist_notices n SET status = 'sending', claimed_at = now()
         FROM due WHERE n.id = due.id
       RETURNING n.id, n.run_id, n.journalist_id, n.attempts)
     SELECT c.id, c.run_id, c.journalist_id, c.attempts, j.email, j.name, j.language::text AS language, j.status::text AS status
       FROM claimed c LEFT JOIN journalists j ON j.id = c.journalist_id
      ORDER BY c.id`,
    [limit, runId ?? null, claimTimeoutMs()],
  )
}
