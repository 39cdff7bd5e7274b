import crypto from 'node:crypto'

import type { Payload } from 'payload'

import type { AgencyPrincipal } from '../../access/agencies'
import { poolOf } from '../db/sql'

export type AgencyRecord = AgencyPrincipal & { id: number; name: string; rateLimitPerMinute: number; active: boolean; trusted: boolean; allowedTypes: string[] }

export type DeliveryState = {
  generation: number
  /** The newest change log id: where a new sync pass starts. */
  head: number
  /** When anything delivered last changed (Last-Modified). */
  changedAt: Date
  nextLift: Date | null
  /** Set when an API key was given: the agency it belongs to, or null for a wrong key. */
  agency: AgencyRecord | null
}

type Row = {
  generation: string
  head: string
  changed_at: Date
  next_lift: Date | null
  id: number | null
  name: string | null
  active: boolean | null
  trusted: boolean | null
  rate_limit_per_minute: string | null
  allowed_types: string[] | null
  api_key_index: string | null
}

const PREFIX = 'agencies API-Key '

/** The key from `Authorization: agencies API-Key <key>`, or null. */
export function apiKeyFrom(headers: Headers): string | null {
  const header = headers.get('authorization')
  if (!header?.startsWith(PREFIX)) return null
  const key = header.slice(PREFIX.length).trim()
  return key.length > 0 && key.length <= 200 ? key : null
}

/**
 * One round trip per request: the cache generation, the next embargo due, and the agency
 * behind the API key. Keys are found by the same HMAC index Payload keeps, so a rotated
 * or revoked key fails on the very next request; the index is then compared in constant time.
 */
export async function readDeliveryState(payload: Payload, apiKey: string | null): Promise<DeliveryState> {
  const index = apiKey ? crypto.createHmac('sha256', payload.secret).update(apiKey).digest('hex') : null
  const { rows } = await poolOf(payload).query<Row>(
    `SELECT s.generation, s.next_lift, s.changed_at, (SELECT coalesce(max(id), 0) FROM delivery_changes) AS head, a.id, a.name, a.active, a.trusted, a.rate_limit_per_minute, a.api_key_index,
            CASE WHEN a.id IS NULL THEN NULL
                 ELSE ARRAY(SELECT t.value::text FROM agencies_allowed_types t WHERE t.parent_id = a.id ORDER BY t.value::text) END AS allowed_types
       FROM delivery_state s LEFT JOIN agencies a ON a.api_key_index = $1`,
    [index],
  )
  const row = rows[0]
  if (!row) throw new Error('delivery_state is empty: run the migrations')
  const stored = row.api_key_index
  const found = index !== null && row.id !== null && stored !== null && stored.length === index.length && crypto.timingSafeEqual(Buffer.from(stored), Buffer.from(index))
  return {
    generation: Number(row.generation),
    head: Number(row.head),
    changedAt: row.changed_at,
    nextLift: row.next_lift,
    agency: found
      ? {
          collection: 'agencies',
          id: row.id!,
          name: row.name ?? '',
          active: Boolean(row.active),
          trusted: Boolean(row.trusted),
          rateLimitPerMinute: Number(row.rate_limit_per_minute ?? 600),
          allowedTypes: row.allowed_types ?? [],
        }
      : null,
  }
}
