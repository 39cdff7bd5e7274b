import type { Payload } from 'payload'

import { liftDueEmbargoes } from '../changes/liftDueEmbargoes'
import { poolOf } from '@/db/sql'
import { AppError } from '@/platform/errors/appError'
import { inBothLanguages } from '@/i18n/defineMessages'
import { apiRefusalMessages } from '@/i18n/messages/apiRefusals'
import { AgencyRateLimiter } from './rateLimiter'
import type { AgencyRecord } from './agencyRecord'
import { apiKeyFrom, readDeliveryState, type DeliveryState } from './readDeliveryState'
import { messagesIn } from '@/i18n/defineMessages'
import { langOfRequest } from '@/i18n/lang'
import { rateLimitMessages } from '@/i18n/messages/rateLimits'

let limiter: AgencyRateLimiter | undefined

/**
 * The state a delivery request works from. An embargo that has just passed is lifted
 * first, so the item appears on time for everyone even between scheduler runs.
 */
export async function readFreshState(payload: Payload, apiKey: string | null, now = new Date()): Promise<DeliveryState> {
  const state = await readDeliveryState(payload, apiKey)
  if (!state.nextLift || state.nextLift.getTime() > now.getTime()) return state
  await liftDueEmbargoes(payload, now)
  return readDeliveryState(payload, apiKey)
}

/**
 * An agency request: a valid key (401 otherwise, the same answer whatever was wrong), an
 * active agency (403), and within its rate limit (429 with Retry-After).
 */
export async function agencyContext(
  payload: Payload,
  request: Request,
): Promise<{ state: DeliveryState; agency: AgencyRecord; rateHeaders: Record<string, string> }> {
  const apiKey = apiKeyFrom(request.headers)
  const unauthorized = new AppError(
    'unauthorized',
    inBothLanguages(apiRefusalMessages, (m) => m.apiKeyRequired),
    {
      headers: { 'WWW-Authenticate': 'API-Key realm="newsroom"' },
    },
  )
  if (!apiKey) throw unauthorized
  const state = await readFreshState(payload, apiKey)
  const agency = state.agency
  if (!agency) throw unauthorized
  if (!agency.active)
    throw new AppError(
      'agency_inactive',
      inBothLanguages(apiRefusalMessages, (m) => m.agencyInactive),
    )
  limiter ??= new AgencyRateLimiter(poolOf(payload))
  const taken = limiter.take(agency.id, agency.rateLimitPerMinute)
  if (!taken.ok) {
    throw new AppError(
      'rate_limited',
      messagesIn(rateLimitMessages, langOfRequest(request)).agencyPerMinute(agency.rateLimitPerMinute, taken.retryAfterSeconds),
      {
        headers: { 'Retry-After': String(taken.retryAfterSeconds), 'X-RateLimit-Limit': String(agency.rateLimitPerMinute) },
      },
    )
  }
  return { state, agency, rateHeaders: { 'X-RateLimit-Limit': String(agency.rateLimitPerMinute) } }
}
