import type { Role } from '../access/roles'
import type { Stage, WorkflowAction } from './stages'

export type TransitionRule = {
  from: readonly Stage[]
  to: Stage
  /** Roles that may take the action. Admins may take every action. */
  roles: readonly Role[]
  /** Any author of the item may take it too, whatever their roles. */
  authorsMay?: boolean
  /** Four eyes: nobody who authored the version under review may take it. */
  notByAuthors?: boolean
  /** A body field the action cannot do without. */
  requires?: 'comment' | 'publishAt'
}

/** The editorial workflow, one rule per action. */
export const TRANSITIONS: Record<WorkflowAction, TransitionRule> = {
  submit: { from: ['draft', 'changes_requested'], to: 'in_review', roles: ['editor'], authorsMay: true },
  request_changes: { from: ['in_review'], to: 'changes_requested', roles: ['reviewer'], requires: 'comment' },
  approve: { from: ['in_review'], to: 'approved', roles: ['reviewer'], notByAuthors: true },
  publish: { from: ['approved'], to: 'published', roles: ['reviewer'] },
  schedule: { from: ['approved'], to: 'scheduled', roles: ['reviewer'], requires: 'publishAt' },
  unschedule: { from: ['scheduled'], to: 'approved', roles: ['reviewer'] },
  withdraw: { from: ['published'], to: 'withdrawn', roles: ['reviewer'], requires: 'comment' },
  reopen: { from: ['withdrawn', 'changes_requested'], to: 'draft', roles: ['editor', 'reviewer'] },
}
