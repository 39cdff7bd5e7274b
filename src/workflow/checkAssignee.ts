import type { PayloadRequest } from 'payload'

import { hasRole } from '../access/roles'

/**
 * Whether this person may be asked to review the working copy: a reviewer (or admin)
 * who did not write it, since they could not approve it otherwise. `null` unassigns,
 * which only `assign` may do. Returns the problem, or null when the choice is fine.
 */
export async function checkAssignee(req: PayloadRequest, value: unknown, authorIds: number[], mayUnassign: boolean): Promise<string | null> {
  if (value === null) return mayUnassign ? null : 'assignee must be a reviewer\'s user id.'
  const id = typeof value === 'number' ? value : typeof value === 'string' && /^\d{1,10}$/.test(value) ? Number(value) : NaN
  if (!Number.isInteger(id) || id < 1 || id > 2147483647) return 'assignee must be a reviewer\'s user id (a whole number).'
  const { docs } = await req.payload.find({ collection: 'users', where: { id: { equals: id } }, depth: 0, limit: 1, req, user: req.user, overrideAccess: false })
  const user = docs[0]
  if (!user) return `No user with id ${id}.`
  if (!hasRole(user as never, 'reviewer', 'admin')) return `User ${id} is not a reviewer.`
  if (authorIds.includes(id)) return `User ${id} wrote this working copy, so cannot review it (four eyes).`
  return null
}
