import type { AgencyPrincipal } from '@/access/agencies'

/** An agency with an API key, as the delivery API keeps it in memory between notifications. */
export type AgencyRecord = AgencyPrincipal & { id: number; name: string; rateLimitPerMinute: number; active: boolean; trusted: boolean; allowedTypes: string[] }
