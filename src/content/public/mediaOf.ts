import type { Media } from '../../../payload-types'

/** Populated media of a relationship, leaving out ids the reader may not see. */
export const mediaOf = (value: unknown): Media[] =>
  (Array.isArray(value) ? value : value ? [value] : []).filter((item): item is Media => typeof item === 'object' && item !== null && 'url' in item)

/** Populated documents of a hasMany relationship (topics, audiences, campaigns). */
export const populated = <T extends { id: number }>(value: unknown): T[] =>
  (Array.isArray(value) ? value : value ? [value] : []).filter((item): item is T => typeof item === 'object' && item !== null && 'id' in item)
