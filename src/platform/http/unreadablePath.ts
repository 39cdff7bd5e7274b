/** Why a path cannot be read; the proxy words it in the client's language (src/i18n/messages/sitePages.ts). */
export type PathProblem = { field: 'path'; reason: 'not_utf8' | 'control_character' }

/**
 * What is wrong with a request path before any route sees it: percent-escapes that are not
 * UTF-8 (`%C0%AE`) make Next.js's params decoding throw, and a decoded NUL or control character
 * reaches PostgreSQL, which refuses it; both answered 500.
 */
export function unreadablePath(pathname: string): PathProblem | null {
  let decoded: string
  try {
    decoded = decodeURIComponent(pathname)
  } catch {
    return { field: 'path', reason: 'not_utf8' }
  }
  // eslint-disable-next-line no-control-regex
  return /[\u0000-\u001f\u007f]/.test(decoded) ? { field: 'path', reason: 'control_character' } : null
}
