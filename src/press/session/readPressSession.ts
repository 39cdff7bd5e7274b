import type { Payload } from 'payload'

import type { JournalistPrincipal } from '@/access/journalists'
import { poolOf } from '@/db/sql'
import { hashSecret } from './hashSecret'
import { sessionTokenFrom } from './pressCookie'

/**
 * The accredited journalist signed in with this Cookie header, or null. A session ends
 * when it expires, when the journalist signs out, and at once when the accreditation is
 * refused or revoked (the status is read on every request).
 */
export async function readPressSession(payload: Payload, cookieHeader: string | null | undefined): Promise<JournalistPrincipal | null> {
  const token = sessionTokenFrom(cookieHeader)
  if (!token) return null
  const { rows } = await poolOf(payload).query<{ id: number; name: string; email: string; status: string }>(
    `SELECT j.id, j.name, j.email, j.status
       FROM press_sessions s JOIN journalists j ON j.id = s.journalist_id
      WHERE s.token_hash = $1 AND s.expires_at > now() AND j.status = 'accredited'`,
    [hashSecret(token)],
  )
  const row = rows[0]
  return row ? { collection: 'journalists', id: row.id, name: row.name, email: row.email, status: row.status } : null
}
