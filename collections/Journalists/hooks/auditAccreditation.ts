import type { CollectionAfterChangeHook } from 'payload'

import type { Journalist } from '../../../payload-types'
import { recordAudit } from '@/audit/recordAudit'
import { auditSummary, auditSummaryMessages, inBothLanguages, optionInBothLanguages } from '@/i18n/messages/auditSummaries'
import { JOURNALIST_STATUSES } from '@/press/journalistStatuses'

/** Requests and decisions go to the audit log, with who decided (copied by value) and why. */
export const auditAccreditation: CollectionAfterChangeHook<Journalist> = async ({ doc, previousDoc, operation, req }) => {
  const previous = operation === 'update' ? previousDoc?.status : undefined
  if (operation === 'update' && doc.status === previous) return doc
  const who = `${doc.name} (${doc.outlet}, ${doc.email})`
  await recordAudit({
    req,
    event: 'accreditation',
    summary:
      operation === 'create' && doc.status === 'pending'
        ? auditSummary('accreditationRequested', { who })
        : auditSummary('accreditationChanged', {
            from: previous ? optionInBothLanguages(JOURNALIST_STATUSES, previous) : inBothLanguages(auditSummaryMessages, (words) => words.newEntry),
            to: optionInBothLanguages(JOURNALIST_STATUSES, doc.status),
            who,
          }),
    target: { collection: 'journalists', id: doc.id },
    details: {
      from: previous ?? null,
      to: doc.status,
      email: doc.email,
      outlet: doc.outlet,
      pressCardNumber: doc.pressCardNumber,
      note: doc.decisionNote ?? null,
    },
    ...(req.context?.acceptingAccreditationRequest === true ? { actorLabel: 'press room form' } : {}),
  })
  return doc
}
