import type { Pool } from 'pg'

import { addUsageCounts } from '@/db/usageCounts'

type Window = { start: number; local: number; shared: number }

const WINDOW_MS = 60_000
const FLUSH_MS = 1_000

/**
 * Requests per agency per minute, shared by every app instance through PostgreSQL
 * without a write per request: each instance counts locally and, once a second, adds
 * its counts to `agency_request_counts` and reads back the total of all instances. A
 * request is refused when that total plus what this instance has not flushed yet
 * reaches the limit. Instances can overshoot by what they serve within one second.
 * The same flush adds the requests to the agency's daily fetch count for the programme
 * dashboard, so counting costs no write per request either.
 */
export class AgencyRateLimiter {
  private readonly windows = new Map<number, Window>()
  private flushing: Promise<void> | null = null
  private timer: NodeJS.Timeout | null = null

  constructor(private readonly pool: Pool) {}

  /** Counts one request; returns the seconds to wait when the limit is already reached. */
  take(agencyId: number, limitPerMinute: number, now = Date.now()): { ok: true } | { ok: false; retryAfterSeconds: number } {
    const start = now - (now % WINDOW_MS)
    let window = this.windows.get(agencyId)
    if (!window || window.start !== start) {
      window = { start, local: 0, shared: 0 }
      this.windows.set(agencyId, window)
    }
    if (window.shared + window.local >= limitPerMinute) {
      return { ok: false, retryAfterSeconds: Math.max(1, Math.ceil((start + WINDOW_MS - now) / 1000)) }
    }
    window.local += 1
    this.scheduleFlush()
    return { ok: true }
  }

  private scheduleFlush() {
    if (this.timer) return
    this.timer = setTimeout(() => {
      this.timer = null
      this.flushing ??= this.flush().finally(() => {
        this.flushing = null
      })
    }, FLUSH_MS)
    this.timer.unref()
  }

  /** Adds this instance's unflushed counts to the shared table and reads back the totals. */
  async flush(): Promise<void> {
    const pending = [...this.windows.entries()].filter(([, window]) => window.local > 0)
    if (pending.length === 0) return
    const counts = pending.map(([agencyId, window]) => ({ agencyId, start: window.start, count: window.local }))
    for (const [, window] of pending) window.local = 0
    try {
      const { rows } = await this.pool.query<{ agency_id: number; window_start: Date; count: number }>(
        `INSERT INTO agency_request_counts (agency_id, window_start, count)
         SELECT * FROM unnest($1::int[], $2::timestamptz[], $3::int[])
         ON CONFLICT (agency_id, window_start) DO UPDATE SET count = agency_request_counts.count + EXCLUDED.count
         RETURNING agency_id, window_start, count`,
        [counts.map((c) => c.agencyId), counts.map((c) => new Date(c.start).toISOString()), counts.map((c) => c.count)],
      )
      for (const row of rows) {
        const window = this.windows.get(row.agency_id)
        if (window && window.start === row.window_start.getTime()) window.shared = row.count
      }
      await addUsageCounts(
        this.pool,
        'api_fetch',
        counts.map((c) => ({ subjectId: c.agencyId, at: new Date(c.start), count: c.count })),
      )
      if (Math.random() < 0.01) await this.pool.query("DELETE FROM agency_request_counts WHERE window_start < now() - interval '1 hour'")
    } catch {
      // The shared count is best effort: if the database is busy, keep limiting locally.
      for (const count of counts) {
        const window = this.windows.get(count.agencyId)
        if (window && window.start === count.start) window.shared += count.count
      }
    }
  }
}
