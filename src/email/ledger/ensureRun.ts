import type { Sql } from '../../delivery/db/sql'
import { refreshRunTotals } from './refreshRunTotals'

export type RunKind = 'daily' | 'weekly' | 'alert' | 'correction'

type RunSpec = { kind: RunKind; period: string; periodStart?: Date | null; periodEnd?: Date | null; changeId?: number | null }

/**
 * The run for a kind and period, created once: the unique (kind, period) index makes a
 * second worker, or a restarted one, find the existing run instead of starting another.
 */
export async function ensureRun(sql: Sql, spec: RunSpec): Promise<{ id: number; created: boolean }> {
  const inserted = await sql<{ id: number }>(
    `INSERT INTO digest_runs (kind, period, status, period_start, period_end, change_id, expected, sent, failed, suppressed, started_at, updated_at, created_at)
     VALUES ($1, $2, 'sending', $3, $4, $5, 0, 0, 0, 0, now(), now(), now())
     ON CONFLICT (kind, period) DO NOTHING RETURNING id`,
    [spec.kind, spec.period, spec.periodStart?.toISOString() ?? null, spec.periodEnd?.toISOString() ?? null, spec.changeId ?? null],
  )
  if (inserted[0]) return { id: Number(inserted[0].id), created: true }
  const [existing] = await sql<{ id: number }>('SELECT id FROM digest_runs WHERE kind = $1 AND period = $2', [spec.kind, spec.period])
  return { id: Number(existing!.id), created: false }
}

/** Writes the ledger rows (one per subscriber, never two) and the run's totals. */
export async function addRecipients(sql: Sql, runId: number, subscriberIds: number[]): Promise<void> {
  if (subscriberIds.length > 0) {
    await sql(
      `INSERT INTO deliveries (run_id, subscriber_id, status, attempts, next_attempt_at, updated_at, created_at)
       SELECT $1, id, 'pending', 0, now(), now(), now() FROM unnest($2::int[]) AS id
       ON CONFLICT (run_id, subscriber_id) DO NOTHING`,
      [runId, subscriberIds],
    )
  }
  // Recounting also completes a run nobody is due to receive.
  await refreshRunTotals(sql, runId)
}
