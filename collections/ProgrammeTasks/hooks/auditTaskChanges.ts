import type { CollectionAfterChangeHook } from 'payload'

import { recordAudit } from '@/audit/recordAudit'
import { auditSummary } from '@/i18n/messages/auditSummaries'
import { changedTaskFields } from '@/programme/changedTaskFields'

/** Every change to a task (owners, milestones, progress, completion, the decision's data) is audited. */
export const auditTaskChanges: CollectionAfterChangeHook = async ({ doc, previousDoc, operation, req }) => {
  if (req.context.skipProgrammeAudit) return doc
  const changed = operation === 'create' ? ['created'] : changedTaskFields(previousDoc, doc)
  if (changed.length === 0) return doc
  await recordAudit({
    req,
    event: 'programme_change',
    summary: auditSummary(operation === 'create' ? 'taskCreated' : 'taskChanged', { number: Number(doc.number), fields: changed.join(', ') }),
    target: { collection: 'programme-tasks', id: doc.id },
    details: { fields: changed, year: typeof doc.year === 'object' && doc.year ? doc.year.id : doc.year },
  })
  return doc
}
