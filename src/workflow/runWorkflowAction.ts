import { commitTransaction, initTransaction, killTransaction, type PayloadRequest } from 'payload'

import { isStaffMember } from '../access/roles'
import { recordAudit } from '../audit/recordAudit'
import { readFromPrimary } from '@/db/readRouting'
import { sqlFor } from '@/db/sql'
import { messagesIn } from '../i18n/defineMessages'
import { langOfPayloadRequest } from '../i18n/lang'
import { workflowMessages } from '../i18n/messages/workflow'
import { findFrozenRevisionClash } from '../consultation/revisions/findFrozenRevisionClash'
import { checkAssignee } from './checkAssignee'
import { refusal, type ErrorCode } from '@/platform/errors/appError'
import type { WorkflowCollection } from '@/content/contentCollections'
import { authorIdsOf, contentTitle, relationId } from './contentFacts'
import { allowedActions, decideTransition, type TransitionDecision } from './decideTransition'
import { actionLabel } from './statusText'
import { discardWorkingCopy } from './discardWorkingCopy'
import { findUnconsentedMedia, type UnconsentedMedia } from './findUnconsentedMedia'
import { legacyStage, readItemState, type ItemState } from './itemState'
import { loadStoredItem, type LoadedItem } from './loadStoredItem'
import { notifyWorkflowParticipants } from './notifyWorkflowParticipants'
import { publicationData } from './publicationData'
import type { Stage, WorkflowAction } from './stages'
import { liveTable } from './liveTable'
import { validateWorkingCopy } from './validateWorkingCopy'
import { scheduleWithdrawal, withdrawLiveVersion } from './withdrawLiveVersion'
import { auditSummary, inBothLanguages } from '../i18n/messages/auditSummaries'

export type WorkflowOutcome =
  | ({ ok: true; allowedActions: string[] } & ItemState & { stage: Stage })
  | {
      ok: false
      status: number
      code: ErrorCode
      message: string
      field?: string
      allowed?: string[]
      media?: UnconsentedMedia[]
      errors?: Array<{ path: string; message: string }>
    }

type Args = { req: PayloadRequest; collection: WorkflowCollection; id: number; body: Record<string, unknown>; now?: Date }
type Accepted = Extract<TransitionDecision, { ok: true }>

/** What the `stage` field of the working copy says after each action that saves it. */
const WORKING_STAGE_AFTER: Partial<Record<WorkflowAction, Stage>> = {
  submit: 'in_review',
  request_changes: 'changes_requested',
  approve: 'approved',
  schedule: 'scheduled',
  unschedule: 'approved',
  reopen: 'draft',
}

/**
 * One workflow action on one item, for the signed-in staff member: decide it with the
 * pure state machine over the live state and the working copy, check the gates (full
 * validation on submit, safeguarding and frozen revisions before anything goes live),
 * then save it, record it in the audit log in the same transaction, and tell the next
 * people in line.
 */
export function runWorkflowAction(args: Args): Promise<WorkflowOutcome> {
  // The decision reads the item in its transaction, on the primary: it must see the last
  // commit on any instance, never a replica's slightly older copy.
  return readFromPrimary(() => actOnItem(args))
}

async function actOnItem({ req, collection, id, body, now = new Date() }: Args): Promise<WorkflowOutcome> {
  const lang = langOfPayloadRequest(req)
  const words = messagesIn(workflowMessages, lang)
  if (!req.user || !isStaffMember(req.user)) {
    return { ...refusal(req.user ? 'forbidden' : 'not_staff'), message: words.notStaff }
  }
  // One action at a time per item: the item's live row is locked for the transaction before
  // the item is read, so of two tabs (or instances) acting at once the second decides on
  // what the first committed, and gets 409 when its action no longer fits.
  const shouldCommit = await initTransaction(req)
  let decided: Decided
  try {
    const outcome = await decideLocked({ req, collection, id, body, now, words })
    if (!outcome.ok) {
      if (shouldCommit) await killTransaction(req)
      return outcome
    }
    decided = outcome
    await applyAndRecord({ req, collection, id, body, now, ...decided })
    if (shouldCommit) await commitTransaction(req)
  } catch (error) {
    if (shouldCommit) await killTransaction(req)
    throw error
  }
  const { item, decision, authorIds, actor, state } = decided

  const after = await loadStoredItem(req, collection, id)
  const next = after ? readItemState(after) : state
  await notifyWorkflowParticipants({
    req,
    action: decision.action,
    collection,
    id,
    title: contentTitle(item.latest),
    comment: decision.comment,
    authorIds,
    assigneeId: after ? assigneeOf(after) : null,
  })
  return { ok: true, ...next, stage: legacyStage(next), allowedActions: allowedActions(next, actor, after ? authorIdsOf(after.latest) : []) }
}

