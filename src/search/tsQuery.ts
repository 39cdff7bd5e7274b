import { foldText } from './foldText'

/** Longer queries are cut: nobody types more, and it bounds the work one request can ask for. */
export const MAX_QUERY_LENGTH = 200
const MAX_WORDS = 12

/**
 * The words of a query, folded. Only letters and digits survive, so nothing a user types
 * can reach tsquery's syntax (`& | ! ( ) : * ' \ < >`); everything else separates words.
 * Fewer than two characters in all is no query: it would match almost everything.
 */
export function queryWords(q: string): string[] {
  const folded = foldText(q.slice(0, MAX_QUERY_LENGTH))
  const words = folded
    .split(/[^\p{L}\p{Nd}]+/u)
    .filter(Boolean)
    .slice(0, MAX_WORDS)
  return words.join('').length < 2 ? [] : words
}

/** A prefix-aware tsquery for `to_tsquery('simple', …)`: every word must match, as typed or as the start of a word. */
export const prefixTsQuery = (words: string[]): string => words.map((word) => `${word}:*`).join(' & ')

/** The same query restricted to titles (weight A in `site_search.document`). */
export const titleTsQuery = (words: string[]): string => words.map((word) => `${word}:*A`).join(' & ')
