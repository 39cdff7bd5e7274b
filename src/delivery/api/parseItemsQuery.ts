import { CONTENT_TYPES, isContentType, type ContentType } from '@/content/contentTypes'
import { decodeCursor, type Cursor } from './cursor'
import { AppError, type Wording } from '@/platform/errors/appError'
import { inBothLanguages } from '@/i18n/defineMessages'
import { apiRefusalMessages } from '@/i18n/messages/apiRefusals'
import { type Lang, isLang } from '@/i18n/lang'

export type ItemsQuery = {
  since?: Cursor
  limit: number
  types: ContentType[]
  lang?: Lang
  topic?: string
  campaign?: string
}

const KNOWN = new Set(['since', 'limit', 'type', 'lang', 'topic', 'campaign'])
const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/

const bad = (field: string, message: Wording) => new AppError('invalid_parameter', message, { field })

export function parseSlug(params: URLSearchParams, field: 'topic' | 'campaign'): string | undefined {
  const values = params.getAll(field)
  if (values.length === 0) return undefined
  if (values.length > 1)
    throw bad(
      field,
      inBothLanguages(apiRefusalMessages, (m) => m.giveOnce(field)),
    )
  const value = values[0]!
  if (value.length > 120 || !SLUG.test(value))
    throw bad(
      field,
      inBothLanguages(apiRefusalMessages, (m) => m.slugShape(field)),
    )
  return value
}

/** Validates `/api/v1/items` query parameters; every problem names its parameter. */
export function parseItemsQuery(params: URLSearchParams, secret: string): ItemsQuery {
  for (const key of params.keys()) {
    if (!KNOWN.has(key))
      throw bad(
        key,
        inBothLanguages(apiRefusalMessages, (m) => m.unknownParameter(key.slice(0, 40))),
      )
  }
  for (const key of KNOWN)
    if (params.getAll(key).length > 1)
      throw bad(
        key,
        inBothLanguages(apiRefusalMessages, (m) => m.giveOnce(key)),
      )

  const rawLimit = params.get('limit')
  let limit = 20
  if (rawLimit !== null) {
    if (!/^\d{1,3}$/.test(rawLimit) || Number(rawLimit) < 1 || Number(rawLimit) > 100)
      throw bad(
        'limit',
        inBothLanguages(apiRefusalMessages, (m) => m.limitRange),
      )
    limit = Number(rawLimit)
  }

  let types: ContentType[] = [...CONTENT_TYPES]
  const rawType = params.get('type')
  if (rawType !== null) {
    const parts = rawType.split(',').map((part) => part.trim())
    const unknown = parts.find((part) => !isContentType(part))
    if (unknown !== undefined)
      throw bad(
        'type',
        inBothLanguages(apiRefusalMessages, (m) => m.unknownType(unknown.slice(0, 40))),
      )
    types = [...new Set(parts as ContentType[])]
  }

  const rawLang = params.get('lang')
  if (rawLang !== null && !isLang(rawLang))
    throw bad(
      'lang',
      inBothLanguages(apiRefusalMessages, (m) => m.langValue),
    )

  const rawSince = params.get('since')
  return {
    ...(rawSince !== null ? { since: decodeCursor(rawSince, secret) } : {}),
    limit,
    types,
    ...(rawLang !== null ? { lang: rawLang as Lang } : {}),
    ...(params.has('topic') ? { topic: parseSlug(params, 'topic') } : {}),
    ...(params.has('campaign') ? { campaign: parseSlug(params, 'campaign') } : {}),
  }
}
