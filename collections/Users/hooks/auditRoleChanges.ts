import type { CollectionAfterChangeHook } from 'payload'

import { recordAudit } from '../../../src/audit/recordAudit'

const sorted = (roles: unknown) => [...((roles as string[] | null | undefined) ?? [])].sort()

/** Every grant or removal of a role goes into the audit log, with who did it. */
export const auditRoleChanges: CollectionAfterChangeHook = async ({ doc, previousDoc, operation, req }) => {
  const before = operation === 'create' ? [] : sorted(previousDoc?.roles)
  const after = sorted(doc.roles)
  if (before.join(',') === after.join(',')) return doc
  await recordAudit({
    req,
    event: 'role_change',
    summary: `Roles of ${doc.email}: ${before.join(', ') || '(none)'} → ${after.join(', ') || '(none)'}`,
    target: { collection: 'users', id: doc.id },
    details: { from: before, to: after, operation },
  })
  return doc
}
