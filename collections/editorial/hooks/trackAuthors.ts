import type { FieldHook } from 'payload'

import { isStaffMember } from '@/access/roles'
import { authorIdsOf } from '@/workflow/contentFacts'

/**
 * The `authors` field is computed, never taken from the request: everyone who changes a
 * version becomes one of its authors, so none of them can approve it (four eyes). The
 * workflow empties the list when a version is published, starting the next one's.
 */
export const trackAuthors: FieldHook = ({ originalDoc, req }) => {
  const current = authorIdsOf(originalDoc ?? {})
  // A published or discarded working copy leaves no authors: the next edit starts afresh.
  if (req.context?.workflow === 'publish' || req.context?.workflow === 'discard') return []
  if (req.context?.workflow || !req.user || !isStaffMember(req.user)) return current
  const me = Number(req.user.id)
  return current.includes(me) ? current : [...current, me]
}
