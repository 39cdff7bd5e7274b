import { foldText } from './foldText'

const BEFORE = 8
const MAX_WORDS = 30

/**
 * A short excerpt of the original summary, diacritics kept, around its first word that
 * a query word starts (the index matches prefixes, so the snippet does too). Built here
 * because `ts_headline` over the folded text would show the reader words without accents.
 */
export function makeSnippet(summary: string, words: string[]): string {
  const tokens = summary.split(/\s+/).filter(Boolean)
  if (tokens.length === 0) return ''
  // A token such as "(trẻ-em)" holds several words; punctuation is not part of any.
  const matches = (token: string) =>
    foldText(token)
      .split(/[^\p{L}\p{Nd}]+/u)
      .some((part) => part && words.some((word) => part.startsWith(word)))
  const hit = Math.max(0, tokens.findIndex(matches))
  const start = Math.max(0, hit - BEFORE)
  const end = Math.min(tokens.length, start + MAX_WORDS)
  return `${start > 0 ? '… ' : ''}${tokens.slice(start, end).join(' ')}${end < tokens.length ? ' …' : ''}`
}
