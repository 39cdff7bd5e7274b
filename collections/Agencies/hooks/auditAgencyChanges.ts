import type { CollectionAfterChangeHook } from 'payload'

import { recordAudit } from '@/audit/recordAudit'
import { auditSummary } from '@/i18n/messages/auditSummaries'

const WATCHED = ['active', 'trusted', 'enableAPIKey', 'webhookUrl'] as const

/**
 * Agency changes that widen or narrow access go in the audit log: creation, the active
 * and trusted flags, the key being enabled or revoked, and the webhook address. Keys and
 * secrets themselves are never recorded.
 */
export const auditAgencyChanges: CollectionAfterChangeHook = async ({ doc, previousDoc, operation, req }) => {
  const changed = WATCHED.filter((field) => operation === 'create' || doc[field] !== previousDoc?.[field])
  if (changed.length === 0) return doc
  const details: Record<string, unknown> = Object.fromEntries(changed.map((field) => [field, doc[field] ?? null]))
  await recordAudit({
    req,
    event: 'agency_change',
    summary: auditSummary(operation === 'create' ? 'agencyCreated' : 'agencyChanged', { name: String(doc.name), fields: Object.keys(details).join(', ') }),
    target: { collection: 'agencies', id: doc.id },
    details,
  })
  return doc
}
