import type { CollectionAfterChangeHook } from 'payload'

import { ROLE_LABELS, type Role } from '@/access/roles'
import { recordAudit } from '@/audit/recordAudit'
import { auditSummary, auditSummaryMessages, type BothLanguages } from '@/i18n/messages/auditSummaries'

const sorted = (roles: unknown) => [...((roles as string[] | null | undefined) ?? [])].sort()

/** A list of roles by name in both languages; "(none)" for an empty one. */
const roleNames = (roles: string[]): BothLanguages => {
  const named = (lang: 'vi' | 'en') => roles.map((role) => ROLE_LABELS[role as Role]?.[lang] ?? role).join(', ') || auditSummaryMessages[lang].none
  return { vi: named('vi'), en: named('en') }
}

/** Every grant or removal of a role goes into the audit log, with who did it. */
export const auditRoleChanges: CollectionAfterChangeHook = async ({ doc, previousDoc, operation, req }) => {
  const before = operation === 'create' ? [] : sorted(previousDoc?.roles)
  const after = sorted(doc.roles)
  if (before.join(',') === after.join(',')) return doc
  await recordAudit({
    req,
    event: 'role_change',
    summary: auditSummary('rolesChanged', { email: String(doc.email), before: roleNames(before), after: roleNames(after) }),
    target: { collection: 'users', id: doc.id },
    details: { from: before, to: after, operation },
  })
  return doc
}
