import { parsePathId } from './pathId'
import type { FieldKind, FieldKinds } from './queryFieldKinds'
import { problem, type ExpectedValue, type RequestProblem } from './requestProblem'

const SCALAR_OPERATORS = new Set(['equals', 'not_equals', 'greater_than', 'greater_than_equal', 'less_than', 'less_than_equal', 'like', 'not_like', 'contains'])
const LIST_OPERATORS = new Set(['in', 'not_in', 'all'])
const GEO_OPERATORS = new Set(['near', 'within', 'intersects'])
const MAX_DEPTH = 8
const MAX_CONDITIONS = 200

type Walk = { kinds: FieldKinds; conditions: number }

const isPlainObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value) && !(value instanceof Date)
const isScalar = (value: unknown): boolean => value === null || value instanceof Date || ['string', 'number', 'boolean'].includes(typeof value)

function scalarFits(kind: FieldKind | undefined, value: unknown): ExpectedValue | null {
  if (!kind || value === null || value === '') return null
  switch (kind.kind) {
    case 'id':
      return parsePathId(value) === null ? { kind: 'id' } : null
    case 'enum':
      return kind.options.includes(String(value)) ? null : { kind: 'enum', options: kind.options.join(', ') }
    case 'date':
      return Number.isNaN(new Date(value as string).getTime()) ? { kind: 'date' } : null
    case 'number':
      return Number.isFinite(Number(value)) ? null : { kind: 'number' }
  }
}

function checkCondition(path: string, operators: unknown, walk: Walk): RequestProblem | null {
  const field = `where.${path}`
  if (!isPlainObject(operators)) return problem(field, 'operatorNeeded', { at: field, path })
  // Only the first segment's column is known here; deeper paths are Payload's to validate.
  const kind = path.includes('.') ? undefined : walk.kinds.get(path)
  for (const [operator, value] of Object.entries(operators)) {
    walk.conditions += 1
    const at = `${field}.${operator}`
    if (operator === 'exists') {
      if (![true, false, 'true', 'false'].includes(value as never)) return problem(at, 'boolean', { at })
    } else if (SCALAR_OPERATORS.has(operator)) {
      if (!isScalar(value)) return problem(at, 'singleValue', { at })
      const expected = operator === 'like' || operator === 'not_like' || operator === 'contains' ? null : scalarFits(kind, value)
      if (expected) return problem(at, 'valueKind', { at, expected })
    } else if (LIST_OPERATORS.has(operator)) {
      const list = typeof value === 'string' ? value.split(',') : value
      if (!Array.isArray(list) || !list.every(isScalar)) return problem(at, 'valueList', { at })
      const expected = list.map((item) => scalarFits(kind, item)).find(Boolean)
      if (expected) return problem(at, 'valueListKind', { at, expected })
    } else if (!GEO_OPERATORS.has(operator)) {
      return problem(at, 'unknownOperator', { operator })
    }
  }
  return null
}

function checkNode(node: unknown, walk: Walk, depth: number, at: string): RequestProblem | null {
  if (!isPlainObject(node)) return problem(at, 'conditions', { at })
  if (depth > MAX_DEPTH) return problem(at, 'tooDeep', { max: MAX_DEPTH })
  for (const [key, value] of Object.entries(node)) {
    if (key === 'and' || key === 'or') {
      const branches = isPlainObject(value) ? Object.values(value) : value
      if (!Array.isArray(branches)) return problem(`${at}.${key}`, 'conditionList', { at: `${at}.${key}` })
      for (const [index, branch] of branches.entries()) {
        const found = checkNode(branch, walk, depth + 1, `${at}.${key}.${index}`)
        if (found) return found
      }
    } else {
      const found = checkCondition(key, value, walk)
      if (found) return found
    }
    if (walk.conditions > MAX_CONDITIONS) return problem('where', 'tooMany', { max: MAX_CONDITIONS })
  }
  return null
}

/** Checks a REST `where` (already JSON-parsed or as qs built it) against the columns it compares. */
export function checkWhere(where: unknown, kinds: FieldKinds): RequestProblem | null {
  if (where === undefined || where === '') return null
  return checkNode(where, { kinds, conditions: 0 }, 0, 'where')
}
