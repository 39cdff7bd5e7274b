import type { ContentType } from '@/content/contentTypes'

/** What the access rules need to know of a press agency signed in with its API key. */
export type AgencyPrincipal = {
  collection: 'agencies'
  id: number | string
  active?: boolean | null
  trusted?: boolean | null
  allowedTypes?: readonly string[] | null
}

export const isAgency = (user: unknown): user is AgencyPrincipal => Boolean(user) && (user as { collection?: string }).collection === 'agencies'

/** An agency reads a content type only while active, and only the types it was granted (none granted means all). */
export function agencyMayRead(agency: AgencyPrincipal, type: ContentType): boolean {
  if (!agency.active) return false
  const allowed = agency.allowedTypes ?? []
  return allowed.length === 0 || allowed.includes(type)
}

/** Trusted agencies see embargoed items before the embargo passes; nobody else does. */
export const agencySeesEmbargoed = (agency: AgencyPrincipal): boolean => Boolean(agency.active && agency.trusted)
