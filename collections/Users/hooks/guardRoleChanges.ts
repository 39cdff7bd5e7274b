import { APIError, type FieldHook } from 'payload'

import { hasRole, type Role } from '@/access/roles'
import { messagesIn } from '@/i18n/defineMessages'
import { langOfPayloadRequest } from '@/i18n/lang'
import { accountMessages } from '@/i18n/messages/accounts'

const sameRoles = (a: readonly string[], b: readonly string[]) => a.length === b.length && a.every((role) => b.includes(role))

/**
 * Roles decide what a person may publish, so changing them is an admin's job, and nobody
 * (an admin included) may change their own: that keeps a single account from granting
 * itself more power, and keeps the last admin from demoting themselves by mistake.
 *
 * It runs as a field `beforeValidate` hook, before field access silently drops the value,
 * so that a refused change answers 403 with a reason instead of appearing to succeed.
 * The very first account registered over HTTP becomes an admin.
 */
export const guardRoleChanges: FieldHook = async ({ value, originalDoc, operation, req }) => {
  // Only the first account registered over HTTP (the first-user screen or
  // `POST /api/users/first-register`) is forced to admin; seeds keep the roles they give.
  if (operation === 'create' && req.payloadAPI !== 'local') {
    // Nobody is signed in at first registration, so the count runs as the system.
    const { totalDocs } = await req.payload.count({ collection: 'users', req, overrideAccess: true })
    if (totalDocs === 0) return ['admin'] satisfies Role[]
  }
  const before: string[] = (originalDoc?.roles as string[] | undefined) ?? []
  if (value === undefined || sameRoles(before, (value as string[] | null) ?? [])) return value
  // Calls without a user are the system's own (seeds, jobs), which run with overrideAccess.
  if (!req.user) return value
  const words = messagesIn(accountMessages, langOfPayloadRequest(req))
  if (!hasRole(req.user, 'admin')) throw new APIError(words.rolesAdminOnly, 403, { code: 'role_not_allowed', field: 'roles' }, true)
  if (operation === 'update' && req.user.collection === 'users' && originalDoc?.id === req.user.id) {
    throw new APIError(words.ownRoles, 403, { code: 'role_not_allowed', field: 'roles' }, true)
  }
  return value
}
