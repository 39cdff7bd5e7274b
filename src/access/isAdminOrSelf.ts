import type { Access } from 'payload'

import { hasRole } from './roles'

/** Admins reach every account; a member of staff only their own (never an agency with the same id). */
export const isAdminOrSelf: Access = ({ req }) => {
  if (!req.user || req.user.collection !== 'users') return false
  if (hasRole(req.user, 'admin')) return true
  return { id: { equals: req.user.id } }
}
