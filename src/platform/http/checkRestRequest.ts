import type { PayloadRequest, SanitizedCollectionConfig } from 'payload'

import { checkQueryParams } from './checkQueryParams'
import { parsePathId } from './pathId'
import { queryFieldKinds } from './queryFieldKinds'
import { problem, type RequestProblem } from './requestProblem'

type Found = RequestProblem & { status: 400 | 404 }

const usesNumericIds = (collection: SanitizedCollectionConfig): boolean =>
  !collection.flattenedFields.some((field) => field.name === 'id' && field.type !== 'number')

/**
 * What is wrong with a REST request to a collection, judged from the request alone: its path
 * id, its query parameters and, for `/versions`, whether the collection keeps versions.
 */
export function checkRestRequest(req: PayloadRequest, collection: SanitizedCollectionConfig): Found | null {
  const segments = (req.pathname ?? '').split('/')
  const after = segments.slice(segments.indexOf(collection.slug) + 1)
  if (after[0] === 'versions' && !collection.versions) {
    return { ...problem('path', 'noVersions', { slug: collection.slug }), status: 404 }
  }
  const rawId = req.routeParams?.id
  if (rawId !== undefined && usesNumericIds(collection) && parsePathId(rawId) === null) {
    return { ...problem('id', 'id', { value: String(rawId).slice(0, 40) }, 'invalid_id'), status: 400 }
  }
  const repeated = repeatedParam(req.searchParams)
  if (repeated) return { ...problem(repeated, 'repeated', { name: repeated }), status: 400 }
  const locales = req.payload.config.localization ? req.payload.config.localization.localeCodes : []
  const kinds = queryFieldKinds(collection.flattenedFields, {
    drafts: Boolean(collection.versions && typeof collection.versions === 'object' && collection.versions.drafts),
  })
  const found = checkQueryParams((req.query ?? {}) as Record<string, unknown>, { kinds, locales })
  return found ? { ...found, status: 400 } : null
}

/** What is wrong with a create or update body: it must be an object, and `_status` a word Payload knows. */
export function checkRestBody(data: unknown, collection: SanitizedCollectionConfig): RequestProblem | null {
  if (data === undefined) return null
  if (typeof data !== 'object' || data === null || Array.isArray(data)) return problem('body', 'bodyObject', {}, 'invalid_body')
  const nul = pathOfNul(data, 'body', 0)
  if (nul) return problem(nul, 'nul', { at: nul }, 'invalid_body')
  const status = (data as Record<string, unknown>)._status
  if (status !== undefined && collection.versions && status !== 'draft' && status !== 'published') {
    return problem('_status', 'status', {}, 'invalid_body')
  }
  return null
}

// PostgreSQL refuses U+0000 in text, as an error that became a 500.
function pathOfNul(value: unknown, at: string, depth: number): string | null {
  if (typeof value === 'string') return value.includes('\u0000') ? at : null
  if (typeof value !== 'object' || value === null || depth > 20) return null
  for (const [key, item] of Object.entries(value)) {
    const found = pathOfNul(item, `${at}.${key}`, depth + 1)
    if (found) return found
  }
  return null
}

const SINGLE_VALUED = new Set([
  'limit',
  'page',
  'depth',
  'sort',
  'draft',
  'locale',
  'fallback-locale',
  'fallbackLocale',
  'trash',
  'pagination',
  'where',
  'select',
])
const STRUCTURED = new Set(['where', 'select'])

// Payload quietly drops `draft[]=true` or `sort[x]=b` (or reads the first of two), where a client is owed a 400.
function repeatedParam(params: URLSearchParams | undefined): string | null {
  if (!params) return null
  const seen = new Set<string>()
  for (const key of params.keys()) {
    const name = key.split('[')[0]!
    if (!SINGLE_VALUED.has(name)) continue
    if (key !== name && !STRUCTURED.has(name)) return name
    if (key === name && seen.has(name)) return name
    if (key === name) seen.add(name)
  }
  return null
}
