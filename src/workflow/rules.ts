import type { Role } from '../access/roles'
import type { ItemState } from './itemState'
import type { LiveState, WorkflowAction, WorkingStage } from './stages'

export type TransitionRule = {
  /** Whether the action applies to an item in this state. */
  applies: (state: ItemState) => boolean
  /** The state the action leads to. */
  next: (state: ItemState) => { live: LiveState; working: WorkingStage | null }
  /** Roles that may take the action. Admins may take every action. */
  roles: readonly Role[]
  /** Any author of the working copy may take it too, whatever their roles. */
  authorsMay?: boolean
  /** Four eyes: nobody who wrote the working copy may take it. */
  notByAuthors?: boolean
  /** A body field the action cannot do without. */
  requires?: 'comment' | 'publishAt'
}

const keepLive = (working: WorkingStage | null) => (state: ItemState) => ({ live: state.live, working })
const editable = (state: ItemState) => state.working === 'draft' || state.working === 'changes_requested'
const isLiveNow = (state: ItemState) => state.live === 'published' || state.live === 'withdrawn'

/**
 * The editorial workflow, one rule per action. Actions on the working copy never touch
 * the live version except `publish` (and the scheduler); `withdraw` acts on the live
 * version only, whatever stage the working copy is in.
 */
export const TRANSITIONS: Record<WorkflowAction, TransitionRule> = {
  submit: { applies: editable, next: keepLive('in_review'), roles: ['editor'], authorsMay: true },
  request_changes: {
    applies: (s) => s.working === 'in_review',
    next: keepLive('changes_requested'),
    roles: ['reviewer'],
    requires: 'comment',
  },
  approve: { applies: (s) => s.working === 'in_review', next: keepLive('approved'), roles: ['reviewer'], notByAuthors: true },
  publish: {
    applies: (s) => s.working === 'approved' && !s.publishAt,
    next: () => ({ live: 'published', working: null }),
    roles: ['reviewer'],
  },
  schedule: {
    applies: (s) => s.working === 'approved' && !s.publishAt,
    next: (s) => ({ live: s.live === 'unpublished' ? 'scheduled' : s.live, working: 'approved' }),
    roles: ['reviewer'],
    requires: 'publishAt',
  },
  unschedule: {
    applies: (s) => Boolean(s.publishAt),
    next: (s) => ({ live: s.live === 'scheduled' ? 'unpublished' : s.live, working: 'approved' }),
    roles: ['reviewer'],
  },
  withdraw: {
    applies: (s) => s.live === 'published',
    next: (s) => ({ live: 'withdrawn', working: s.working }),
    roles: ['reviewer'],
    requires: 'comment',
  },
  cancel_withdrawal: {
    applies: (s) => s.live === 'published' && Boolean(s.unpublishAt),
    next: (s) => ({ live: s.live, working: s.working }),
    roles: ['reviewer'],
  },
  reopen: {
    applies: (s) => s.working === 'changes_requested' || (s.live === 'withdrawn' && s.working === null),
    next: keepLive('draft'),
    roles: ['editor', 'reviewer'],
  },
  discard: {
    applies: (s) => isLiveNow(s) && s.working !== null,
    next: keepLive(null),
    roles: ['editor', 'reviewer'],
    authorsMay: true,
  },
  assign: {
    applies: (s) => s.working === 'in_review',
    next: (s) => ({ live: s.live, working: s.working }),
    roles: ['reviewer'],
    authorsMay: true,
  },
}
