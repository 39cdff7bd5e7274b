import type { Sql } from '@/db/sql'
import { signalWork } from '@/db/workSignal'

/**
 * The mail ledger's rows for accredited journalists. `deliveries` holds subscribers only
 * (its subscriber is required), and journalists are not subscribers, so their notices have
 * a table of their own, `journalist_notices` (a hand-written migration, outside Payload's
 * collections), with the same life as a delivery: pending → sending → sent | failed |
 * suppressed. Its unique (run, journalist) makes a row once per person and run, whoever
 * plans it and however often.
 */
export async function addJournalistRecipients(sql: Sql, runId: number, journalistIds: number[]): Promise<void> {
  if (journalistIds.length === 0) return
  await signalWork(sql, 'mail')
  await sql(
    `INSERT INTO journalist_notices (run_id, journalist_id, status, attempts, next_attempt_at)
     SELECT $1, id, 'pending', 0, now() FROM unnest($2::int[]) AS id
     ON CONFLICT (run_id, journalist_id) DO NOTHING`,
    [runId, journalistIds],
  )
}
