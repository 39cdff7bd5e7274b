import type { Sql } from '@/db/sql'

/**
 * Puts a run's failed journalist notices back in the queue with fresh attempts, as the
 * admin's retry does for subscribers' deliveries. Sent ones are never touched, so nobody
 * gets a second copy. Returns how many were queued again; the caller recounts the run.
 */
export async function retryFailedJournalistNotices(sql: Sql, runId: number): Promise<number> {
  const retried = await sql<{ id: number }>(
    `UPDATE journalist_notices SET status = 'pending', attempts = 0, next_attempt_at = now(), claimed_at = NULL, last_error = NULL
      WHERE run_id = $1 AND status = 'failed' RETURNING id`,
    [runId],
  )
  return retried.length
}
