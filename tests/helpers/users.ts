import { sql } from '@payloadcms/db-postgres'
import type { Payload } from 'payload'

import type { Role } from '@/access/roles'

let counter = 0

/** A staff account made directly in the database, with a unique address per call. */
export async function makeStaff(payload: Payload, roles: Role[], password = 'correct-horse-battery-9') {
  counter += 1
  const email = `${roles.join('-') || 'none'}-${counter}-${Date.now()}@staff.test`
  const user = await payload.create({ collection: 'users', data: { email, password, roles, name: `Test ${roles.join(' ')}` }, overrideAccess: true })
  return { ...user, email, password }
}

/** Empties the users tables, so that a test sees the app as a fresh install does. */
export async function removeAllUsers(payload: Payload) {
  const db = payload.db as unknown as { drizzle: { execute: (query: unknown) => Promise<unknown> } }
  await db.drizzle.execute(sql`truncate table users restart identity cascade`)
}
