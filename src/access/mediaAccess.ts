import type { Access, Where } from 'payload'

import { hasRole, isStaffMember } from './roles'

/**
 * Safeguarding for the public: a file that depicts a child is public only while consent
 * is recorded and has not expired. Staff see every file.
 */
export function publicMediaWhere(now: Date): Where {
  return {
    or: [
      { depictsChild: { not_equals: true } },
      {
        and: [
          { consentRecorded: { equals: true } },
          { or: [{ consentExpiry: { exists: false } }, { consentExpiry: { greater_than: now.toISOString() } }] },
        ],
      },
    ],
  }
}

export const mediaAccess: { read: Access; create: Access; update: Access; delete: Access } = {
  read: ({ req }) => (isStaffMember(req.user) ? true : publicMediaWhere(new Date())),
  create: ({ req }) => hasRole(req.user, 'admin', 'editor', 'reviewer'),
  update: ({ req }) => hasRole(req.user, 'admin', 'editor', 'reviewer'),
  delete: ({ req }) => hasRole(req.user, 'admin', 'editor'),
}
