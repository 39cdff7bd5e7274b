import type { Payload } from 'payload'

import { poolOf } from '@/db/sql'

/**
 * Where notices of new requests go: every user holding the press-officer role. Read by
 * the system (the request comes from no signed-in person, and users are staff-only).
 */
export async function pressOfficerAddresses(payload: Payload): Promise<string[]> {
  const { rows } = await poolOf(payload).query<{ email: string }>(
    `SELECT DISTINCT u.email FROM users u JOIN users_roles r ON r.parent_id = u.id WHERE r.value = 'press-officer' ORDER BY u.email`,
  )
  return rows.map((row) => row.email)
}
