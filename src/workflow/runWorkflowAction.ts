import type { PayloadRequest } from 'payload'

import { recordAudit } from '../audit/recordAudit'
import { isStaffMember } from '../access/roles'
import type { WorkflowCollection } from './contentCollections'
import { authorIdsOf, contentTitle } from './contentFacts'
import { allowedActions, decideTransition } from './decideTransition'
import { findFrozenRevisionClash } from '../consultation/revisions/findFrozenRevisionClash'
import { findUnconsentedMedia, type UnconsentedMedia } from './findUnconsentedMedia'
import { notifyWorkflowParticipants } from './notifyWorkflowParticipants'
import { isStage, type Stage } from './stages'

export type WorkflowOutcome =
  | { ok: true; stage: Stage; allowedActions: string[]; publishAt?: string }
  | { ok: false; status: number; code: string; message: string; field?: string; allowed?: string[]; media?: UnconsentedMedia[] }

type Args = { req: PayloadRequest; collection: WorkflowCollection; id: number; body: Record<string, unknown>; now?: Date }


/**
 * One workflow action on one item, for the signed-in staff member: decide it with the
 * pure state machine, check the safeguarding gate, save the new stage (publishing only
 * here or in the scheduler), record it in the audit log and tell the next people in line.
 */
export async function runWorkflowAction({ req, collection, id, body, now = new Date() }: Args): Promise<WorkflowOutcome> {
  if (!req.user || !isStaffMember(req.user)) {
    return { ok: false, status: req.user ? 403 : 401, code: 'not_staff', message: 'Sign in as newsroom staff to use the workflow.' }
  }
  const found = await req.payload.find({
    collection,
    where: { id: { equals: id } },
    draft: true,
    depth: 0,
    limit: 1,
    req,
    user: req.user,
    overrideAccess: false,
  })
  const doc = found.docs[0] as Record<string, unknown> | undefined
  if (!doc) return { ok: false, status: 404, code: 'not_found', message: `No ${collection} item with id ${id}.` }

  const stage: Stage = isStage(doc.stage) ? doc.stage : 'draft'
  const authorIds = authorIdsOf(doc)
  const actor = { id: req.user.id, roles: (req.user as { roles?: string[] }).roles }
  const decision = decideTransition({ action: body.action, stage, actor, authorIds, comment: body.comment, publishAt: body.publishAt, now })
  if (!decision.ok) return decision

  if (decision.action === 'publish' || decision.action === 'schedule') {
    const blocked = await findUnconsentedMedia({ req, collection, doc, at: decision.publishAt ?? now })
    if (blocked.length > 0) {
      return {
        ok: false,
        status: 409,
        code: 'safeguarding',
        message: `Cannot ${decision.action}: ${blocked.length} media file(s) depict a child without recorded, unexpired consent.`,
        media: blocked,
      }
    }
    if (collection === 'conduct-codes') {
      const clash = await findFrozenRevisionClash(req, doc)
      if (clash) return { ok: false, status: 409, code: 'revision_frozen', field: 'revisionLabel', message: clash }
    }
  }

  const publishing = decision.action === 'publish'
  const withdrawing = decision.action === 'withdraw'
  const data: Record<string, unknown> = { stage: decision.to }
  if (decision.action === 'schedule') data.publishAt = decision.publishAt!.toISOString()
  if (decision.action === 'unschedule' || publishing) data.publishAt = null
  if (publishing) Object.assign(data, { _status: 'published', majorChange: false })
  // Withdrawal unpublishes the live version; the item stays as a record.
  if (withdrawing) Object.assign(data, { _status: 'draft', withdrawnAt: now.toISOString(), withdrawalReason: decision.comment ?? null })
  if (publishing) Object.assign(data, { withdrawnAt: null, withdrawalReason: null, unpublishAt: null })

  await req.payload.update({
    collection,
    id,
    data: data as never,
    // Only publish and withdraw touch the live version; every other step is a draft save.
    draft: !(publishing || withdrawing),
    // The draft's major-change mark is reset on publishing; delivery still needs to know it.
    context: { workflow: decision.action, majorChange: doc.majorChange === true },
    depth: 0,
    req,
    user: req.user,
    overrideAccess: false,
  })

  await recordAudit({
    req,
    event: 'workflow',
    summary: `${decision.action}: ${contentTitle(doc)} (${stage} → ${decision.to})`,
    target: { collection, id },
    details: { action: decision.action, from: stage, to: decision.to, comment: decision.comment ?? null, publishAt: data.publishAt ?? null },
  })
  if (publishing) {
    await recordAudit({ req, event: 'publish', summary: `Published ${contentTitle(doc)}`, target: { collection, id }, details: { by: 'person' } })
  }
  await notifyWorkflowParticipants({ req, action: decision.action, collection, id, title: contentTitle(doc), comment: decision.comment, authorIds })

  return {
    ok: true,
    stage: decision.to,
    allowedActions: allowedActions(decision.to, actor, publishing ? [] : authorIds),
    ...(data.publishAt ? { publishAt: String(data.publishAt) } : {}),
  }
}
