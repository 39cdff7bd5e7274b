import type { Block, Field } from 'payload'

/** The upload collection whose files the safeguarding gate and the media rule watch. */
export const MEDIA_COLLECTION = 'media'

type Value = unknown
type Row = Record<string, unknown>

const isObject = (value: Value): value is Row => typeof value === 'object' && value !== null && !Array.isArray(value)

/** A relation's id: a bare id, a populated document, or a polymorphic `{ relationTo, value }`. */
function mediaIdOf(value: Value, relationTo: string | string[]): number | null {
  if (value == null) return null
  if (Array.isArray(relationTo)) {
    if (!isObject(value) || value.relationTo !== MEDIA_COLLECTION) return null
    return mediaIdOf(value.value, MEDIA_COLLECTION)
  }
  if (relationTo !== MEDIA_COLLECTION) return null
  const id = isObject(value) ? value.id : value
  const n = typeof id === 'string' && /^\d+$/.test(id) ? Number(id) : id
  return typeof n === 'number' && Number.isSafeInteger(n) ? n : null
}

const pointsAtMedia = (relationTo: string | string[] | undefined): boolean =>
  relationTo === MEDIA_COLLECTION || (Array.isArray(relationTo) && relationTo.includes(MEDIA_COLLECTION))

/**
 * A localized field read with `locale: 'all'` holds `{ vi: …, en: … }`; read in one
 * language it holds the value itself. Both shapes are walked.
 */
function perLocale(field: { localized?: boolean }, value: Value, locales: readonly string[]): Value[] {
  if (!field.localized || !isObject(value)) return [value]
  const keys = Object.keys(value)
  if (keys.length > 0 && keys.every((key) => locales.includes(key))) return Object.values(value)
  return [value]
}

/** Every upload or relationship to media inside a Lexical document, at any depth. */
export function filesInLexical(value: Value, into: Set<number> = new Set()): Set<number> {
  const visit = (node: Value) => {
    if (Array.isArray(node)) return node.forEach(visit)
    if (!isObject(node)) return
    if ((node.type === 'upload' || node.type === 'relationship') && node.relationTo === MEDIA_COLLECTION) {
      const id = mediaIdOf(node.value, MEDIA_COLLECTION)
      if (id !== null) into.add(id)
    }
    // Blocks inside rich text keep their own fields (and so their own uploads) under `fields`.
    for (const child of Object.values(node)) if (typeof child === 'object') visit(child)
  }
  visit(isObject(value) && 'root' in value ? value.root : value)
  return into
}

type Walk = { fields: readonly Field[]; data: Value; locales: readonly string[]; blocks: readonly Block[]; into: Set<number> }

function walk({ fields, data, locales, blocks, into }: Walk): void {
  if (!isObject(data)) return
  for (const field of fields) {
    const named = 'name' in field && typeof field.name === 'string' ? field.name : null
    switch (field.type) {
      case 'upload':
      case 'relationship': {
        if (!named || !pointsAtMedia(field.relationTo)) break
        for (const value of perLocale(field, data[named], locales)) {
          for (const item of Array.isArray(value) ? value : [value]) {
            const id = mediaIdOf(item, field.relationTo)
            if (id !== null) into.add(id)
          }
        }
        break
      }
      case 'richText': {
        if (!named) break
        for (const value of perLocale(field, data[named], locales)) filesInLexical(value, into)
        break
      }
      case 'array': {
        for (const value of perLocale(field, data[field.name], locales)) {
          for (const row of Array.isArray(value) ? value : []) walk({ fields: field.fields, data: row, locales, blocks, into })
        }
        break
      }
      case 'blocks': {
        const known = [...(field.blocks ?? []), ...blocks]
        const references = (field.blockReferences ?? []).map((ref) => (typeof ref === 'string' ? blocks.find((b) => b.slug === ref) : ref))
        for (const value of perLocale(field, data[field.name], locales)) {
          for (const row of Array.isArray(value) ? value : []) {
            if (!isObject(row)) continue
            const block = [...known, ...references].find((b) => b?.slug === row.blockType)
            if (block) walk({ fields: block.fields, data: row, locales, blocks, into })
          }
        }
        break
      }
      case 'group': {
        if (named) {
          for (const value of perLocale(field, data[named], locales)) walk({ fields: field.fields, data: value, locales, blocks, into })
        } else walk({ fields: field.fields, data, locales, blocks, into })
        break
      }
      case 'tabs': {
        for (const tab of field.tabs) {
          const tabName = 'name' in tab && typeof tab.name === 'string' ? tab.name : null
          if (tabName) {
            for (const value of perLocale(tab, data[tabName], locales)) walk({ fields: tab.fields, data: value, locales, blocks, into })
          } else walk({ fields: tab.fields, data, locales, blocks, into })
        }
        break
      }
      case 'row':
      case 'collapsible':
        walk({ fields: field.fields, data, locales, blocks, into })
        break
      default:
        break
    }
  }
}

export type FilesUsedByArgs = {
  /** The collection's fields, straight from its configuration. */
  fields: readonly Field[]
  /** The item, read in one language or with `locale: 'all'`, at any depth. */
  doc: Value
  locales?: readonly string[]
  /** The config's shared blocks, for `blockReferences`. */
  blocks?: readonly Block[]
}

/**
 * Every media file an item uses, found from its collection's configuration: each upload
 * and relationship field to media at any depth (arrays, groups, tabs, blocks, localized
 * values) and each upload node in rich text. No field is named here, so a field added
 * tomorrow is counted tomorrow. The safeguarding gate and the media visibility rule
 * both use it.
 */
export function filesUsedBy({ fields, doc, locales = ['vi', 'en'], blocks = [] }: FilesUsedByArgs): number[] {
  const into = new Set<number>()
  walk({ fields, data: doc, locales, blocks, into })
  return [...into].sort((a, b) => a - b)
}
