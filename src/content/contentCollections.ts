/** The content types delivered to press agencies, feeds and digests. */
export const CONTENT_COLLECTIONS = ['campaigns', 'articles', 'briefing-packs'] as const
export type ContentCollection = (typeof CONTENT_COLLECTIONS)[number]

export const isContentCollection = (value: unknown): value is ContentCollection => (CONTENT_COLLECTIONS as readonly unknown[]).includes(value)

/** Everything that goes through the editorial workflow: the content types and codes of conduct. */
export const WORKFLOW_COLLECTIONS = [...CONTENT_COLLECTIONS, 'conduct-codes'] as const
export type WorkflowCollection = (typeof WORKFLOW_COLLECTIONS)[number]

export const isWorkflowCollection = (value: unknown): value is WorkflowCollection => (WORKFLOW_COLLECTIONS as readonly unknown[]).includes(value)
