import type { Pool } from 'pg'

import type { AgencyRecord } from './agencyRecord'

export type DeliverySnapshot = {
  generation: number
  head: number
  changedAt: Date
  nextLift: Date | null
  agenciesByKeyIndex: Map<string, AgencyRecord>
}

type StateRow = { generation: string; head: string; changed_at: Date; next_lift: Date | null }
type AgencyRow = {
  id: number
  name: string
  active: boolean | null
  trusted: boolean | null
  rate_limit_per_minute: string | null
  api_key_index: string
  allowed_types: string[]
}

/** Reads the delivery state and every agency that has an API key: two small queries. */
export async function loadDeliverySnapshot(pool: Pool): Promise<DeliverySnapshot> {
  const [state, agencies] = await Promise.all([
    pool.query<StateRow>(`SELECT generation, next_lift, changed_at, (SELECT coalesce(max(id), 0) FROM delivery_changes) AS head FROM delivery_state`),
    pool.query<AgencyRow>(
      `SELECT a.id, a.name, a.active, a.trusted, a.rate_limit_per_minute, a.api_key_index,
              ARRAY(SELECT t.value::text FROM agencies_allowed_types t WHERE t.parent_id = a.id ORDER BY t.value::text) AS allowed_types
         FROM agencies a WHERE a.api_key_index IS NOT NULL AND a.api_key_index <> ''`,
    ),
  ])
  const row = state.rows[0]
  if (!row) throw new Error('delivery_state is empty: run the migrations')
  return {
    generation: Number(row.generation),
    head: Number(row.head),
    changedAt: row.changed_at,
    nextLift: row.next_lift,
    agenciesByKeyIndex: new Map(
      agencies.rows.map((agency) => [
        agency.api_key_index,
        {
          collection: 'agencies' as const,
          id: agency.id,
          name: agency.name,
          active: Boolean(agency.active),
          trusted: Boolean(agency.trusted),
          rateLimitPerMinute: Number(agency.rate_limit_per_minute ?? 600),
          allowedTypes: agency.allowed_types ?? [],
        },
      ]),
    ),
  }
}
