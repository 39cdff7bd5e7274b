import { randomBytes } from 'node:crypto'

import type { CollectionBeforeValidateHook } from 'payload'

type Row = { key?: unknown; articles?: unknown; clauses?: unknown }

const newKey = (prefix: string): string =>
  `${prefix}-${randomBytes(6)
    .toString('base64url')
    .toLowerCase()
    .replace(/[^a-z0-9]/g, '0')}`

/**
 * Gives every chapter, article and clause a stable id the first time it is saved. The id
 * is what diffs, comments and answers hold on to, so it must survive reordering and
 * renumbering. A duplicated row arrives with its original's id: the later copy gets a new one.
 */
export const assignStableKeys: CollectionBeforeValidateHook = ({ data }) => {
  if (!data || !Array.isArray(data.chapters)) return data
  const seen = new Set<string>()
  const keep = (row: Row, prefix: string) => {
    const key = typeof row.key === 'string' && /^[a-z]{2}-[a-z0-9]{4,16}$/.test(row.key) ? row.key : ''
    row.key = key && !seen.has(key) ? key : newKey(prefix)
    seen.add(row.key as string)
  }
  for (const chapter of data.chapters as Row[]) {
    keep(chapter, 'ch')
    for (const article of (Array.isArray(chapter.articles) ? chapter.articles : []) as Row[]) {
      keep(article, 'ar')
      for (const clause of (Array.isArray(article.clauses) ? article.clauses : []) as Row[]) keep(clause, 'cl')
    }
  }
  return data
}
