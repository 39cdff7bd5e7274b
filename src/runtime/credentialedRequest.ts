import type { IncomingHttpHeaders } from 'node:http'

import { PRESS_SESSION_COOKIE } from '../press/session/pressCookie'

/** Payload's session cookie (its default cookie prefix, `payload`). */
export const PAYLOAD_SESSION_COOKIE = 'payload-token'

/**
 * Whether a request speaks for someone: an Authorization header (a staff JWT or an
 * agency's API key) or a session cookie (staff or press room). Such a request reads from
 * the primary (src/db/readRouting.ts): whoever just published, rotated a key or signed in
 * on one instance must see it on the next request, whichever instance answers.
 */
export function isCredentialedRequest(headers: IncomingHttpHeaders): boolean {
  if (headers.authorization) return true
  const cookie = headers.cookie
  if (!cookie) return false
  return cookie.split(';').some((part) => {
    const name = part.split('=')[0]!.trim()
    return name === PAYLOAD_SESSION_COOKIE || name === PRESS_SESSION_COOKIE
  })
}
