import type { Access, Where } from 'payload'

import type { ContentType } from '@/content/contentTypes'
import { agencyMayRead, agencySeesEmbargoed, isAgency } from './agencies'
import { isAccreditedJournalist } from './journalists'
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

/** Published and not withdrawn, embargoed or not: what a trusted agency may read. */
export function publishedWhere(): Where {
  return { and: [{ _status: { equals: 'published' } }, { stage: { not_equals: 'withdrawn' } }] }
}

/** The same, as a predicate over one document. */
export function isPublished(doc: Publishable): boolean {
  return doc._status === 'published' && doc.stage !== 'withdrawn'
}

/**
 * Read access to one content type, for every channel (REST, GraphQL, the v1 API, feeds):
 * staff read everything; an agency reads the types it was granted while it is active,
 * embargoed items included when it is trusted; an accredited journalist reads every
 * published item, embargoed ones included; everyone else reads what is public now.
 */
export const readContent =
  (type: ContentType): Access =>
  ({ req }) => {
    if (isStaffMember(req.user)) return true
    if (isAgency(req.user)) {
      if (!agencyMayRead(req.user, type)) return false
      if (agencySeesEmbargoed(req.user)) return publishedWhere()
    }
    if (isAccreditedJournalist(req.user)) return publishedWhere()
    return publiclyVisibleWhere(new Date())
  }

/** Versions (drafts included) are for staff only. */
export const staffOnly: Access = ({ req }) => isStaffMember(req.user)
