import { checkWhere } from './checkWhere'
import type { FieldKinds } from './queryFieldKinds'
import { problem, type RequestProblem } from './requestProblem'

export const MAX_LIMIT = 1000
export const MAX_PAGE = 100_000
export const MAX_DEPTH = 10

const BOOLEAN = ['true', 'false']

type Context = { kinds: FieldKinds; locales: readonly string[] }

// Payload's parseParams turns these into numbers and booleans in place, before the hooks see
// them, and leaves what it cannot parse as it was (or undefined): both forms are checked.
const wholeNumber = (value: unknown, min: number, max: number): boolean =>
  (typeof value === 'number' || (typeof value === 'string' && /^\d{1,7}$/.test(value))) &&
  Number.isInteger(Number(value)) &&
  Number(value) >= min &&
  Number(value) <= max

function checkNumber(query: Record<string, unknown>, name: string, min: number, max: number): RequestProblem | null {
  if (query[name] === undefined || query[name] === '') return null
  return wholeNumber(query[name], min, max) ? null : problem(name, 'wholeNumber', { name, min, max })
}

function checkSort(sort: unknown): RequestProblem | null {
  const list = typeof sort === 'string' ? sort.split(',') : sort
  if (!Array.isArray(list) || list.length > 10 || !list.every((item) => typeof item === 'string' && /^-?[A-Za-z_][\w.]{0,100}$/.test(item))) {
    return problem('sort', 'sort', {})
  }
  return null
}

function checkSelect(select: unknown, depth = 0): RequestProblem | null {
  if (typeof select !== 'object' || select === null || Array.isArray(select) || depth > 5) {
    return problem('select', 'select', {})
  }
  for (const [key, value] of Object.entries(select)) {
    if (!/^[A-Za-z_]\w{0,100}$/.test(key)) return problem('select', 'selectName', { key: key.slice(0, 40) })
    if (value === 'true' || value === 'false' || typeof value === 'boolean') continue
    const nested = checkSelect(value, depth + 1)
    if (nested) return nested
  }
  return null
}

function checkChoice(query: Record<string, unknown>, name: string, allowed: readonly string[]): RequestProblem | null {
  if (query[name] === undefined) return null
  const value = typeof query[name] === 'boolean' ? String(query[name]) : query[name]
  return allowed.includes(value as string) ? null : problem(name, 'choice', { name, allowed: allowed.join(', ') })
}

/**
 * The REST query parameters Payload would otherwise hand to the database unchecked, as qs
 * parsed them from the URL: a number given twice is an array, `page=-5` a negative offset,
 * `limit=1e12` an overflow. The first problem found is the one reported.
 */
export function checkQueryParams(query: Record<string, unknown>, context: Context): RequestProblem | null {
  return (
    checkNumber(query, 'limit', 0, MAX_LIMIT) ??
    checkNumber(query, 'page', 1, MAX_PAGE) ??
    checkNumber(query, 'depth', 0, MAX_DEPTH) ??
    (query.sort !== undefined ? checkSort(query.sort) : null) ??
    (query.select !== undefined ? checkSelect(query.select) : null) ??
    checkChoice(query, 'draft', BOOLEAN) ??
    checkChoice(query, 'trash', BOOLEAN) ??
    checkChoice(query, 'pagination', BOOLEAN) ??
    checkChoice(query, 'locale', [...context.locales, 'all']) ??
    checkChoice(query, 'fallback-locale', [...context.locales, 'none', 'null', 'false']) ??
    checkChoice(query, 'fallbackLocale', [...context.locales, 'none', 'null', 'false']) ??
    (typeof query.data === 'string' && parseJson(query.data) === NOT_JSON ? problem('data', 'json', { name: 'data' }) : null) ??
    checkWhere(typeof query.where === 'string' ? parseJson(query.where) : query.where, context.kinds)
  )
}

const NOT_JSON = Symbol('not JSON')

function parseJson(text: string): unknown {
  if (text === '') return undefined
  try {
    return JSON.parse(text)
  } catch {
    return NOT_JSON
  }
}
