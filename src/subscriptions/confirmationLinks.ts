import type { Sql } from '@/db/sql'

/**
 * Every confirmation link sent to a subscriber, one row each in `subscription_confirmations`
 * (only the SHA-256 of its secret, as `tokens.ts` makes it). Any unexpired one confirms;
 * once one is used, all of them are forgotten.
 */
export type ConfirmationLink = { tokenHash: string; expiresAt: Date; createdAt: Date }

// Long enough after expiry that a late click is still told "expired, subscribe again".
const KEEP_EXPIRED_MS = 30 * 24 * 60 * 60 * 1000

export async function recordConfirmationLink(sql: Sql, link: { subscriberId: number; tokenHash: string; expiresAt: Date; now: Date }): Promise<void> {
  await sql('DELETE FROM subscription_confirmations WHERE subscriber_id = $1 AND expires_at < $2::timestamptz', [
    link.subscriberId,
    new Date(link.now.getTime() - KEEP_EXPIRED_MS).toISOString(),
  ])
  await sql('INSERT INTO subscription_confirmations (token_hash, subscriber_id, expires_at, created_at) VALUES ($1, $2, $3::timestamptz, $4::timestamptz)', [
    link.tokenHash,
    link.subscriberId,
    link.expiresAt.toISOString(),
    link.now.toISOString(),
  ])
}

export async function confirmationLinksOf(sql: Sql, subscriberId: number): Promise<ConfirmationLink[]> {
  const rows = await sql<{ token_hash: string; expires_at: string | Date; created_at: string | Date }>(
    'SELECT token_hash, expires_at, created_at FROM subscription_confirmations WHERE subscriber_id = $1',
    [subscriberId],
  )
  return rows.map((row) => ({ tokenHash: row.token_hash, expiresAt: new Date(row.expires_at), createdAt: new Date(row.created_at) }))
}

/** True when a link went to this subscriber after `since`. */
export async function linkSentSince(sql: Sql, subscriberId: number, since: Date): Promise<boolean> {
  const rows = await sql('SELECT 1 FROM subscription_confirmations WHERE subscriber_id = $1 AND created_at > $2::timestamptz LIMIT 1', [
    subscriberId,
    since.toISOString(),
  ])
  return rows.length > 0
}

/** Kills every link of the subscriber (one was used, or they unsubscribed). */
export async function forgetConfirmationLinks(sql: Sql, subscriberId: number): Promise<void> {
  await sql('DELETE FROM subscription_confirmations WHERE subscriber_id = $1', [subscriberId])
}

/** Kills one link: its mail could not be sent. */
export async function forgetConfirmationLink(sql: Sql, tokenHash: string): Promise<void> {
  await sql('DELETE FROM subscription_confirmations WHERE token_hash = $1', [tokenHash])
}
