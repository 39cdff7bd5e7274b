import type { Sql } from '@/db/sql'

/**
 * When an "already subscribed" note last went to an active subscriber, kept in the shared
 * `request_counts` table (one row per note, swept with the counters after two days), so
 * that a repeated subscribe within a minute sends no second note on any app instance.
 */
const bucketOf = (subscriberId: number): string => `subscribed-note:${subscriberId}`

export async function noteSentSince(sql: Sql, subscriberId: number, since: Date): Promise<boolean> {
  const rows = await sql('SELECT 1 FROM request_counts WHERE bucket = $1 AND window_start > $2::timestamptz LIMIT 1', [
    bucketOf(subscriberId),
    since.toISOString(),
  ])
  return rows.length > 0
}

export async function recordNote(sql: Sql, subscriberId: number, at: Date): Promise<void> {
  await sql('INSERT INTO request_counts (bucket, window_start, count) VALUES ($1, $2::timestamptz, 1) ON CONFLICT DO NOTHING', [
    bucketOf(subscriberId),
    at.toISOString(),
  ])
}

/** The note could not be sent: the next subscribe may try again at once. */
export async function forgetNote(sql: Sql, subscriberId: number, at: Date): Promise<void> {
  await sql('DELETE FROM request_counts WHERE bucket = $1 AND window_start = $2::timestamptz', [bucketOf(subscriberId), at.toISOString()])
}
