import type { Payload } from 'payload'

import { poolOf } from '@/db/sql'

/**
 * Counts one request in a fixed window shared by every app instance (the
 * `request_counts` table) and says whether it is within the limit. Buckets are
 * hashed-free strings such as `subscribe-ip:203.0.113.5`; old windows are swept now and then.
 */
export async function countRequest(
  payload: Payload,
  bucket: string,
  limit: number,
  windowSeconds: number,
  now = Date.now(),
): Promise<{ ok: true } | { ok: false; retryAfterSeconds: number }> {
  const windowMs = windowSeconds * 1000
  const start = now - (now % windowMs)
  const pool = poolOf(payload)
  const { rows } = await pool.query<{ count: number }>(
    `INSERT INTO request_counts (bucket, window_start, count) VALUES ($1, $2, 1)
     ON CONFLICT (bucket, window_start) DO UPDATE SET count = request_counts.count + 1 RETURNING count`,
    [bucket.slice(0, 300), new Date(start).toISOString()],
  )
  if (Math.random() < 0.01) await pool.query("DELETE FROM request_counts WHERE window_start < now() - interval '2 days'")
  if (Number(rows[0]?.count ?? 0) <= limit) return { ok: true }
  return { ok: false, retryAfterSeconds: Math.max(1, Math.ceil((start + windowMs - now) / 1000)) }
}