const assigneeOf = (item: LoadedItem): number | null => relationId(item.latest.assignee)

type WorkflowWords = (typeof workflowMessages)['en']

type Decided = {
  ok: true
  item: LoadedItem
  state: ReturnType<typeof readItemState>
  decision: Accepted
  authorIds: number[]
  actor: { id: number; roles?: string[] }
}

/** Locks the item, reads it as it is now and decides the action on it: the decision, or why not. */
async function decideLocked({
  req,
  collection,
  id,
  body,
  now,
  words,
}: {
  req: PayloadRequest
  collection: WorkflowCollection
  id: number
  body: Record<string, unknown>
  now: Date
  words: WorkflowWords
}): Promise<Decided | Extract<WorkflowOutcome, { ok: false }>> {
  await lockItem(req, collection, id)
  const item = await loadStoredItem(req, collection, id)
  if (!item) return { ...refusal('not_found'), message: words.notFound(collection, String(id)) }
  const lang = langOfPayloadRequest(req)

  const state = readItemState(item)
  const authorIds = authorIdsOf(item.latest)
  const actor = { id: Number(req.user!.id), roles: (req.user as { roles?: string[] }).roles }
  const decision = decideTransition({
    action: body.action,
    state,
    actor,
    authorIds,
    comment: body.comment,
    publishAt: body.publishAt,
    unpublishAt: body.unpublishAt,
    now,
    lang,
  })
  if (!decision.ok) return decision

  const refused = await checkGates({ req, collection, id, item, decision, body, authorIds, now })
  if (refused) return refused
  return { ok: true, item, state, decision, authorIds, actor }
}

/** Saves an accepted action and records it in the audit log, in the caller's transaction. */
async function applyAndRecord({
  req,
  collection,
  id,
  body,
  now,
  item,
  state,
  decision,
}: { req: PayloadRequest; collection: WorkflowCollection; id: number; body: Record<string, unknown>; now: Date } & Decided): Promise<void> {
  await applyDecision({ req, collection, id, item, decision, body, now })
  await recordAudit({
    req,
    event: 'workflow',
    summary: auditSummary('workflow', {
      action: inBothLanguages(workflowMessages, (words) => words.action[decision.action]),
      title: contentTitle(item.latest),
    }),
    target: { collection, id },
    details: {
      action: decision.action,
      from: { live: state.live, working: state.working },
      to: decision.to,
      comment: decision.comment ?? null,
      publishAt: decision.publishAt?.toISOString() ?? null,
      unpublishAt: decision.unpublishAt?.toISOString() ?? null,
      ...(body.assignee !== undefined && (decision.action === 'assign' || decision.action === 'submit')
        ? { assignee: body.assignee, previousAssignee: assigneeOf(item) }
        : {}),
    },
  })
  if (decision.action === 'publish') {
    await recordAudit({
      req,
      event: 'publish',
      summary: auditSummary('published', { title: contentTitle(item.latest) }),
      target: { collection, id },
      details: { by: 'person' },
    })
  }
}

/** Holds the item's live row until the transaction ends; a missing row locks nothing and the read below answers 404. */
async function lockItem(req: PayloadRequest, collection: WorkflowCollection, id: number): Promise<void> {
  const sql = await sqlFor(req)
  await sql(`SELECT id FROM "${liveTable(req.payload, collection)}" WHERE id = $1 FOR UPDATE`, [id])
}

