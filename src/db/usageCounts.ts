import type { Pool } from 'pg'

import { NEWSROOM_TIMEZONE } from '@/config/timezones'

export type UsageKind = 'api_fetch' | 'bundle_download'

/**
 * Adds to the per-day usage counters (`usage_daily_counts`): one statement for any number of
 * subjects, days in Viet Nam time. The counters are figures for the programme's report, not a
 * ledger: a lost increment must never fail the request that caused it.
 */
export async function addUsageCounts(pool: Pool, kind: UsageKind, counts: ReadonlyArray<{ subjectId: number; at: Date; count: number }>): Promise<void> {
  if (counts.length === 0) return
  try {
    await pool.query(
      `INSERT INTO usage_daily_counts (kind, subject_id, day, count)
       SELECT $1, subject_id, (at AT TIME ZONE '${NEWSROOM_TIMEZONE}')::date, sum(count)::int
         FROM unnest($2::int[], $3::timestamptz[], $4::int[]) AS t(subject_id, at, count)
        GROUP BY 1, 2, 3
       ON CONFLICT (kind, subject_id, day) DO UPDATE SET count = usage_daily_counts.count + EXCLUDED.count`,
      [kind, counts.map((c) => c.subjectId), counts.map((c) => c.at.toISOString()), counts.map((c) => c.count)],
    )
  } catch {
    // Best effort, like the shared rate-limit count: the request already succeeded.
  }
}
