import crypto from 'node:crypto'

import type { Payload } from 'payload'

import { AppError } from '@/platform/errors/appError'
import { messagesIn } from '@/i18n/defineMessages'
import { langOfRequest } from '@/i18n/lang'
import { rateLimitMessages } from '@/i18n/messages/rateLimits'
import { countRequest } from '@/platform/http/countRequest'
import { parseSubscribeRequest } from '../parseSubscribeRequest'
import { resolveInterests, subscribe } from '../subscribe'
import { clientIpOf } from '@/platform/http/clientAddress'
import { readLimitedText } from '@/platform/http/readLimitedText'
import { subscribeAccepted, SUBSCRIBE_BODY_LIMIT_BYTES, SUBSCRIBE_LIMITS } from './subscribeLimits'

const HOUR = 3600

async function enforceLimit(payload: Payload, bucket: string, limit: number, now: Date, message: (seconds: number) => string): Promise<void> {
  const counted = await countRequest(payload, bucket, limit, HOUR, now.getTime())
  if (counted.ok) return
  throw new AppError('rate_limited', message(counted.retryAfterSeconds), { headers: { 'Retry-After': String(counted.retryAfterSeconds) } })
}

// The address is only a rate-limit key here: a hash keeps a second plain copy of it out of request_counts.
const addressBucket = (email: string): string => `subscribe-address:${crypto.createHash('sha256').update(email).digest('hex')}`

const tooLarge = (message: string): Response =>
  Response.json({ error: { code: 'payload_too_large', message } }, { status: 413, headers: { 'Cache-Control': 'no-store' } })

/**
 * `POST /api/v1/subscriptions`: asks for a subscription to the programme's mail (double
 * opt-in). Bad JSON or fields answer 400 naming the field; more than 300 requests an hour
 * from one client address, or 5 for one email address, answer 429 with Retry-After.
 * Everything else answers the same 202, so the endpoint never tells whether an address is
 * already subscribed: the mail that follows (a confirmation link, or a note to an address
 * that is already active) goes only to the address's owner. A repeat within a minute of a
 * mail sends none, and gets that same 202.
 */
export async function handleSubscribe(payload: Payload, request: Request, options: { now?: Date } = {}): Promise<Response> {
  const now = options.now ?? new Date()
  // The site's form sends its page's language; other clients get theirs from Accept-Language.
  const lang = langOfRequest(request)
  const words = messagesIn(rateLimitMessages, lang)
  // Counted before the body is read, so oversized and malformed requests are limited too.
  await enforceLimit(payload, `subscribe-ip:${clientIpOf(request)}`, SUBSCRIBE_LIMITS.perIpPerHour, now, words.subscribeNetwork)

  const text = await readLimitedText(request, SUBSCRIBE_BODY_LIMIT_BYTES)
  if (text === null) return tooLarge(words.bodyTooLarge(SUBSCRIBE_BODY_LIMIT_BYTES / 1024))
  let body: unknown
  try {
    body = JSON.parse(text)
  } catch {
    throw new AppError('invalid_parameter', words.notJson, { field: 'body' })
  }
  const parsed = parseSubscribeRequest(body, lang)
  if (!parsed.ok) throw new AppError('invalid_parameter', parsed.message, { field: parsed.field })

  await enforceLimit(payload, addressBucket(parsed.value.email), SUBSCRIBE_LIMITS.perAddressPerHour, now, words.subscribeAddress)

  const interests = await resolveInterests(payload, parsed.value, lang)
  if ('field' in interests) throw new AppError('invalid_parameter', interests.message, { field: interests.field })

  await subscribe(payload, parsed.value, interests, now)
  return Response.json(subscribeAccepted(lang), { status: 202, headers: { 'Cache-Control': 'no-store' } })
}
