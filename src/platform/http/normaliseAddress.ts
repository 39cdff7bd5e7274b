import { isIP } from 'node:net'

const MAPPED_IPV4 = /^::ffff:([0-9a-f]{1,4}):([0-9a-f]{1,4})$/

/**
 * One spelling per address, so that one client always lands in one rate-limit bucket: IPv4
 * as dotted quad (IPv4-mapped IPv6 such as `::ffff:127.0.0.1`, which a dual-stack socket
 * reports, included), IPv6 in its canonical compressed lower-case form, zone ids dropped.
 * Anything that is not an address answers null.
 */
export function normaliseAddress(raw: string): string | null {
  let address = raw.trim().toLowerCase()
  const zone = address.indexOf('%')
  if (zone !== -1) address = address.slice(0, zone)
  const kind = isIP(address)
  if (kind === 4) return address
  if (kind !== 6) return null
  // The URL parser writes IPv6 canonically (RFC 5952 style), embedded IPv4 as hex.
  const canonical = new URL(`http://[${address}]/`).hostname.slice(1, -1)
  const mapped = MAPPED_IPV4.exec(canonical)
  if (!mapped) return canonical
  const high = parseInt(mapped[1]!, 16)
  const low = parseInt(mapped[2]!, 16)
  return [high >> 8, high & 255, low >> 8, low & 255].join('.')
}

/**
 * The network a rate limit counts: an IPv4 address alone, an IPv6 address by its /64. One
 * household or office gets a whole /64 and can pick any address in it, so counting single
 * IPv6 addresses would hand out a fresh bucket per request.
 */
export function networkOf(address: string): string {
  if (isIP(address) !== 6) return address
  const [head = '', tail] = address.split('::')
  const left = head ? head.split(':') : []
  const right = tail ? tail.split(':') : []
  const groups = tail === undefined ? left : [...left, ...Array<string>(8 - left.length - right.length).fill('0'), ...right]
  return `${groups.slice(0, 4).join(':')}::/64`
}
