import type { Payload } from 'payload'

import { poolOf } from '@/db/sql'
import { hashSecret } from './hashSecret'

export type UnusableToken = 'unknown' | 'used' | 'expired'
export type TokenState = { usable: true; email: string } | { usable: false; reason: UnusableToken }

// newSecret() makes 43 URL-safe characters; anything else cannot be ours and is not looked up.
const TOKEN = /^[A-Za-z0-9_-]{32,100}$/

export const looksLikeToken = (token: string | null | undefined): token is string => typeof token === 'string' && TOKEN.test(token)

/**
 * Where a sign-in token stands, read without changing anything: the verify page's GET uses
 * it (mail scanners and browsers repeat GETs), and a refused POST uses it to say why.
 */
export async function signInTokenState(payload: Payload, token: string | null | undefined, now: Date = new Date()): Promise<TokenState> {
  if (!looksLikeToken(token)) return { usable: false, reason: 'unknown' }
  const { rows } = await poolOf(payload).query<{ used_at: Date | null; expires_at: Date; email: string }>(
    `SELECT t.used_at, t.expires_at, j.email FROM press_sign_in_tokens t JOIN journalists j ON j.id = t.journalist_id WHERE t.token_hash = $1`,
    [hashSecret(token)],
  )
  const row = rows[0]
  if (!row) return { usable: false, reason: 'unknown' }
  if (row.used_at) return { usable: false, reason: 'used' }
  if (new Date(row.expires_at).getTime() <= now.getTime()) return { usable: false, reason: 'expired' }
  return { usable: true, email: row.email }
}
