import type { Payload } from 'payload'

import { inTransaction } from '@/db/sql'
import { hashSecret, newSecret } from './hashSecret'
import { PRESS_SESSION_HOURS } from './pressCookie'
import { looksLikeToken, signInTokenState, type UnusableToken } from './signInTokenState'

export type SignInResult = { ok: true; sessionToken: string; journalistId: number } | { ok: false; reason: UnusableToken | 'not_accredited' }

/**
 * Spends a sign-in token and opens a session, in one transaction:
 * - the token is claimed by one UPDATE that only matches an unused, unexpired token, so two
 *   posts of the same link (a double click, two tabs) open one session between them;
 * - the journalist's row is read FOR SHARE, so a revocation saved at the same moment either
 *   comes first (and this sign-in is refused) or waits and then deletes the new session;
 * - the session row stores only the hash of the cookie's token.
 * `now` decides the link's 15 minutes; the session's hours run on the database clock, which
 * is the one readPressSession checks them against.
 */
export async function startPressSession(payload: Payload, token: string | null | undefined, now: Date = new Date()): Promise<SignInResult> {
  if (!looksLikeToken(token)) return { ok: false, reason: 'unknown' }
  const result = await inTransaction(payload, async (sql): Promise<SignInResult> => {
    const [claimed] = await sql<{ journalist_id: number }>(
      `UPDATE press_sign_in_tokens SET used_at = $2 WHERE token_hash = $1 AND used_at IS NULL AND expires_at > $2 RETURNING journalist_id`,
      [hashSecret(token), now.toISOString()],
    )
    if (!claimed) return { ok: false, reason: 'unknown' }
    const [journalist] = await sql<{ status: string }>(`SELECT status FROM journalists WHERE id = $1 FOR SHARE`, [claimed.journalist_id])
    if (journalist?.status !== 'accredited') return { ok: false, reason: 'not_accredited' }
    const sessionToken = newSecret()
    await sql(`INSERT INTO press_sessions (token_hash, journalist_id, expires_at) VALUES ($1, $2, now() + make_interval(hours => $3))`, [
      hashSecret(sessionToken),
      claimed.journalist_id,
      PRESS_SESSION_HOURS,
    ])
    await sql(`UPDATE journalists SET last_sign_in_at = $2 WHERE id = $1`, [claimed.journalist_id, now.toISOString()])
    return { ok: true, sessionToken, journalistId: claimed.journalist_id }
  })
  if (result.ok || result.reason !== 'unknown') return result
  // The claim matched nothing: say whether the link was used, expired or never ours.
  const state = await signInTokenState(payload, token, now)
  return { ok: false, reason: state.usable ? 'unknown' : state.reason }
}
