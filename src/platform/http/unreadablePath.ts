import { problem, type RequestProblem } from './requestProblem'

/**
 * What is wrong with a request path before any route sees it: percent-escapes that are not
 * UTF-8 (`%C0%AE`) make Next.js's params decoding throw, and a decoded NUL or control character
 * reaches PostgreSQL, which refuses it; both answered 500.
 */
export function unreadablePath(pathname: string): RequestProblem | null {
  let decoded: string
  try {
    decoded = decodeURIComponent(pathname)
  } catch {
    return problem('path', 'The path holds percent-escapes that are not UTF-8.')
  }
  // eslint-disable-next-line no-control-regex
  return /[\u0000-\u001f\u007f]/.test(decoded) ? problem('path', 'The path holds a control character such as NUL.') : null
}
