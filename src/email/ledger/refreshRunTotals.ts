import type { Sql } from '@/db/sql'

/**
 * Recounts a run from its ledger rows (subscribers' deliveries and, for a notice,
 * journalists' rows) and completes it when nothing is left to send, so a completed run
 * always satisfies expected = sent + failed + suppressed.
 */
export async function refreshRunTotals(sql: Sql, runId: number): Promise<void> {
  await sql(
    `WITH ledger AS (
       SELECT status::text AS status FROM deliveries WHERE run_id = $1
       UNION ALL
       SELECT status FROM journalist_notices WHERE run_id = $1),
     totals AS (
       SELECT count(*) AS expected,
              count(*) FILTER (WHERE status = 'sent') AS sent,
              count(*) FILTER (WHERE status = 'failed') AS failed,
              count(*) FILTER (WHERE status = 'suppressed') AS suppressed,
              count(*) FILTER (WHERE status IN ('pending', 'sending')) AS open
         FROM ledger)
     UPDATE digest_runs r SET expected = t.expected, sent = t.sent, failed = t.failed, suppressed = t.suppressed,
            status = CASE WHEN t.open = 0 THEN 'completed'::enum_digest_runs_status ELSE 'sending'::enum_digest_runs_status END,
            finished_at = CASE WHEN t.open = 0 THEN coalesce(r.finished_at, now()) ELSE NULL END,
            updated_at = now()
       FROM totals t WHERE r.id = $1`,
    [runId],
  )
}
