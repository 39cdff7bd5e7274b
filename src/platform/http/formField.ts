// Characters a browser, a phone keyboard or a copy from a word processor leave around a value:
// every Unicode space (U+00A0, U+3000 and the like) plus the zero-width ones, which \s misses.
const INVISIBLE = '\\s\\u200B-\\u200D\\u2060\\u180E\\uFEFF'
const EDGES = new RegExp(`^[${INVISIBLE}]+|[${INVISIBLE}]+$`, 'gu')
const ZERO_WIDTH = /[\u200B-\u200D\u2060\u180E\uFEFF]/gu

/**
 * One form field as the app uses it: Unicode NFC (so "ệ" typed two ways is one value), zero-width
 * characters gone and every kind of whitespace trimmed from both ends. Non-text is "".
 */
export function formField(value: unknown): string {
  if (typeof value !== 'string') return ''
  return value.normalize('NFC').replace(ZERO_WIDTH, '').replace(EDGES, '')
}

/** Every field of a form through `formField`; a field sent twice keeps both values. */
export function normaliseForm(form: URLSearchParams): URLSearchParams {
  const clean = new URLSearchParams()
  for (const [key, value] of form) clean.append(formField(key), formField(value))
  return clean
}
