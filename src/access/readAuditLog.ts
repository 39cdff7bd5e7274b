import type { Access } from 'payload'

import { hasRole, isStaffMember } from './roles'

/**
 * Admins read the whole audit log. Other staff read the editorial history (workflow
 * actions and publications), which the workflow panel shows beside each item; role
 * changes and lockouts stay with admins.
 */
export const readAuditLog: Access = ({ req }) => {
  if (hasRole(req.user, 'admin')) return true
  if (isStaffMember(req.user)) return { event: { in: ['workflow', 'publish'] } }
  return false
}
