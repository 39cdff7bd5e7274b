import { createHmac, randomBytes, timingSafeEqual } from 'node:crypto'

/** The request header that carries the signature; agencies read it to verify a delivery. */
export const SIGNATURE_HEADER = 'X-Newsroom-Signature'

/** Five minutes: long enough for clock drift and retries in flight, short enough to make replays useless. */
const DEFAULT_TOLERANCE_SECONDS = 300

const HEX_SHA256 = /^[0-9a-f]{64}$/

type SignOptions = {
  secret: string
  body: string | Buffer
  /** Unix seconds; defaults to now. Passed explicitly so that tests and retries are reproducible. */
  timestamp?: number
}

type VerifyOptions = {
  secret: string
  body: string | Buffer
  header: string | null | undefined
  toleranceSeconds?: number
  /** Unix seconds; defaults to now. */
  now?: number
}

const unixNow = () => Math.floor(Date.now() / 1000)

/**
 * The timestamp is part of the signed text so that a captured delivery cannot be replayed
 * later with a fresh `t=`: changing it breaks the HMAC.
 */
function hmacHex(secret: string, timestamp: number, body: string | Buffer): string {
  return createHmac('sha256', secret).update(`${timestamp}.`).update(body).digest('hex')
}

/** Returns the value of the signature header: `t=<unix seconds>,v1=<hex HMAC-SHA256 of "<t>.<body>">`. */
export function signWebhook({ secret, body, timestamp = unixNow() }: SignOptions): string {
  return `t=${timestamp},v1=${hmacHex(secret, timestamp, body)}`
}

/**
 * Reads `t=` and every `v1=` from the header. Several `v1=` values are allowed so that a
 * sender can sign with an old and a new secret while an agency rotates.
 */
function parseSignatureHeader(header: string): { timestamp: number; signatures: string[] } | null {
  let timestamp: number | undefined
  const signatures: string[] = []
  for (const part of header.split(',')) {
    const eq = part.indexOf('=')
    if (eq < 0) return null
    const key = part.slice(0, eq).trim()
    const value = part.slice(eq + 1).trim()
    if (key === 't') {
      if (!/^\d{1,12}$/.test(value)) return null
      timestamp = Number(value)
    } else if (key === 'v1') {
      signatures.push(value.toLowerCase())
    }
  }
  if (timestamp === undefined || signatures.length === 0) return null
  return { timestamp, signatures }
}

/**
 * True when the header was produced by `signWebhook` with this secret and body, within
 * `toleranceSeconds` of `now` (either side, so a clock running ahead is tolerated too).
 * Comparison is constant time; malformed headers are simply false, never an exception.
 */
export function verifyWebhookSignature({ secret, body, header, toleranceSeconds = DEFAULT_TOLERANCE_SECONDS, now = unixNow() }: VerifyOptions): boolean {
  if (!header) return false
  const parsed = parseSignatureHeader(header)
  if (!parsed) return false
  if (Math.abs(now - parsed.timestamp) > toleranceSeconds) return false
  const expected = Buffer.from(hmacHex(secret, parsed.timestamp, body), 'hex')
  let match = false
  for (const candidate of parsed.signatures) {
    // timingSafeEqual needs equal lengths; the length of a well-formed signature is public anyway.
    if (!HEX_SHA256.test(candidate)) continue
    if (timingSafeEqual(expected, Buffer.from(candidate, 'hex'))) match = true
  }
  return match
}

/** A new per-agency secret: 32 random bytes, prefixed so it is recognisable if it leaks into a log or a ticket. */
export function generateWebhookSecret(): string {
  return `whsec_${randomBytes(32).toString('base64url')}`
}
