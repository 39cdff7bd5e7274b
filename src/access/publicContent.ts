import type { Access, Where } from 'payload'

import { isStaffMember } from './roles'

/**
 * "What is public right now", the one rule every channel uses: published, not withdrawn,
 * and past its embargo. As a query constraint for Payload's access control ...
 */
export function publiclyVisibleWhere(now: Date): Where {
  return {
    and: [
      { _status: { equals: 'published' } },
      { stage: { not_equals: 'withdrawn' } },
      { or: [{ embargoUntil: { exists: false } }, { embargoUntil: { less_than_equal: now.toISOString() } }] },
    ],
  }
}

type Publishable = { _status?: string | null; stage?: string | null; embargoUntil?: string | null }

/** ... and as a predicate over one document, for code that already holds it. */
export function isPubliclyVisible(doc: Publishable, now: Date): boolean {
  if (doc._status !== 'published' || doc.stage === 'withdrawn') return false
  return !doc.embargoUntil || new Date(doc.embargoUntil).getTime() <= now.getTime()
}

/** Staff read everything; everyone else reads only what is public right now. */
export const readPublishedOrStaff: Access = ({ req }) => (isStaffMember(req.user) ? true : publiclyVisibleWhere(new Date()))

/** Versions (drafts included) are for staff only. */
export const staffOnly: Access = ({ req }) => isStaffMember(req.user)
