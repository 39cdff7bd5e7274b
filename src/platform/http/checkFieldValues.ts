import type { Field } from 'payload'

import { parsePathId } from './pathId'
import { problem, type RequestProblem } from './requestProblem'

const TEXT_TYPES = new Set(['text', 'textarea', 'email', 'code', 'date', 'radio', 'select'])
const isPlainObject = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value)

/** What a scalar field's value must be, or null when it may be. */
function scalarProblem(field: Field & { name: string; hasMany?: boolean }, value: unknown, at: string): RequestProblem | null {
  if (value === null || value === undefined) return null
  const many = Boolean(field.hasMany)
  if (TEXT_TYPES.has(field.type)) {
    // A number is written as its digits, as Payload does; a list, an object or a flag is not text.
    const isText = (item: unknown) => typeof item === 'string' || (typeof item === 'number' && Number.isFinite(item))
    const ok = many ? Array.isArray(value) && value.every(isText) : isText(value)
    return ok ? null : problem(at, many ? 'textList' : 'text', { at }, 'invalid_body')
  }
  if (field.type === 'number') {
    const isNumber = (item: unknown) =>
      (typeof item === 'number' && Number.isFinite(item)) || (typeof item === 'string' && item.trim() !== '' && Number.isFinite(Number(item)))
    const ok = many ? Array.isArray(value) && value.every(isNumber) : isNumber(value)
    return ok ? null : problem(at, 'number', { at }, 'invalid_body')
  }
  if (field.type === 'checkbox')
    return typeof value === 'boolean' || value === 'true' || value === 'false' ? null : problem(at, 'boolean', { at }, 'invalid_body')
  return null
}

const isId = (value: unknown): boolean => parsePathId(value) !== null
// A populated document, as a client that read at depth 1 sends it back: Payload keeps its id.
const isIdOrDocument = (value: unknown): boolean => isId(value) || (isPlainObject(value) && isId(value.id))

/**
 * What a relationship or upload field's value must be: an id (a number or its digits), or
 * `{ relationTo, value }` naming one of its collections when it may point at several; a
 * list of those when it holds many. Anything else reached PostgreSQL's integer columns as a 500.
 */
function relationProblem(field: { relationTo: string | string[]; hasMany?: boolean }, value: unknown, at: string): RequestProblem | null {
  // Payload reads an empty value as "no relation".
  if (value === null || value === '') return null
  const many = Boolean(field.hasMany)
  const collections = Array.isArray(field.relationTo) ? field.relationTo : null
  const isOne = collections
    ? (item: unknown) => isPlainObject(item) && typeof item.relationTo === 'string' && collections.includes(item.relationTo) && isIdOrDocument(item.value)
    : isIdOrDocument
  const ok = many && Array.isArray(value) ? value.every(isOne) : isOne(value)
  if (ok) return null
  return collections
    ? problem(at, 'polymorphicRelation', { at, collections: collections.join(', '), many }, 'invalid_body')
    : problem(at, 'relation', { at, many }, 'invalid_body')
}

/**
 * What is wrong with the values of a create or update body, field by field from the
 * configuration: a text that is not text, a number that is not a number, a list that is
 * not a list, an object where an id belongs. Payload would store `["a"]` in a text field as the string '["a"]', or hand
 * PostgreSQL a value it refuses with a 500. A localized field may hold one value per locale.
 */
export function checkFieldValues(data: unknown, fields: readonly Field[], locales: readonly string[], prefix = ''): RequestProblem | null {
  if (!isPlainObject(data)) return null
  for (const field of fields) {
    if (!('name' in field) || !field.name) {
      if (field.type === 'tabs') {
        for (const tab of field.tabs) {
          const inner = 'name' in tab && tab.name ? data[tab.name] : data
          const found = checkFieldValues(inner, tab.fields, locales, 'name' in tab && tab.name ? `${prefix}${tab.name}.` : prefix)
          if (found) return found
        }
      } else if ('fields' in field && Array.isArray(field.fields)) {
        const found = checkFieldValues(data, field.fields, locales, prefix)
        if (found) return found
      }
      continue
    }
    const at = `${prefix}${field.name}`
    const value = data[field.name]
    if (value === undefined) continue
    const perLocale = 'localized' in field && field.localized && isPlainObject(value) && Object.keys(value).every((key) => locales.includes(key))
    const values = perLocale && field.type !== 'group' && field.type !== 'json' && field.type !== 'richText' ? Object.values(value) : [value]
    for (const item of values) {
      const found = valueProblem(field as Field & { name: string }, item, at, locales)
      if (found) return found
    }
  }
  return null
}

function valueProblem(field: Field & { name: string }, value: unknown, at: string, locales: readonly string[]): RequestProblem | null {
  if (field.type === 'group') {
    if (value === null) return null
    return isPlainObject(value) ? checkFieldValues(value, field.fields, locales, `${at}.`) : problem(at, 'fieldsObject', { at }, 'invalid_body')
  }
  if (field.type === 'array') {
    if (value === null) return null
    if (!Array.isArray(value)) return problem(at, 'rows', { at }, 'invalid_body')
    for (const [index, row] of value.entries()) {
      if (!isPlainObject(row)) return problem(`${at}.${index}`, 'fieldsObject', { at: `${at}.${index}` }, 'invalid_body')
      const found = checkFieldValues(row, field.fields, locales, `${at}.${index}.`)
      if (found) return found
    }
    return null
  }
  if (field.type === 'relationship' || field.type === 'upload') return relationProblem(field, value, at)
  return scalarProblem(field as Field & { name: string; hasMany?: boolean }, value, at)
}
