import proxyaddr from 'proxy-addr'

import { normaliseAddress, networkOf } from './normaliseAddress'
import { PEER_HEADER } from './peerHeader'
import { trustProxyOf, type TrustProxy } from './trustProxy'

export type AddressInput = {
  /** The TCP peer of the request, as the app's HTTP server saw the socket. */
  peer: string | null | undefined
  /** The `X-Forwarded-For` header as received, every copy joined with commas. */
  forwardedFor: string | null | undefined
  trust: TrustProxy
}

/**
 * The client's address. It is the socket's peer, unless the peer is a trusted proxy: then
 * `X-Forwarded-For` is read from the right, each trusted hop handing over to the address
 * it names, and the first address that is not a trusted proxy is the client. Entries left
 * of it were written by the client and are never read. An entry that is not an address
 * (a trusted proxy passing on garbage) ends the walk at the last real address before it.
 * Answers null only when the peer itself is unknown.
 */
export function clientAddressOf({ peer, forwardedFor, trust }: AddressInput): string | null {
  const socketAddress = peer ? normaliseAddress(peer) : null
  if (!socketAddress) return null
  const request = { headers: { 'x-forwarded-for': forwardedFor ?? '' }, socket: { remoteAddress: socketAddress } }
  // proxy-addr only reads these two fields of a Node request.
  const hops = proxyaddr.all(request as unknown as Parameters<typeof proxyaddr.all>[0], trust)
  let client = socketAddress
  for (const hop of hops.slice(1)) {
    const address = normaliseAddress(hop)
    if (!address) break
    client = address
  }
  return client
}

/**
 * The client a rate limit counts, behind `TRUST_PROXY`: its IPv4 address or its IPv6 /64.
 * `unknown` when the request did not come through the app's HTTP server (no peer header),
 * so a request can never name its own bucket.
 */
export function clientIpOf(request: Request, env: Record<string, string | undefined> = process.env): string {
  const address = clientAddressOf({ peer: request.headers.get(PEER_HEADER), forwardedFor: request.headers.get('x-forwarded-for'), trust: trustProxyOf(env) })
  return address ? networkOf(address) : 'unknown'
}
