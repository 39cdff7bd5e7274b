import type { Access, FieldAccess } from 'payload'

import { hasRole, isStaffMember } from './roles'

/**
 * A task's living record (milestones, progress, completion) is kept by its owners: the
 * staff named on it, and admins. Reference data from the decision stays admin-only
 * (`adminOnlyField`).
 */
export const mayUpdateTask: Access = ({ req }) => {
  if (hasRole(req.user, 'admin')) return true
  if (!isStaffMember(req.user)) return false
  return { ownerStaff: { equals: req.user!.id } }
}

/** A field only admins may change: the decision's own text, numbers and institutions. */
export const adminOnlyField: FieldAccess = ({ req }) => hasRole(req.user, 'admin')

/** Staff read what is internal to the programme (owners, progress, the report's drafts). */
export const staffOnlyProgrammeField: FieldAccess = ({ req }) => isStaffMember(req.user)

/** The year-end report is kept by the host department's staff and admins; any staff may read it. */
export const mayEditProgrammeYear: Access = ({ req }) => {
  if (hasRole(req.user, 'admin')) return true
  if (!isStaffMember(req.user)) return false
  const institution = (req.user as { institution?: number | { id: number } | null }).institution
  const id = typeof institution === 'object' && institution ? institution.id : institution
  return id ? { hostInstitution: { equals: id } } : false
}

/**
 * A report field may be changed (by whoever `rule` lets) only until the year's report is
 * submitted; then the admin shows it read-only. `doc` is the stored year when Payload works
 * out the admin's permissions and when it applies an update.
 */
export const untilReportSubmitted =
  (rule: FieldAccess): FieldAccess =>
  (args) => {
    const doc = (args.doc ?? null) as { submittedAt?: unknown } | null
    if (doc?.submittedAt) return false
    return rule(args)
  }
