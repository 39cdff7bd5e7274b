/**
 * Every content item has two states: its live state (what the public and agencies get)
 * and its working copy's review stage. An edit to a live item is a working copy that goes
 * through review while the live version stays up, and can be withdrawn at any time.
 */
export const LIVE_STATES = ['unpublished', 'scheduled', 'published', 'withdrawn'] as const
export type LiveState = (typeof LIVE_STATES)[number]

/** The review stage of the working copy; `null` when the working copy is the live version. */
export const WORKING_STAGES = ['draft', 'in_review', 'changes_requested', 'approved'] as const
export type WorkingStage = (typeof WORKING_STAGES)[number]

/**
 * What the `stage` field stores. In the latest version it is the working copy's stage
 * (`scheduled`: approved with a publication time; `published` or `withdrawn`: no changes
 * since the live version); in the live row it is `published` or `withdrawn`.
 */
export const STAGES = ['draft', 'in_review', 'changes_requested', 'approved', 'scheduled', 'published', 'withdrawn'] as const
export type Stage = (typeof STAGES)[number]

export const ACTIONS = [
  'submit',
  'request_changes',
  'approve',
  'publish',
  'schedule',
  'unschedule',
  'withdraw',
  'cancel_withdrawal',
  'reopen',
  'discard',
  'assign',
] as const
export type WorkflowAction = (typeof ACTIONS)[number]

export const isStage = (value: unknown): value is Stage => (STAGES as readonly unknown[]).includes(value)
export const isWorkflowAction = (value: unknown): value is WorkflowAction => (ACTIONS as readonly unknown[]).includes(value)
