/**
 * The proxy answers this before Payload or the language layer is reached, and serialises it
 * as it is; its words stay those of the proxy's contract until the proxy words it per client.
 */
export type PathProblem = { field: 'path'; code: 'invalid_parameter'; message: string }

const pathProblem = (message: string): PathProblem => ({ field: 'path', code: 'invalid_parameter', message })

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
    return pathProblem('The path holds percent-escapes that are not UTF-8.')
  }
  // eslint-disable-next-line no-control-regex
  return /[\u0000-\u001f\u007f]/.test(decoded) ? pathProblem('The path holds a control character such as NUL.') : null
}
