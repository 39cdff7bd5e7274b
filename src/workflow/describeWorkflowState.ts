import type { PayloadRequest } from 'payload'

import { machineActorName } from '@/audit/machineActorName'
import { isStaffMember } from '../access/roles'
import { messagesIn } from '@/i18n/defineMessages'
import { langOfPayloadRequest } from '@/i18n/lang'
import { auditMessages } from '@/i18n/messages/audit'
import type { WorkflowCollection } from '@/content/contentCollections'
import { authorIdsOf, relationId } from './contentFacts'
import { allowedActions } from './decideTransition'
import { legacyStage, readItemState, type ItemState } from './itemState'
import { loadStoredItem } from './loadStoredItem'
import type { Stage } from './stages'

type Side = { live?: string; working?: string | null }
export type HistoryEntry = { at: string; who: string; action: string; from?: Side; to?: Side; comment?: string | null; assignee?: string | null }
export type Person = { id: number; name: string }
export type WorkflowState = ItemState & {
  /** The working copy's stage, or the live state when nothing waits: what older clients read. */
  stage: Stage
  allowedActions: string[]
  assignee: Person | null
  /** Who may be picked as reviewer (reviewers and admins who did not write the working copy), when this person may assign. */
  reviewers: Person[]
  history: HistoryEntry[]
}

type AuditDetails = { action?: string; from?: unknown; to?: unknown; comment?: string | null; assignee?: unknown }

/** Older entries stored one stage string; newer ones both states. */
const sideOf = (value: unknown): Side | undefined =>
  typeof value === 'string' ? { working: value } : value && typeof value === 'object' ? (value as Side) : undefined

/**
 * What the workflow panel shows: the live state and the working copy's stage, this
 * person's actions, who is assigned, and the history — one entry per action, with
 * people's names.
 */
export async function describeWorkflowState(req: PayloadRequest, collection: WorkflowCollection, id: number): Promise<WorkflowState | null> {
  if (!req.user || !isStaffMember(req.user)) return null
  const item = await loadStoredItem(req, collection, id)
  if (!item) return null
  const state = readItemState(item)
  const audit = await req.payload.find({
    collection: 'audit-log',
    where: { and: [{ targetCollection: { equals: collection } }, { targetId: { equals: String(id) } }, { event: { equals: 'workflow' } }] },
    sort: '-createdAt',
    limit: 50,
    depth: 0,
    req,
    user: req.user,
    overrideAccess: false,
  })
  const assigneeId = relationId(item.latest.assignee)
  const peopleIds = new Set<number>(audit.docs.map((entry) => Number(entry.actorId)).filter(Boolean))
  for (const entry of audit.docs) {
    const assignee = Number((entry.details as AuditDetails | null)?.assignee)
    if (assignee) peopleIds.add(assignee)
  }
  if (assigneeId) peopleIds.add(assigneeId)
  const names = await namesOf(req, [...peopleIds])
  // The scheduler and the system act without a person: named in the reader's language.
  const machines = messagesIn(auditMessages, langOfPayloadRequest(req))
  const machineName = (label: string | null | undefined) => machineActorName(label, langOfPayloadRequest(req))
  const history = audit.docs.map((entry): HistoryEntry => {
    const details = (entry.details ?? {}) as AuditDetails
    const assignee = Number(details.assignee)
    return {
      at: entry.createdAt,
      who:
        (entry.actorId ? names.get(Number(entry.actorId)) : undefined) ??
        (entry.actorLabel ? machineName(entry.actorLabel) : undefined) ??
        entry.actorEmail ??
        machines.system,
      action: details.action ?? entry.event,
      from: sideOf(details.from),
      to: sideOf(details.to),
      comment: details.comment ?? null,
      ...(details.assignee !== undefined ? { assignee: assignee ? (names.get(assignee) ?? `#${assignee}`) : null } : {}),
    }
  })
  const actor = { id: req.user.id, roles: (req.user as { roles?: string[] }).roles }
  const authorIds = authorIdsOf(item.latest)
  const actions = allowedActions(state, actor, authorIds)
  return {
    ...state,
    stage: legacyStage(state),
    allowedActions: actions,
    reviewers: actions.includes('submit') || actions.includes('assign') ? await reviewersFor(req, authorIds) : [],
    assignee: assigneeId ? { id: assigneeId, name: names.get(assigneeId) ?? `#${assigneeId}` } : null,
    history,
  }
}

/** Names to show for these staff ids: the full name, or the e-mail address when there is none. */
async function namesOf(req: PayloadRequest, ids: number[]): Promise<Map<number, string>> {
  if (ids.length === 0) return new Map()
  const { docs } = await req.payload.find({
    collection: 'users',
    where: { id: { in: ids } },
    depth: 0,
    limit: ids.length,
    req,
    user: req.user,
    overrideAccess: false,
  })
  return new Map(docs.map((user) => [Number(user.id), (user as { name?: string | null }).name?.trim() || user.email]))
}

/** Reviewers who could take this working copy: four eyes rules out its authors. */
async function reviewersFor(req: PayloadRequest, authorIds: number[]): Promise<Person[]> {
  const { docs } = await req.payload.find({
    collection: 'users',
    where: { and: [{ or: [{ roles: { contains: 'reviewer' } }, { roles: { contains: 'admin' } }] }, { id: { not_in: authorIds.length ? authorIds : [-1] } }] },
    sort: 'name',
    depth: 0,
    limit: 200,
    req,
    user: req.user,
    overrideAccess: false,
  })
  return docs.map((user) => ({ id: Number(user.id), name: (user as { name?: string | null }).name?.trim() || user.email }))
}
