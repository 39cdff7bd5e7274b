/** Editorial stages of every content item, in the order an item usually moves through them. */
export const STAGES = ['draft', 'in_review', 'changes_requested', 'approved', 'scheduled', 'published', 'withdrawn'] as const
export type Stage = (typeof STAGES)[number]

export const ACTIONS = ['submit', 'request_changes', 'approve', 'publish', 'schedule', 'unschedule', 'withdraw', 'reopen'] as const
export type WorkflowAction = (typeof ACTIONS)[number]

export const isStage = (value: unknown): value is Stage => (STAGES as readonly unknown[]).includes(value)
export const isWorkflowAction = (value: unknown): value is WorkflowAction => (ACTIONS as readonly unknown[]).includes(value)
