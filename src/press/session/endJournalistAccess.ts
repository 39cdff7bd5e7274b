import type { Sql } from '@/db/sql'

/**
 * Ends everything that lets a journalist in: their sessions, and the sign-in links they
 * have not used yet. Used links stay, as the record of past sign-ins. Runs on the caller's
 * SQL so it commits with the decision that caused it.
 */
export async function endJournalistAccess(sql: Sql, journalistId: number): Promise<void> {
  await sql(`DELETE FROM press_sessions WHERE journalist_id = $1`, [journalistId])
  await sql(`DELETE FROM press_sign_in_tokens WHERE journalist_id = $1 AND used_at IS NULL`, [journalistId])
}
