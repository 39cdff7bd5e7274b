import { hasRole, type Role } from '../access/roles'
import { messagesIn } from '../i18n/defineMessages'
import { refusal, type ErrorCode } from '@/platform/errors/appError'
import type { Lang } from '../i18n/lang'
import { workflowMessages } from '../i18n/messages/workflow'
import type { ItemState } from './itemState'
import { TRANSITIONS } from './rules'
import { ACTIONS, isWorkflowAction, type LiveState, type WorkflowAction, type WorkingStage } from './stages'
import { actionLabel, statusText } from './statusText'

export type Actor = { id: number | string; roles?: readonly string[] | null }

export type TransitionRequest = {
  action: unknown
  state: ItemState
  actor: Actor
  /** Everyone who wrote the working copy. */
  authorIds: ReadonlyArray<number | string>
  comment?: unknown
  publishAt?: unknown
  /** With `withdraw`: take the live version down at this time instead of now. */
  unpublishAt?: unknown
  now: Date
  /** The language of the refusal's message: the person's admin language. */
  lang?: Lang
}

export type TransitionRefusal = {
  ok: false
  status: number
  code: ErrorCode
  message: string
  field?: string
  allowed?: WorkflowAction[]
}
export type TransitionDecision =
  | {
      ok: true
      action: WorkflowAction
      to: { live: LiveState; working: WorkingStage | null }
      publishAt?: Date
      unpublishAt?: Date
      comment?: string
    }
  | TransitionRefusal

const isAuthor = (actor: Actor, authorIds: TransitionRequest['authorIds']) => authorIds.some((id) => String(id) === String(actor.id))

function roleAllows(action: WorkflowAction, actor: Actor, authorIds: TransitionRequest['authorIds']): boolean {
  const rule = TRANSITIONS[action]
  return hasRole(actor, 'admin', ...(rule.roles as Role[])) || (rule.authorsMay === true && isAuthor(actor, authorIds))
}

function mayAct(action: WorkflowAction, actor: Actor, authorIds: TransitionRequest['authorIds']): boolean {
  return roleAllows(action, actor, authorIds) && !(TRANSITIONS[action].notByAuthors && isAuthor(actor, authorIds))
}

/** The actions this person may take on an item in this state, for the admin panel. */
export function allowedActions(state: ItemState, actor: Actor, authorIds: TransitionRequest['authorIds']): WorkflowAction[] {
  return ACTIONS.filter((action) => TRANSITIONS[action].applies(state) && mayAct(action, actor, authorIds))
}

/**
 * An ISO-8601 date and time that says its zone (Z or an offset): one without would be read
 * in the server's zone, hours from what an editor in Viet Nam meant.
 */
const ZONED_TIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:?\d{2})$/

/** A future ISO-8601 time with its zone from the body, or why not. */
function futureTime(value: unknown, field: 'publishAt' | 'unpublishAt', now: Date, lang: Lang): Date | TransitionRefusal {
  const words = messagesIn(workflowMessages, lang)
  const at = typeof value === 'string' && ZONED_TIME.test(value) ? new Date(value) : undefined
  if (!at || Number.isNaN(at.getTime())) {
    return { ...refusal(field === 'publishAt' ? 'invalid_publish_at' : 'invalid_unpublish_at'), field, message: words.invalidTime(field) }
  }
  if (at.getTime() <= now.getTime()) {
    return { ...refusal(field === 'publishAt' ? 'publish_at_in_past' : 'unpublish_at_in_past'), field, message: words.timeInPast(field) }
  }
  return at
}

/**
 * Decides one workflow request without touching the database: which live state and
 * working stage it leads to, or why not, with the HTTP status the contract gives (400 bad
 * body, 403 not this person, 409 not in this state).
 */
export function decideTransition(request: TransitionRequest): TransitionDecision {
  const { action, state, actor, authorIds, now } = request
  const lang = request.lang ?? 'vi'
  const words = messagesIn(workflowMessages, lang)
  if (!isWorkflowAction(action)) {
    return { ...refusal('invalid_action'), field: 'action', message: words.invalidAction(ACTIONS.join(', ')) }
  }
  const rule = TRANSITIONS[action]
  if (request.comment !== undefined && request.comment !== null && typeof request.comment !== 'string') {
    return { ...refusal('invalid_comment'), field: 'comment', message: words.invalidComment }
  }
  const comment = typeof request.comment === 'string' ? request.comment.trim() : undefined
  if (rule.requires === 'comment' && !comment) {
    const message = action === 'withdraw' ? words.withdrawReasonRequired : words.changesCommentRequired
    return { ...refusal('comment_required'), field: 'comment', message }
  }
  let publishAt: Date | undefined
  if (rule.requires === 'publishAt') {
    const at = futureTime(request.publishAt, 'publishAt', now, lang)
    if (!(at instanceof Date)) return at
    publishAt = at
  }
  let unpublishAt: Date | undefined
  if (action === 'withdraw' && request.unpublishAt !== undefined && request.unpublishAt !== null) {
    const at = futureTime(request.unpublishAt, 'unpublishAt', now, lang)
    if (!(at instanceof Date)) return at
    unpublishAt = at
  }
  if (!roleAllows(action, actor, authorIds)) {
    const who = [...rule.roles.map((role) => words.role[role as keyof typeof words.role] ?? role), ...(rule.authorsMay ? [words.anAuthor] : [])].join(words.or)
    return { ...refusal('role_not_allowed'), message: words.roleNotAllowed(who, actionLabel(action, lang)) }
  }
  if (!rule.applies(state)) {
    const allowed = allowedActions(state, actor, authorIds)
    const status = state.working ? statusText(state, lang) : `${statusText(state, lang)} · ${words.noWorkingCopy}`
    const open = allowed.length ? allowed.map((open) => actionLabel(open, lang)).join(', ') : words.noneForYou
    return { ...refusal('wrong_stage'), allowed, message: words.wrongStage(actionLabel(action, lang), words.needs[action], status, open) }
  }
  if (rule.notByAuthors && isAuthor(actor, authorIds)) {
    return { ...refusal('four_eyes'), message: words.fourEyes }
  }
  // A scheduled withdrawal leaves the item live until its time.
  const to = unpublishAt ? { live: state.live, working: state.working } : rule.next(state)
  return { ok: true, action, to, ...(publishAt ? { publishAt } : {}), ...(unpublishAt ? { unpublishAt } : {}), ...(comment ? { comment } : {}) }
}
