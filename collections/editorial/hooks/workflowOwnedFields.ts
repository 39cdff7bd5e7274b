import type { FieldHook } from 'payload'

/** Stages after which a change to the content needs a new review (or, for a live or withdrawn item, starts a working copy). */
const REVIEWED: ReadonlySet<string> = new Set(['approved', 'scheduled', 'published', 'withdrawn'])

/**
 * `stage` belongs to the workflow: whatever a client sends is ignored. An edit made after
 * approval starts a new draft, so unreviewed changes can never ride on an old approval.
 * (A live item keeps its published version and stage; the edit is a draft version.)
 */
export const keepStageOutsideWorkflow: FieldHook = ({ value, originalDoc, req }) => {
  if (req.context?.workflow) return value
  const current = (originalDoc?.stage as string | undefined) ?? 'draft'
  return REVIEWED.has(current) ? 'draft' : current
}

/** A field only the workflow writes (publishAt): clients cannot change it. */
export const keepOutsideWorkflow: FieldHook = ({ value, originalDoc, req, field }) => {
  if (req.context?.workflow) return value
  const name = 'name' in field ? field.name : undefined
  return name ? (originalDoc?.[name] ?? null) : value
}
