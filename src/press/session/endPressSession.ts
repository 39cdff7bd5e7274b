import type { Payload } from 'payload'

import { poolOf } from '@/db/sql'
import { hashSecret } from './hashSecret'
import { sessionTokenFrom } from './pressCookie'

/** Signing out deletes the session's row, so the cookie is worthless even if a copy survives. */
export async function endPressSession(payload: Payload, cookieHeader: string | null | undefined): Promise<boolean> {
  const token = sessionTokenFrom(cookieHeader)
  if (!token) return false
  const { rowCount } = await poolOf(payload).query(`DELETE FROM press_sessions WHERE token_hash = $1`, [hashSecret(token)])
  return (rowCount ?? 0) > 0
}