type Step = { req: PayloadRequest; collection: WorkflowCollection; id: number; item: LoadedItem; decision: Accepted; body: Record<string, unknown>; now: Date }

/** The checks that need the database: a complete working copy for review, safe media and a new revision label before going live, a reviewer who may review. */
async function checkGates({
  req,
  collection,
  id,
  item,
  decision,
  body,
  authorIds,
}: Step & { authorIds: number[] }): Promise<Extract<WorkflowOutcome, { ok: false }> | null> {
  const lang = langOfPayloadRequest(req)
  const words = messagesIn(workflowMessages, lang)
  if (decision.action === 'submit') {
    const errors = await validateWorkingCopy(req, collection, id)
    if (errors.length > 0) {
      const first = errors[0]!
      return {
        ...refusal('invalid_working_copy'),
        field: first.path,
        message: words.incompleteCopy(errors.map((error) => `${error.path}: ${error.message}`).join('; ')),
        errors: errors.map((error) => ({ path: error.path, message: error.message })),
      }
    }
  }
  if (decision.action === 'submit' || decision.action === 'assign') {
    if (body.assignee !== undefined) {
      const problem = await checkAssignee(req, body.assignee, authorIds, decision.action === 'assign')
      if (problem) return { ...refusal('invalid_assignee'), field: 'assignee', message: problem }
    } else if (decision.action === 'assign') {
      return { ...refusal('assignee_required'), field: 'assignee', message: words.assigneeRequired }
    }
  }
  if (decision.action === 'publish' || decision.action === 'schedule') {
    const blocked = await findUnconsentedMedia({ req, collection, doc: item.latest, at: decision.publishAt ?? new Date() })
    if (blocked.length > 0) {
      return {
        ...refusal('safeguarding'),
        message: words.safeguarding(actionLabel(decision.action, lang), blocked.length),
        media: blocked,
      }
    }
    if (collection === 'conduct-codes') {
      const clash = await findFrozenRevisionClash(req, item.latest)
      if (clash) return { ...refusal('revision_frozen'), field: 'revisionLabel', message: clash }
    }
  }
  return null
}

/** Saves one accepted decision: the working copy as a draft version, or the live row. */
async function applyDecision({ req, collection, id, item, decision, body, now }: Step): Promise<void> {
  const saveWorkingCopy = (data: Record<string, unknown>) =>
    req.payload.update({
      collection,
      id,
      data: data as never,
      draft: true,
      context: { workflow: decision.action },
      depth: 0,
      req,
      user: req.user,
      overrideAccess: false,
    })

  switch (decision.action) {
    case 'withdraw':
      if (decision.unpublishAt) await scheduleWithdrawal(req, collection, id, decision.unpublishAt, decision.comment!)
      else await withdrawLiveVersion({ req, collection, id, reason: decision.comment!, at: now })
      return
    case 'cancel_withdrawal':
      await scheduleWithdrawal(req, collection, id, null, null)
      return
    case 'discard':
      await discardWorkingCopy(req, collection, id)
      return
    case 'assign':
      await saveWorkingCopy({ assignee: body.assignee ?? null })
      return
    case 'publish':
      await req.payload.update({
        collection,
        id,
        data: publicationData(item.live) as never,
        draft: false,
        // The draft's major-change mark is reset on publishing; delivery still needs to know it.
        context: { workflow: 'publish', majorChange: item.latest.majorChange === true },
        depth: 0,
        req,
        user: req.user,
        overrideAccess: false,
      })
      return
    default: {
      const data: Record<string, unknown> = { stage: WORKING_STAGE_AFTER[decision.action] }
      if (decision.action === 'schedule') data.publishAt = decision.publishAt!.toISOString()
      if (decision.action === 'unschedule') data.publishAt = null
      if (decision.action === 'submit' && body.assignee !== undefined) data.assignee = body.assignee
      await saveWorkingCopy(data)
    }
  }
}
