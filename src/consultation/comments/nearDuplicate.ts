/** Comments are compared on their words alone: case, punctuation and spacing do not count. */
export function normaliseForComparison(text: string): string {
  return text
    .normalize('NFC')
    .toLocaleLowerCase('vi')
    .replace(/[^\p{L}\p{M}\p{N}]+/gu, ' ')
    .trim()
}

function shingles(words: string[], size: number): Set<string> {
  const out = new Set<string>()
  for (let i = 0; i + size <= words.length; i += 1) out.add(words.slice(i, i + size).join(' '))
  return out
}

/** How much of two texts is the same runs of three words (Jaccard similarity of word shingles). */
export function similarity(a: string, b: string): number {
  const left = normaliseForComparison(a)
  const right = normaliseForComparison(b)
  if (left === right) return 1
  const leftWords = left.split(' ')
  const rightWords = right.split(' ')
  const size = Math.min(3, leftWords.length, rightWords.length)
  const x = shingles(leftWords, size)
  const y = shingles(rightWords, size)
  let shared = 0
  for (const item of x) if (y.has(item)) shared += 1
  const union = x.size + y.size - shared
  return union === 0 ? 0 : shared / union
}

/** At or above this, a comment is the same comment sent again (perhaps with a word changed). */
export const NEAR_DUPLICATE_THRESHOLD = 0.8

export const isNearDuplicate = (a: string, b: string): boolean => similarity(a, b) >= NEAR_DUPLICATE_THRESHOLD
