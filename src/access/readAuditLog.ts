import type { Access } from 'payload'

import { hasRole, isStaffMember } from './roles'

/**
 * Admins read the whole audit log. Other staff read the editorial history (workflow
 * actions and publications), which the workflow panel shows beside each item; role
 * changes and lockouts stay with admins. Press officers also read what concerns the
 * agencies they run: agency changes, embargoed fetches and webhook re-sends.
 */
export const readAuditLog: Access = ({ req }) => {
  if (hasRole(req.user, 'admin')) return true
  if (hasRole(req.user, 'press-officer')) return { event: { in: ['workflow', 'publish', 'agency_change', 'embargo_access', 'webhook_resend', 'mail_retry'] } }
  if (isStaffMember(req.user)) return { event: { in: ['workflow', 'publish'] } }
  return false
}
