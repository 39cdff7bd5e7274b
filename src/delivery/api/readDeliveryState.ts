import crypto from 'node:crypto'

import type { Payload } from 'payload'

import type { AgencyRecord } from './agencyRecord'
import { currentSnapshot } from './deliveryStateWatcher'

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

const PREFIX = 'agencies API-Key '

/** The key from `Authorization: agencies API-Key <key>`, or null. */
export function apiKeyFrom(headers: Headers): string | null {
  const header = headers.get('authorization')
  if (!header?.startsWith(PREFIX)) return null
  const key = header.slice(PREFIX.length).trim()
  return key.length > 0 && key.length <= 200 ? key : null
}

/** The index Payload keeps for an API key: an HMAC with the app's secret, never the key itself. */
export const apiKeyIndexOf = (secret: string, apiKey: string): string => crypto.createHmac('sha256', secret).update(apiKey).digest('hex')

/**
 * What a delivery request works from: the cache generation, the newest change, the next
 * embargo due, and the agency behind the API key. Agencies are found by the HMAC index
 * Payload keeps; a lookup by that digest reveals nothing useful about the key itself.
 */
export async function readDeliveryState(payload: Payload, apiKey: string | null): Promise<DeliveryState> {
  const snapshot = await currentSnapshot(payload)
  const agency = apiKey ? (snapshot.agenciesByKeyIndex.get(apiKeyIndexOf(payload.secret, apiKey)) ?? null) : null
  return { generation: snapshot.generation, head: snapshot.head, changedAt: snapshot.changedAt, nextLift: snapshot.nextLift, agency }
}
