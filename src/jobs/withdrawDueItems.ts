import { commitTransaction, createLocalReq, initTransaction, killTransaction, type Payload } from 'payload'

import { recordAudit } from '../audit/recordAudit'
import { WORKFLOW_COLLECTIONS, type WorkflowCollection } from '@/content/contentCollections'
import { contentTitle } from '../workflow/contentFacts'
import { withdrawLiveVersion } from '../workflow/withdrawLiveVersion'
import { auditSummary, inBothLanguages } from '../i18n/messages/auditSummaries'
import { workflowMessages } from '../i18n/messages/workflow'

/**
 * The scheduler's other pass: takes down every live version whose scheduled withdrawal
 * (`unpublishAt`) has come, with the reason given when it was scheduled. Each item is its
 * own transaction; the working copy is left as it is.
 */
export async function withdrawDueItems(payload: Payload, now: Date = new Date()): Promise<Array<{ collection: WorkflowCollection; id: number }>> {
  const withdrawn: Array<{ collection: WorkflowCollection; id: number }> = []
  for (const collection of WORKFLOW_COLLECTIONS) {
    const { docs } = await payload.find({
      collection,
      where: { and: [{ _status: { equals: 'published' } }, { unpublishAt: { less_than_equal: now.toISOString() } }] },
      draft: false,
      depth: 0,
      limit: 100,
      overrideAccess: true,
    })
    for (const doc of docs as unknown as Array<Record<string, unknown> & { id: number }>) {
      const req = await createLocalReq({ context: { workflow: 'withdraw' } }, payload)
      const shouldCommit = await initTransaction(req)
      try {
        const reason = String(doc.withdrawalReason ?? '').trim() || 'Đã hết thời hạn đăng / Scheduled withdrawal'
        await withdrawLiveVersion({ req, collection, id: doc.id, reason, at: now })
        await recordAudit({
          req,
          event: 'workflow',
          summary: auditSummary('withdrawnAsScheduled', {
            action: inBothLanguages(workflowMessages, (words) => words.action.withdraw),
            title: contentTitle(doc),
          }),
          target: { collection, id: doc.id },
          details: { action: 'withdraw', from: { live: 'published' }, to: { live: 'withdrawn' }, comment: reason, unpublishAt: doc.unpublishAt },
          actorLabel: 'scheduler',
        })
        if (shouldCommit) await commitTransaction(req)
        withdrawn.push({ collection, id: doc.id })
      } catch (error) {
        if (shouldCommit) await killTransaction(req)
        payload.logger.warn(`Scheduled withdrawal of ${collection} #${doc.id} failed: ${(error as Error).message}`)
      }
    }
  }
  return withdrawn
}
