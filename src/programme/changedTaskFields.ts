const WATCHED = [
  'year',
  'number',
  'label',
  'text',
  'objectives',
  'host',
  'coordination',
  'due',
  'inScope',
  'ownerStaff',
  'completedAt',
  'milestones',
  'progressUpdates',
] as const

/** Relations compare by id whether they were read at depth 0 or populated. */
const normalise = (value: unknown): unknown => {
  if (Array.isArray(value)) return value.map(normalise)
  if (value && typeof value === 'object') {
    const record = value as Record<string, unknown>
    // A populated document (it has timestamps; array rows do not) stands for its id.
    if ('id' in record && 'createdAt' in record) return record.id
    return Object.fromEntries(Object.entries(record).map(([key, v]) => [key, normalise(v)]))
  }
  return value ?? null
}

/** The names of the task fields that differ between two versions of a task, in a fixed order. */
export function changedTaskFields(before: Record<string, unknown> | undefined, after: Record<string, unknown>): string[] {
  return WATCHED.filter((field) => JSON.stringify(normalise(before?.[field])) !== JSON.stringify(normalise(after[field])))
}
