import type { Access, FieldAccess, Where } from 'payload'

import { publishedWhere } from './publicContent'
import { hasRole, isStaffMember } from './roles'

/**
 * Codes of conduct and their consultations: one place for who reads and writes what.
 * The public reads published codes, frozen revisions and published comments; the people
 * who comment are never named to it (their name and email are staff-only fields).
 */

/** Staff read every code, drafts included; everyone else the published, unwithdrawn ones. */
export const readConductCode: Access = ({ req }) => (isStaffMember(req.user) ? true : publishedWhere())

/** Internal fields (a clause's rationale, a commenter's name and email): staff only, on every channel. */
export const staffOnlyField: FieldAccess = ({ req }) => isStaffMember(req.user)

/** Editors and reviewers moderate and answer comments; admins do everything. */
export const isConsultationStaff: Access = ({ req }) => hasRole(req.user, 'admin', 'editor', 'reviewer')

/**
 * The same rule read through a document's `code` relationship: what hangs off a code
 * (its frozen revisions, consultations and comments) is public only while the code is.
 * Without it, a withdrawn code's text and comments stayed readable through REST and
 * GraphQL after the v1 API and the site had stopped serving them.
 */
function throughCode(where: Where): Where {
  return Object.fromEntries(
    Object.entries(where).map(([key, value]) => (key === 'and' || key === 'or' ? [key, (value as Where[]).map(throughCode)] : [`code.${key}`, value])),
  ) as Where
}

/** Staff read every revision and consultation; everyone else those of codes that are public. */
export const readOfPublicCode: Access = ({ req }): boolean | Where => (isStaffMember(req.user) ? true : throughCode(publishedWhere()))

/** Published comments on a public code are public; pending and rejected ones are for staff. */
export const readCodeComments: Access = ({ req }): boolean | Where =>
  isStaffMember(req.user) ? true : { and: [{ status: { equals: 'published' } }, throughCode(publishedWhere())] }

/**
 * A comment is created by the consultation's own handler (which checks the window, the
 * consent, the honeypot, the rate limit and duplicates) or by staff entering a comment
 * received on paper. A plain REST create from the public is refused.
 */
export const createCodeComment: Access = ({ req }) => req.context?.acceptingPublicComment === true || hasRole(req.user, 'admin', 'editor')

/** A revision is only ever written by the freeze that publishing performs, and never changed. */
export const createFrozenRevision: Access = ({ req }) => req.context?.freezingRevision === true
