import { createLocalReq, type Payload } from 'payload'

import { recordAudit } from '../audit/recordAudit'
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
    for (const doc of docs as unknown as Array<Record<string, unknown> & { id: number }>) {
      const req = await createLocalReq({ context: { workflow: 'publish' } }, payload)
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
        })
        await recordAudit({
          req,
          event: 'workflow',
          summary: auditSummary('scheduleStopped', { title, reason }),
          target: { collection, id: doc.id },
          details: { action: 'unschedule', from: 'scheduled', to: 'approved', reason },
          actorLabel: 'scheduler',
        })
        run.stopped.push({ collection, id: doc.id, reason })
        continue
      }
      try {
        const live = await payload.db.findOne<{ id: number; unpublishAt?: string | null; withdrawalReason?: string | null }>({
          collection,
          where: { id: { equals: doc.id } },
        })
        await payload.update({
          collection,
          id: doc.id,
          data: publicationData(live) as never,
          draft: false,
          context: { workflow: 'publish', majorChange: doc.majorChange === true },
          overrideAccess: true,
        })
      } catch (error) {
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
      run.published.push({ collection, id: doc.id })
    }
  }
  return run
}
