import type { CollectionAfterReadHook } from 'payload'

import { isAgency } from '@/access/agencies'
import { recordAudit } from '@/audit/recordAudit'
import { auditSummary } from '@/i18n/messages/auditSummaries'

/**
 * A trusted agency reading an embargoed item through Payload's REST or GraphQL is logged
 * just as through the v1 API: agency, item and time.
 */
export const auditAgencyEmbargoedReads: CollectionAfterReadHook = async ({ doc, req, collection }) => {
  if (!isAgency(req.user) || !doc?.embargoUntil) return doc
  if (new Date(doc.embargoUntil).getTime() <= Date.now()) return doc
  await recordAudit({
    req,
    event: 'embargo_access',
    summary: auditSummary('agencyFetchedEmbargoed', {
      agency: String((req.user as { name?: string }).name ?? req.user.id),
      item: `${collection.slug} #${doc.id}`,
      until: { time: String(doc.embargoUntil) },
    }),
    target: { collection: collection.slug, id: doc.id },
    details: { agencyId: req.user.id, embargoedUntil: doc.embargoUntil, via: 'payload-api' },
  })
  return doc
}
