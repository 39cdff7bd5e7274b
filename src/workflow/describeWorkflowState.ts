import type { PayloadRequest } from 'payload'

import { isStaffMember } from '../access/roles'
import type { WorkflowCollection } from './contentCollections'
import { authorIdsOf } from './contentFacts'
import { allowedActions } from './decideTransition'
import { isStage, type Stage } from './stages'

export type HistoryEntry = { at: string; who: string; action: string; from?: string; to?: string; comment?: string | null }
export type WorkflowState = { stage: Stage; allowedActions: string[]; publishAt: string | null; history: HistoryEntry[] }

/** What the workflow panel shows: the stage, this person's actions, and the history. */
export async function describeWorkflowState(req: PayloadRequest, collection: WorkflowCollection, id: number): Promise<WorkflowState | null> {
  if (!req.user || !isStaffMember(req.user)) return null
  const { docs } = await req.payload.find({ collection, where: { id: { equals: id } }, draft: true, depth: 0, limit: 1, req, user: req.user, overrideAccess: false })
  const doc = docs[0] as unknown as { stage?: string; publishAt?: string | null; authors?: Array<number | { id: number }> } | undefined
  if (!doc) return null
  const stage: Stage = isStage(doc.stage) ? doc.stage : 'draft'
  const authorIds = authorIdsOf(doc)
  const audit = await req.payload.find({
    collection: 'audit-log',
    where: { and: [{ targetCollection: { equals: collection } }, { targetId: { equals: String(id) } }] },
    sort: '-createdAt',
    limit: 50,
    depth: 0,
    req,
    user: req.user,
    overrideAccess: false,
  })
  const history = audit.docs.map((entry) => {
    const details = (entry.details ?? {}) as { action?: string; from?: string; to?: string; comment?: string | null }
    return {
      at: entry.createdAt,
      who: entry.actorEmail ?? entry.actorLabel ?? 'system',
      action: details.action ?? entry.event,
      from: details.from,
      to: details.to,
      comment: details.comment ?? null,
    }
  })
  return { stage, allowedActions: allowedActions(stage, { id: req.user.id, roles: (req.user as { roles?: string[] }).roles }, authorIds), publishAt: doc.publishAt ?? null, history }
}
