import type { Access, Where } from 'payload'

import { isAdmin } from './isAdmin'
import { isStaff } from './isStaff'
import { isStaffMember } from './roles'

/** Nobody over HTTP or GraphQL; Payload itself and the app's code use the Local API. */
export const nobody: Access = () => false

/**
 * Document locks: any member of staff, since the admin shows who holds a lock and lets
 * another editor take it over. Agencies and the public never.
 */
export const lockAccess = { read: isStaff, create: isStaff, update: isStaff, delete: isStaff } as const

/** A staff member's own preferences (columns, list sizes, open groups), nobody else's. */
export const ownPreferences: Access = ({ req }) => {
  if (!isStaffMember(req.user as Parameters<typeof isStaffMember>[0])) return false
  const mine: Where[] = [{ 'user.value': { equals: req.user!.id } }, { 'user.relationTo': { equals: 'users' } }]
  return { and: mine }
}

export const preferenceAccess = { read: ownPreferences, create: isStaff, update: ownPreferences, delete: ownPreferences } as const

/** Applied migrations: never served. */
export const migrationAccess = { read: nobody, create: nobody, update: nobody, delete: nobody } as const

/** The scheduler's bookkeeping: admins may look, nobody writes (the scheduler writes directly). */
export const jobStatsAccess = { read: isAdmin, update: nobody, readVersions: nobody, readDrafts: nobody } as const
