import { isIP } from 'node:net'

import proxyaddr from 'proxy-addr'

import { ConfigError } from '@/config/ConfigError'

/** Decides whether an address is a proxy whose `X-Forwarded-For` may be believed. */
export type TrustProxy = (address: string, hop: number) => boolean

const KEYWORDS = new Set(['loopback', 'linklocal', 'uniquelocal'])

const trustNone: TrustProxy = () => false

function invalid(entry: string): ConfigError {
  return new ConfigError(
    `TRUST_PROXY must be a comma-separated list of proxy addresses, CIDR ranges (10.0.0.0/8, fd00::/8) or the words loopback, linklocal, uniquelocal; "${entry}" is not one.`,
  )
}

function checkEntry(entry: string): void {
  if (KEYWORDS.has(entry)) return
  const slash = entry.indexOf('/')
  const address = slash === -1 ? entry : entry.slice(0, slash)
  // proxy-addr alone would accept shorthand such as "10" (0.0.0.10); an operator means an address.
  if (isIP(address) === 0) throw invalid(entry)
  if (slash !== -1 && !/^\d{1,3}$/.test(entry.slice(slash + 1))) throw invalid(entry)
  try {
    proxyaddr.compile(entry)
  } catch {
    throw invalid(entry)
  }
}

/**
 * Reads `TRUST_PROXY`: the load balancers and reverse proxies in front of the app. Unset or
 * empty trusts nobody, so `X-Forwarded-For` is ignored and the client is the TCP peer. A
 * malformed value throws ConfigError; trusting every address (`*`, `true`) is refused,
 * since it would let any client name its own address again.
 */
export function parseTrustProxy(value: string | undefined): TrustProxy {
  const entries = (value ?? '')
    .split(',')
    .map((entry) => entry.trim().toLowerCase())
    .filter((entry) => entry !== '')
  if (entries.length === 0) return trustNone
  for (const entry of entries) checkEntry(entry)
  return proxyaddr.compile(entries)
}

let cached: { value: string | undefined; trust: TrustProxy } | undefined

/** The trust rule of this process, compiled once per value of `TRUST_PROXY`. */
export function trustProxyOf(env: Record<string, string | undefined> = process.env): TrustProxy {
  const value = env.TRUST_PROXY
  if (!cached || cached.value !== value) cached = { value, trust: parseTrustProxy(value) }
  return cached.trust
}
