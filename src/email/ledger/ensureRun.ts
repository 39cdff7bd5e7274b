import type { Sql } from '@/db/sql'
import { signalWork } from '@/db/workSignal'
import { formatDate } from '@/i18n/formatDateTime'
import { refreshRunTotals } from './refreshRunTotals'

export type RunKind = 'daily' | 'weekly' | 'alert' | 'correction'

type RunSpec = { kind: RunKind; period: string; periodStart?: Date | null; periodEnd?: Date | null; changeId?: number | null }

/**
 * What a person recognises a run by: an item's headline for an alert or a notice (read from
 * the change it was planned for), the days it covers for a digest.
 */
function runHeadline(spec: RunSpec): string | null {
  if (spec.changeId || !spec.periodStart || !spec.periodEnd) return null
  // As the digest's own subject names it: its last day, or its first and last days.
  const last = formatDate(new Date(spec.periodEnd.getTime() - 1))
  return spec.kind === 'weekly' ? `${formatDate(spec.periodStart)} – ${last}` : last
}

/**
 * The run for a kind and period, created once: the unique (kind, period) index makes a
 * second worker, or a restarted one, find the existing run instead of starting another.
 */
export async function ensureRun(sql: Sql, spec: RunSpec): Promise<{ id: number; created: boolean }> {
  const inserted = await sql<{ id: number }>(
    `INSERT INTO digest_runs (kind, period, headline, status, period_start, period_end, change_id, expected, sent, failed, suppressed, started_at, updated_at, created_at)
     VALUES ($1, $2, COALESCE($6, (SELECT c.ninjs->'headlines'->0->>'value' FROM delivery_changes c WHERE c.id = $5)), 'sending', $3, $4, $5, 0, 0, 0, 0, now(), now(), now())
     ON CONFLICT (kind, period) DO NOTHING RETURNING id`,
    [spec.kind, spec.period, spec.periodStart?.toISOString() ?? null, spec.periodEnd?.toISOString() ?? null, spec.changeId ?? null, runHeadline(spec)],
  )
  if (inserted[0]) return { id: Number(inserted[0].id), created: true }
  const [existing] = await sql<{ id: number }>('SELECT id FROM digest_runs WHERE kind = $1 AND period = $2', [spec.kind, spec.period])
  return { id: Number(existing!.id), created: false }
}

/** Writes the ledger rows (one per subscriber, never two) and the run's totals; new rows wake the workers at commit. */
export async function addRecipients(sql: Sql, runId: number, subscriberIds: number[]): Promise<void> {
  if (subscriberIds.length > 0) {
    await signalWork(sql, 'mail')
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
