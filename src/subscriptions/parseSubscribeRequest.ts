import { messagesIn, type SameShape } from '../i18n/defineMessages'
import type { Lang } from '../i18n/lang'
import { subscriptionRequestMessages } from '../i18n/messages/subscriptionRequests'
import { formField } from '../platform/http/formField'
import { isContentType, type ContentType } from '@/content/contentTypes'
import { FREQUENCIES, type Frequency } from './constants'
import { isPlausibleEmail, normaliseEmail } from '@/platform/email/normaliseEmail'

export type SubscribeRequest = {
  email: string
  name?: string
  outlet?: string
  locale: 'vi' | 'en'
  frequency: Frequency
  topics: string[]
  campaigns: string[]
  contentTypes: ContentType[]
}

export type Invalid = { field: string; message: string }

const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/

/** Free text for a name or outlet: control characters (CR and LF included) become spaces, so it can never reach a mail header as one. */
const cleanText = (value: string): string =>
  formField(value)
    // eslint-disable-next-line no-control-regex -- matches control characters on purpose
    .replace(/[\u0000-\u001f\u007f]+/g, ' ')
    .replace(/\s+/g, ' ')
    .trim()

type Words = SameShape<(typeof subscriptionRequestMessages)['vi']>

function optionalText(body: Record<string, unknown>, field: 'name' | 'outlet', words: Words): string | undefined | Invalid {
  const value = body[field]
  if (value === undefined || value === null || value === '') return undefined
  if (typeof value !== 'string') return { field, message: words.text(field) }
  const cleaned = cleanText(value)
  if (cleaned.length > 120) return { field, message: words.tooLong(field, 120) }
  return cleaned || undefined
}

function slugList(body: Record<string, unknown>, field: 'topics' | 'campaigns', words: Words): string[] | Invalid {
  const value = body[field]
  if (value === undefined || value === null) return []
  if (!Array.isArray(value) || value.length > 50) return { field, message: words.slugList(field, 50) }
  const bad = value.find((slug) => typeof slug !== 'string' || slug.length > 120 || !SLUG.test(slug))
  if (bad !== undefined) return { field, message: words.notSlug(field, String(bad).slice(0, 40)) }
  return [...new Set(value as string[])]
}

const isInvalid = (value: unknown): value is Invalid => typeof value === 'object' && value !== null && 'field' in value && 'message' in value

/** Checks the body of `POST /api/v1/subscriptions`; every problem names its field, in the client's language. */
export function parseSubscribeRequest(body: unknown, lang: Lang = 'vi'): { ok: true; value: SubscribeRequest } | ({ ok: false } & Invalid) {
  const words = messagesIn(subscriptionRequestMessages, lang)
  if (!body || typeof body !== 'object' || Array.isArray(body)) return { ok: false, field: 'body', message: words.body }
  const input = body as Record<string, unknown>
  const email = typeof input.email === 'string' ? normaliseEmail(formField(input.email)) : ''
  if (!isPlausibleEmail(email)) return { ok: false, field: 'email', message: words.email }
  if (input.locale !== 'vi' && input.locale !== 'en') return { ok: false, field: 'locale', message: words.locale }
  if (!FREQUENCIES.includes(input.frequency as Frequency)) return { ok: false, field: 'frequency', message: words.frequency }
  const name = optionalText(input, 'name', words)
  if (isInvalid(name)) return { ok: false, ...name }
  const outlet = optionalText(input, 'outlet', words)
  if (isInvalid(outlet)) return { ok: false, ...outlet }
  const topics = slugList(input, 'topics', words)
  if (isInvalid(topics)) return { ok: false, ...topics }
  const campaigns = slugList(input, 'campaigns', words)
  if (isInvalid(campaigns)) return { ok: false, ...campaigns }
  const rawTypes = input.contentTypes ?? []
  if (!Array.isArray(rawTypes) || rawTypes.some((type) => !isContentType(type))) {
    return { ok: false, field: 'contentTypes', message: words.contentTypes }
  }
  return {
    ok: true,
    value: {
      email,
      name,
      outlet,
      locale: input.locale,
      frequency: input.frequency as Frequency,
      topics,
      campaigns,
      contentTypes: [...new Set(rawTypes as ContentType[])],
    },
  }
}
