import { hasRole, type Role } from '../access/roles'
import { TRANSITIONS } from './rules'
import { ACTIONS, isWorkflowAction, type Stage, type WorkflowAction } from './stages'

export type Actor = { id: number | string; roles?: readonly string[] | null }

export type TransitionRequest = {
  action: unknown
  stage: Stage
  actor: Actor
  /** Everyone who wrote the version under review. */
  authorIds: ReadonlyArray<number | string>
  comment?: unknown
  publishAt?: unknown
  now: Date
}

export type TransitionRefusal = {
  ok: false
  status: 400 | 403 | 409
  code: string
  message: string
  field?: string
  allowed?: WorkflowAction[]
}
export type TransitionDecision = { ok: true; action: WorkflowAction; to: Stage; publishAt?: Date; comment?: string } | TransitionRefusal

const isAuthor = (actor: Actor, authorIds: TransitionRequest['authorIds']) => authorIds.some((id) => String(id) === String(actor.id))

function mayAct(action: WorkflowAction, actor: Actor, authorIds: TransitionRequest['authorIds']): boolean {
  const rule = TRANSITIONS[action]
  const roleAllows = hasRole(actor, 'admin', ...(rule.roles as Role[])) || (rule.authorsMay === true && isAuthor(actor, authorIds))
  if (!roleAllows) return false
  return !(rule.notByAuthors && isAuthor(actor, authorIds))
}

/** The actions this person may take on an item in this stage, for the admin panel. */
export function allowedActions(stage: Stage, actor: Actor, authorIds: TransitionRequest['authorIds']): WorkflowAction[] {
  return ACTIONS.filter((action) => TRANSITIONS[action].from.includes(stage) && mayAct(action, actor, authorIds))
}

/**
 * Decides one workflow request without touching the database: which stage it leads to,
 * or why not, with the HTTP status the contract gives (400 bad body, 403 not this person,
 * 409 not from this stage).
 */
export function decideTransition(request: TransitionRequest): TransitionDecision {
  const { action, stage, actor, authorIds, now } = request
  if (!isWorkflowAction(action)) {
    return { ok: false, status: 400, code: 'invalid_action', field: 'action', message: `action must be one of: ${ACTIONS.join(', ')}.` }
  }
  const rule = TRANSITIONS[action]
  const comment = typeof request.comment === 'string' ? request.comment.trim() : undefined
  if (request.comment !== undefined && typeof request.comment !== 'string') {
    return { ok: false, status: 400, code: 'invalid_comment', field: 'comment', message: 'comment must be text.' }
  }
  if (rule.requires === 'comment' && !comment) {
    const what = action === 'withdraw' ? 'a reason for the withdrawal' : 'a comment telling the authors what to change'
    return { ok: false, status: 400, code: 'comment_required', field: 'comment', message: `${action} needs ${what} in comment.` }
  }
  let publishAt: Date | undefined
  if (rule.requires === 'publishAt') {
    publishAt = typeof request.publishAt === 'string' ? new Date(request.publishAt) : undefined
    if (!publishAt || Number.isNaN(publishAt.getTime()) || !/^\d{4}-\d{2}-\d{2}T/.test(String(request.publishAt))) {
      return { ok: false, status: 400, code: 'invalid_publish_at', field: 'publishAt', message: 'schedule needs publishAt as an ISO-8601 date and time.' }
    }
    if (publishAt.getTime() <= now.getTime()) {
      return { ok: false, status: 400, code: 'publish_at_in_past', field: 'publishAt', message: 'publishAt must be in the future.' }
    }
  }
  const roleAllows = hasRole(actor, 'admin', ...(rule.roles as Role[])) || (rule.authorsMay === true && isAuthor(actor, authorIds))
  if (!roleAllows) {
    const who = rule.authorsMay ? `${rule.roles.join(' or ')} or an author` : rule.roles.join(' or ')
    return { ok: false, status: 403, code: 'role_not_allowed', message: `Only a ${who} may ${action.replace('_', ' ')}.` }
  }
  if (!rule.from.includes(stage)) {
    const allowed = allowedActions(stage, actor, authorIds)
    return {
      ok: false,
      status: 409,
      code: 'wrong_stage',
      allowed,
      message: `Cannot ${action.replace('_', ' ')} an item in stage ${stage}; allowed from ${stage}: ${allowed.length ? allowed.join(', ') : 'none for you'}.`,
    }
  }
  if (rule.notByAuthors && isAuthor(actor, authorIds)) {
    return { ok: false, status: 403, code: 'four_eyes', message: 'You wrote this version, so another reviewer must approve it.' }
  }
  return { ok: true, action, to: rule.to, ...(publishAt ? { publishAt } : {}), ...(comment ? { comment } : {}) }
}
