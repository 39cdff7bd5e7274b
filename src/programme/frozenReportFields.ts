/**
 * The fields of a programme year that its year-end report is drawn from: the header
 * (decision, department, ministry, number, place, date) and sections II and III. Once the
 * report is marked submitted they stay as they were sent, like a frozen code revision.
 */
export const FROZEN_REPORT_FIELDS = [
  'year',
  'decisionNumber',
  'hostInstitution',
  'ministry',
  'reportNumber',
  'place',
  'reportDate',
  'difficulties',
  'proposals',
] as const

export type FrozenReportField = (typeof FROZEN_REPORT_FIELDS)[number]

/** A relationship read at any depth, an empty text and a missing value compare as what they mean. */
function comparable(value: unknown): unknown {
  if (value === undefined || value === null || value === '') return null
  if (typeof value === 'object' && value !== null && 'id' in value) return (value as { id: unknown }).id
  if (typeof value === 'string' && /^\d{4}-\d{2}-\d{2}T/.test(value) && !Number.isNaN(Date.parse(value))) return new Date(value).toISOString()
  return value
}

/**
 * Which frozen fields an update would change on a submitted year: those present in `data`
 * whose value differs from the stored one (in the locale being written). Sending a field
 * back unchanged, as the admin's form does, changes nothing.
 */
export function changedFrozenFields(data: Record<string, unknown>, stored: Record<string, unknown>): FrozenReportField[] {
  return FROZEN_REPORT_FIELDS.filter(
    (field) => field in data && data[field] !== undefined && String(comparable(data[field])) !== String(comparable(stored[field])),
  )
}

/** True once the year's report has been marked submitted. */
export const isSubmitted = (doc: { submittedAt?: unknown } | null | undefined): boolean => Boolean(doc?.submittedAt)
