/**
 * What a `where` may compare a top-level field with, as far as the database column is strict
 * about it: ids and relations are PostgreSQL integers, selects are enums, dates are timestamps.
 * Everything else is left to Payload's own query validation.
 */
export type FieldKind = { kind: 'id' } | { kind: 'enum'; options: readonly string[] } | { kind: 'date' } | { kind: 'number' }
export type FieldKinds = ReadonlyMap<string, FieldKind>

type AnyField = { name?: string; type: string; options?: unknown[]; relationTo?: unknown; hasMany?: boolean }

const optionValue = (option: unknown): string => (typeof option === 'object' && option !== null ? String((option as { value: unknown }).value) : String(option))

function kindOf(field: AnyField): FieldKind | null {
  switch (field.type) {
    case 'select':
    case 'radio':
      return { kind: 'enum', options: (field.options ?? []).map(optionValue) }
    case 'relationship':
    case 'upload':
      return typeof field.relationTo === 'string' ? { kind: 'id' } : null
    case 'date':
      return { kind: 'date' }
    case 'number':
      return { kind: 'number' }
    default:
      return null
  }
}

const cache = new WeakMap<object, FieldKinds>()

/** The kinds of a collection's top-level fields (Payload's flattened fields), plus `id` and, with drafts, `_status`. */
export function queryFieldKinds(fields: readonly AnyField[], options: { drafts: boolean }): FieldKinds {
  const cached = cache.get(fields)
  if (cached) return cached
  const kinds = new Map<string, FieldKind>([['id', { kind: 'id' }]])
  for (const field of fields) {
    const kind = field.name ? kindOf(field) : null
    if (kind && field.name) kinds.set(field.name, kind)
  }
  if (options.drafts) kinds.set('_status', { kind: 'enum', options: ['draft', 'published'] })
  cache.set(fields, kinds)
  return kinds
}
