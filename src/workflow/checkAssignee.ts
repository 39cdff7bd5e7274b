import type { PayloadRequest } from 'payload'

import { hasRole } from '../access/roles'
import { messagesIn } from '../i18n/defineMessages'
import { langOfPayloadRequest } from '../i18n/lang'
import { workflowMessages } from '../i18n/messages/workflow'

/**
 * Whether this person may be asked to review the working copy: a reviewer (or admin)
 * who did not write it, since they could not approve it otherwise. `null` unassigns,
 * which only `assign` may do. Returns the problem, or null when the choice is fine.
 */
export async function checkAssignee(req: PayloadRequest, value: unknown, authorIds: number[], mayUnassign: boolean): Promise<string | null> {
  const words = messagesIn(workflowMessages, langOfPayloadRequest(req))
  if (value === null) return mayUnassign ? null : words.assigneeNotId
  const id = typeof value === 'number' ? value : typeof value === 'string' && /^\d{1,10}$/.test(value) ? Number(value) : NaN
  if (!Number.isInteger(id) || id < 1 || id > 2147483647) return words.assigneeNotId
  const { docs } = await req.payload.find({
    collection: 'users',
    where: { id: { equals: id } },
    depth: 0,
    limit: 1,
    req,
    user: req.user,
    overrideAccess: false,
  })
  const user = docs[0]
  if (!user) return words.assigneeUnknown(id)
  if (!hasRole(user as never, 'reviewer', 'admin')) return words.assigneeNotReviewer(id)
  if (authorIds.includes(id)) return words.assigneeIsAuthor(id)
  return null
}
