import type { Access } from 'payload'

import { hasRole } from './roles'

/**
 * An accreditation request is created by the site's own handler (which checks the
 * fields, the rate limit and duplicates) or by a press officer entering one by hand.
 */
export const createAccreditationRequest: Access = ({ req }) =>
  req.context?.acceptingAccreditationRequest === true || hasRole(req.user, 'admin', 'press-officer')

/** What the access rules need to know of a journalist signed in to the press room. */
export type JournalistPrincipal = { collection: 'journalists'; id: number; status?: string | null; email?: string; name?: string }

/** Accredited journalists see embargoed packs and articles before the embargo passes. */
export const isAccreditedJournalist = (user: unknown): user is JournalistPrincipal =>
  Boolean(user) && (user as { collection?: string }).collection === 'journalists' && (user as { status?: string }).status === 'accredited'
