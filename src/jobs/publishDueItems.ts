import { commitTransaction, createLocalReq, initTransaction, killTransaction, type Payload, type PayloadRequest } from 'payload'

import { recordAudit } from '../audit/recordAudit'
import { sqlFor } from '@/db/sql'
import { liveTable } from '@/workflow/liveTable'
import { WORKFLOW_COLLECTIONS, type WorkflowCollection } from '@/content/contentCollections'
import { contentTitle } from '../workflow/contentFacts'
import { findUnconsentedMedia } from '../workflow/findUnconsentedMedia'
import { publicationData } from '../workflow/publicationData'
import { auditSummary } from '../i18n/messages/auditSummaries'

export type PublishRun = {
  published: Array<{ collection: WorkflowCollection; id: number }>
  stopped: Array<{ collection: WorkflowCollection; id: number; reason: string }>
}

/**
 * The scheduler's pass: publishes every scheduled item whose time (UTC) has come. The
 * safeguarding gate is checked again, since consent may have expired since scheduling;
 * an item that fails it goes back to `approved` with the reason in the audit log.
 * Each item is its own transaction, so one failure does not hold back the others.
 */
export async function publishDueItems(payload: Payload, now: Date = new Date()): Promise<PublishRun> {
  const run: PublishRun = { published: [], stopped: [] }
  for (const collection of WORKFLOW_COLLECTIONS) {
    const { docs } = await payload.find({
      collection,
      where: { and: [{ stage: { equals: 'scheduled' } }, { publishAt: { less_than_equal: now.toISOString() } }] },
      draft: true,
      depth: 0,
      limit: 100,
      overrideAccess: true,
    })
    for (const found of docs as unknown as Array<Record<string, unknown> & { id: number }>) {
      const req = await createLocalReq({ context: { workflow: 'publish' } }, payload)
      // Each item in its own transaction, its row locked first and its stage read again: of
      // two passes that found it at once (two workers, a pass and a kick), one publishes it
      // and the other finds it no longer scheduled.
      await initTransaction(req)
      const doc = await claimScheduled(req, collection, found.id)
      if (!doc) {
        await killTransaction(req)
        continue
      }
      try {
        const title = contentTitle(doc)
        const blocked = await findUnconsentedMedia({ req, collection, doc, at: now })
        if (blocked.length > 0) {
          const reason = blocked.map((media) => `${media.filename ?? media.id}: ${media.reason}`).join('; ')
          await payload.update({
            collection,
            id: doc.id,
            data: { stage: 'approved', publishAt: null } as never,
            draft: true,
            context: { workflow: 'unschedule' },
            overrideAccess: true,
            req,
          })
          await recordAudit({
            req,
            event: 'workflow',
            summary: auditSummary('scheduleStopped', { title, reason }),
            target: { collection, id: doc.id },
            details: { action: 'unschedule', from: 'scheduled', to: 'approved', reason },
            actorLabel: 'scheduler',
          })
          await commitTransaction(req)
          run.stopped.push({ collection, id: doc.id, reason })
          continue
        }
        try {
          const live = await payload.db.findOne<{ id: number; unpublishAt?: string | null; withdrawalReason?: string | null }>({
            collection,
            where: { id: { equals: doc.id } },
            req,
          })
          await payload.update({
            collection,
            id: doc.id,
            data: publicationData(live) as never,
            draft: false,
            context: { workflow: 'publish', majorChange: doc.majorChange === true },
            overrideAccess: true,
            req,
          })
        } catch (error) {
          await killTransaction(req)
          // One item that cannot go live (a code whose revision label was frozen since it was
          // scheduled, say) stays scheduled with the reason logged; the others still publish.
          const reason = (error as Error).message
          payload.logger.warn(`Scheduled publication of ${collection} #${doc.id} failed: ${reason}`)
          run.stopped.push({ collection, id: doc.id, reason })
          continue
        }
        await recordAudit({
          req,
          event: 'publish',
          summary: auditSummary('publishedAsScheduled', { title }),
          target: { collection, id: doc.id },
          details: { by: 'scheduler', publishAt: doc.publishAt },
          actorLabel: 'scheduler',
        })
        await commitTransaction(req)
        run.published.push({ collection, id: doc.id })
      } catch (error) {
        // Nothing half-done stays behind, nor a lock held.
        await killTransaction(req)
        throw error
      }
    }
  }
  return run
}

/** Locks the item's row for this transaction and reads its working copy; none when it is no longer scheduled. */
async function claimScheduled(req: PayloadRequest, collection: WorkflowCollection, id: number): Promise<(Record<string, unknown> & { id: number }) | null> {
  const sql = await sqlFor(req)
  await sql(`SELECT id FROM "${liveTable(req.payload, collection)}" WHERE id = $1 FOR UPDATE`, [id])
  const { docs } = await req.payload.find({
    collection,
    where: { id: { equals: id } },
    draft: true,
    depth: 0,
    limit: 1,
    pagination: false,
    overrideAccess: true,
    req,
  })
  const doc = docs[0] as unknown as (Record<string, unknown> & { id: number }) | undefined
  return doc && doc.stage === 'scheduled' ? doc : null
}
