import crypto from 'node:crypto'

import { parsePathId } from '../platform/http/pathId'

/**
 * Subscriber tokens are `<subscriber id>.<32 random bytes, base64url>`. Only the SHA-256
 * of the random part is stored; a token is checked by loading its subscriber by id and
 * comparing hashes in constant time, so a guess learns nothing from the timing.
 */
export type MintedToken = { token: string; hash: string }

const hashOf = (secret: string): string => crypto.createHash('sha256').update(secret).digest('hex')

export function mintToken(subscriberId: number): MintedToken {
  const secret = crypto.randomBytes(32).toString('base64url')
  return { token: `${subscriberId}.${secret}`, hash: hashOf(secret) }
}

/** The subscriber id a token names, or null when it is not shaped like one of ours. */
export function subscriberIdOf(token: unknown): number | null {
  if (typeof token !== 'string' || token.length > 120) return null
  const match = /^(\d{1,12})\.([A-Za-z0-9_-]{43})$/.exec(token)
  // An id past PostgreSQL's integer range is no subscriber of ours: the link is unknown, not a 500.
  return match ? parsePathId(match[1]) : null
}

/** True when the token's random part hashes to the stored hash. */
export function tokenMatches(token: string, storedHash: string | null | undefined): boolean {
  if (!storedHash) return false
  const secret = token.slice(token.indexOf('.') + 1)
  const given = Buffer.from(hashOf(secret), 'hex')
  const stored = Buffer.from(storedHash, 'hex')
  return given.length === stored.length && crypto.timingSafeEqual(given, stored)
}
