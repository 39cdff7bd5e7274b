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
// eslint-disable-next-line no-control-regex -- matches control characters on purpose
const cleanText = (value: string): string => formField(value).replace(/[\u0000-\u001f\u007f]+/g, ' ').replace(/\s+/g, ' ').trim()

function optionalText(body: Record<string, unknown>, field: 'name' | 'outlet'): string | undefined | Invalid {
  const value = body[field]
  if (value === undefined || value === null || value === '') return undefined
  if (typeof value !== 'string') return { field, message: `\`${field}\` must be text.` }
  const cleaned = cleanText(value)
  if (cleaned.length > 120) return { field, message: `\`${field}\` is at most 120 characters.` }
  return cleaned || undefined
}

function slugList(body: Record<string, unknown>, field: 'topics' | 'campaigns'): string[] | Invalid {
  const value = body[field]
  if (value === undefined || value === null) return []
  if (!Array.isArray(value) || value.length > 50) return { field, message: `\`${field}\` must be a list of at most 50 slugs.` }
  const bad = value.find((slug) => typeof slug !== 'string' || slug.length > 120 || !SLUG.test(slug))
  if (bad !== undefined) return { field, message: `\`${field}\` holds "${String(bad).slice(0, 40)}", which is not a slug (lower-case letters, digits and hyphens).` }
  return [...new Set(value as string[])]
}

const isInvalid = (value: unknown): value is Invalid => typeof value === 'object' && value !== null && 'field' in value && 'message' in value

/** Checks the body of `POST /api/v1/subscriptions`; every problem names its field. */
export function parseSubscribeRequest(body: unknown): { ok: true; value: SubscribeRequest } | ({ ok: false } & Invalid) {
  if (!body || typeof body !== 'object' || Array.isArray(body)) return { ok: false, field: 'body', message: 'The body must be a JSON object such as {"email":"ten@bao.vn","locale":"vi","frequency":"daily"}.' }
  const input = body as Record<string, unknown>
  const email = typeof input.email === 'string' ? normaliseEmail(formField(input.email)) : ''
  if (!isPlausibleEmail(email)) return { ok: false, field: 'email', message: '`email` must be an email address such as ten@bao.vn.' }
  if (input.locale !== 'vi' && input.locale !== 'en') return { ok: false, field: 'locale', message: '`locale` must be vi or en.' }
  if (!FREQUENCIES.includes(input.frequency as Frequency)) return { ok: false, field: 'frequency', message: '`frequency` must be immediate, daily or weekly.' }
  const name = optionalText(input, 'name')
  if (isInvalid(name)) return { ok: false, ...name }
  const outlet = optionalText(input, 'outlet')
  if (isInvalid(outlet)) return { ok: false, ...outlet }
  const topics = slugList(input, 'topics')
  if (isInvalid(topics)) return { ok: false, ...topics }
  const campaigns = slugList(input, 'campaigns')
  if (isInvalid(campaigns)) return { ok: false, ...campaigns }
  const rawTypes = input.contentTypes ?? []
  if (!Array.isArray(rawTypes) || rawTypes.some((type) => !isContentType(type))) {
    return { ok: false, field: 'contentTypes', message: '`contentTypes` must be a list of article, campaign and briefing-pack.' }
  }
  return {
    ok: true,
    value: { email, name, outlet, locale: input.locale, frequency: input.frequency as Frequency, topics, campaigns, contentTypes: [...new Set(rawTypes as ContentType[])] },
  }
}
