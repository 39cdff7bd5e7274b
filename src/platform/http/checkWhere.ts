import { parsePathId } from './pathId'
import type { FieldKind, FieldKinds } from './queryFieldKinds'
import { problem, type RequestProblem } from './requestProblem'

const SCALAR_OPERATORS = new Set(['equals', 'not_equals', 'greater_than', 'greater_than_equal', 'less_than', 'less_than_equal', 'like', 'not_like', 'contains'])
const LIST_OPERATORS = new Set(['in', 'not_in', 'all'])
const GEO_OPERATORS = new Set(['near', 'within', 'intersects'])
const MAX_DEPTH = 8
const MAX_CONDITIONS = 200

type Walk = { kinds: FieldKinds; conditions: number }

const isPlainObject = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value) && !(value instanceof Date)
const isScalar = (value: unknown): boolean => value === null || value instanceof Date || ['string', 'number', 'boolean'].includes(typeof value)

function scalarFits(kind: FieldKind | undefined, value: unknown): string | null {
  if (!kind || value === null || value === '') return null
  switch (kind.kind) {
    case 'id':
      return parsePathId(value) === null ? 'an id: a whole number from 1 to 2147483647' : null
    case 'enum':
      return kind.options.includes(String(value)) ? null : `one of ${kind.options.join(', ')}`
    case 'date':
      return Number.isNaN(new Date(value as string).getTime()) ? 'a date such as 2026-01-31T00:00:00Z' : null
    case 'number':
      return Number.isFinite(Number(value)) ? null : 'a number'
  }
}

function checkCondition(path: string, operators: unknown, walk: Walk): RequestProblem | null {
  const field = `where.${path}`
  if (!isPlainObject(operators)) return problem(field, `\`${field}\` must name an operator, such as where[${path}][equals]=….`)
  // Only the first segment's column is known here; deeper paths are Payload's to validate.
  const kind = path.includes('.') ? undefined : walk.kinds.get(path)
  for (const [operator, value] of Object.entries(operators)) {
    walk.conditions += 1
    const at = `${field}.${operator}`
    if (operator === 'exists') {
      if (![true, false, 'true', 'false'].includes(value as never)) return problem(at, `\`${at}\` must be true or false.`)
    } else if (SCALAR_OPERATORS.has(operator)) {
      if (!isScalar(value)) return problem(at, `\`${at}\` must be a single value, not a list or an object.`)
      const expected = operator === 'like' || operator === 'not_like' || operator === 'contains' ? null : scalarFits(kind, value)
      if (expected) return problem(at, `\`${at}\` must be ${expected}.`)
    } else if (LIST_OPERATORS.has(operator)) {
      const list = typeof value === 'string' ? value.split(',') : value
      if (!Array.isArray(list) || !list.every(isScalar)) return problem(at, `\`${at}\` must be a list of values.`)
      const expected = list.map((item) => scalarFits(kind, item)).find(Boolean)
      if (expected) return problem(at, `\`${at}\` must hold only ${expected}.`)
    } else if (!GEO_OPERATORS.has(operator)) {
      return problem(at, `\`${operator}\` is not a query operator; use equals, not_equals, in, not_in, like, contains, exists, greater_than or less_than.`)
    }
  }
  return null
}

function checkNode(node: unknown, walk: Walk, depth: number, at: string): RequestProblem | null {
  if (!isPlainObject(node)) return problem(at, `\`${at}\` must be an object of conditions, such as where[title][like]=…; JSON is accepted too.`)
  if (depth > MAX_DEPTH) return problem(at, `\`where\` nests more than ${MAX_DEPTH} levels of and/or.`)
  for (const [key, value] of Object.entries(node)) {
    if (key === 'and' || key === 'or') {
      const branches = isPlainObject(value) ? Object.values(value) : value
      if (!Array.isArray(branches)) return problem(`${at}.${key}`, `\`${at}.${key}\` must be a list of conditions.`)
      for (const [index, branch] of branches.entries()) {
        const found = checkNode(branch, walk, depth + 1, `${at}.${key}.${index}`)
        if (found) return found
      }
    } else {
      const found = checkCondition(key, value, walk)
      if (found) return found
    }
    if (walk.conditions > MAX_CONDITIONS) return problem('where', `\`where\` has more than ${MAX_CONDITIONS} conditions.`)
  }
  return null
}

/** Checks a REST `where` (already JSON-parsed or as qs built it) against the columns it compares. */
export function checkWhere(where: unknown, kinds: FieldKinds): RequestProblem | null {
  if (where === undefined || where === '') return null
  return checkNode(where, { kinds, conditions: 0 }, 0, 'where')
}
