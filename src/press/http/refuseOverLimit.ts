import crypto from 'node:crypto'

import type { Payload } from 'payload'

import { countRequest } from '@/platform/http/countRequest'
import { PRESS_PAGE_COPY } from './pressPageCopy'
import { pressMessagePage } from './renderPressPage'
import { type Lang } from '@/i18n/lang'

const HOUR = 3600

/**
 * Counts one request in an hourly bucket shared by every instance; over the limit, the 429
 * page with Retry-After, else null. The caller's `back` link returns to the form.
 */
export async function refuseOverLimit(
  payload: Payload,
  options: { bucket: string; limit: number; lang: Lang; now: Date; back: string },
): Promise<Response | null> {
  const counted = await countRequest(payload, options.bucket, options.limit, HOUR, options.now.getTime())
  if (counted.ok) return null
  const copy = PRESS_PAGE_COPY[options.lang]
  const minutes = Math.max(1, Math.ceil(counted.retryAfterSeconds / 60))
  return pressMessagePage(
    429,
    options.lang,
    { title: copy.rateLimited.title, body: copy.rateLimited.body(minutes) },
    { href: options.back, label: copy.back },
    { 'Retry-After': String(counted.retryAfterSeconds) },
  )
}

// An address is only a rate-limit key: its hash keeps a second plain copy out of request_counts.
export const addressBucket = (form: string, email: string): string => `${form}-address:${crypto.createHash('sha256').update(email).digest('hex')}`
