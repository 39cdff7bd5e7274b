import type { CollectionAfterChangeHook } from 'payload'

import { recordAudit } from '@/audit/recordAudit'
import { COMMENT_STATUSES, DISPOSITIONS } from '@/consultation/comments/commentVocabulary'
import { auditSummary, optionInBothLanguages } from '@/i18n/messages/auditSummaries'

/** Moderation decisions and answers go to the audit log, with who took them. */
export const auditModeration: CollectionAfterChangeHook = async ({ doc, previousDoc, operation, req }) => {
  if (operation !== 'update') return doc
  const target = { collection: 'code-comments', id: doc.id }
  if (doc.status !== previousDoc?.status) {
    await recordAudit({
      req,
      event: 'comment_moderation',
      summary: auditSummary('commentStatus', {
        id: doc.id,
        from: optionInBothLanguages(COMMENT_STATUSES, previousDoc?.status ?? 'pending'),
        to: optionInBothLanguages(COMMENT_STATUSES, doc.status),
      }),
      target,
      details: { from: previousDoc?.status ?? null, to: doc.status, reason: doc.status === 'rejected' ? doc.rejectionReason : null },
    })
  }
  if (doc.answeredAt && doc.answeredAt !== previousDoc?.answeredAt) {
    await recordAudit({
      req,
      event: 'comment_answer',
      summary: auditSummary('commentAnswered', { id: doc.id, disposition: optionInBothLanguages(DISPOSITIONS, doc.disposition) }),
      target,
      details: { disposition: doc.disposition, linkedRevision: doc.linkedRevision ?? null },
    })
  }
  return doc
}
