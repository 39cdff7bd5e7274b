const HTTP_URL = /^https?:\/\/\S+$/i
// eslint-disable-next-line no-control-regex
const CONTROL = /[\u0000-\u001f\u007f-\u009f]/

/**
 * The URL, trimmed, when it is an absolute http(s) URL fit to put in an href and on a
 * line of its own in the text part; otherwise undefined, so that `javascript:`, `data:`
 * and relative URLs are never linked.
 */
export const safeHttpUrl = (url: string | null | undefined): string | undefined => {
  if (typeof url !== 'string') return undefined
  const trimmed = url.trim()
  if (!HTTP_URL.test(trimmed) || CONTROL.test(trimmed)) return undefined
  try {
    new URL(trimmed)
  } catch {
    return undefined
  }
  return trimmed
}
