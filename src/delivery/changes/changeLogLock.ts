import type { Sql } from '@/db/sql'

const CHANGE_LOG_LOCK = 7_419_203

/**
 * Appends to the change log are serialised by a transaction-scoped advisory lock, so row
 * ids become visible in the order they were given out. Without it, a reader could see
 * row 11 committed while row 10 was still in flight, move its cursor past 10, and miss it.
 */
export async function lockChangeLog(sql: Sql): Promise<void> {
  await sql('SELECT pg_advisory_xact_lock($1)', [CHANGE_LOG_LOCK])
}
