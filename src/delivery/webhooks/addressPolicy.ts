import dns, { type LookupAddress } from 'node:dns'
import net from 'node:net'
import { inBothLanguages } from '@/i18n/defineMessages'
import { webhookAddressMessages } from '@/i18n/messages/webhookAddress'
import type { Wording } from '@/platform/errors/appError'

/**
 * Webhook URLs are typed in by admins and then fetched by the server, so without a policy
 * they are a server-side request forgery hole: a URL could reach the database, the cloud
 * metadata service or anything else on the internal network. Private targets are refused
 * unless the operator opts in (for a self-hosted agency on the same LAN, or for tests).
 */

/** Ranges no public webhook endpoint lives in: private, loopback, link-local, CGNAT, multicast, reserved, documentation. */
const blocked = new net.BlockList()
for (const [prefix, bits] of [
  ['0.0.0.0', 8], // "this network", includes the unspecified address
  ['10.0.0.0', 8],
  ['100.64.0.0', 10], // carrier-grade NAT
  ['127.0.0.0', 8],
  ['169.254.0.0', 16], // link-local, includes cloud metadata at 169.254.169.254
  ['172.16.0.0', 12],
  ['192.0.0.0', 24], // IETF protocol assignments
  ['192.0.2.0', 24], // documentation
  ['192.88.99.0', 24], // deprecated 6to4 relay
  ['192.168.0.0', 16],
  ['198.18.0.0', 15], // benchmarking
  ['198.51.100.0', 24], // documentation
  ['203.0.113.0', 24], // documentation
  ['224.0.0.0', 4], // multicast
  ['240.0.0.0', 4], // reserved, includes the broadcast address 255.255.255.255
] as const) {
  blocked.addSubnet(prefix, bits, 'ipv4')
}
for (const [prefix, bits] of [
  ['64:ff9b:1::', 48], // local-use NAT64
  ['100::', 64], // discard-only
  ['2001::', 32], // Teredo
  ['2001:2::', 48], // benchmarking
  ['2001:db8::', 32], // documentation
  ['3fff::', 20], // documentation
  ['fc00::', 7], // unique local
  ['fe80::', 10], // link-local
  ['fec0::', 10], // deprecated site-local
  ['ff00::', 8], // multicast
] as const) {
  blocked.addSubnet(prefix, bits, 'ipv6')
}

/** The eight 16-bit groups of an IPv6 address already validated by `net.isIPv6`. */
function ipv6Groups(ip: string): number[] {
  // A dotted IPv4 tail (::ffff:1.2.3.4) is two groups written differently.
  const text = ip.replace(/(\d+)\.(\d+)\.(\d+)\.(\d+)$/, (_, a: string, b: string, c: string, d: string) =>
    [(Number(a) << 8) | Number(b), (Number(c) << 8) | Number(d)].map((n) => n.toString(16)).join(':'),
  )
  const toGroups = (s: string) => (s === '' ? [] : s.split(':').map((g) => parseInt(g, 16)))
  const [head = '', rest] = text.split('::')
  const left = toGroups(head)
  if (rest === undefined) return left
  const right = toGroups(rest)
  return [...left, ...new Array<number>(8 - left.length - right.length).fill(0), ...right]
}

const groupsToIPv4 = (high: number, low: number) => [high >> 8, high & 0xff, low >> 8, low & 0xff].join('.')

/**
 * True when `ip` is not a public unicast address. Anything that is not a valid IP literal is
 * treated as private too, so that a parsing surprise fails closed.
 */
export function isPrivateAddress(ip: string): boolean {
  const address = ip
    .trim()
    .replace(/^\[(.*)\]$/, '$1')
    .replace(/%.*$/, '') // brackets, IPv6 zone id
  const family = net.isIP(address)
  if (family === 4) return blocked.check(address, 'ipv4')
  if (family !== 6) return true

  const g = ipv6Groups(address)
  const firstFiveZero = g.slice(0, 5).every((x) => x === 0)
  // IPv4-mapped (::ffff:a.b.c.d) reaches the embedded IPv4 address: judge that one.
  if (firstFiveZero && g[5] === 0xffff) return isPrivateAddress(groupsToIPv4(g[6] ?? 0, g[7] ?? 0))
  // ::, ::1 and the deprecated IPv4-compatible ::a.b.c.d: nothing public lives here.
  if (firstFiveZero && g[5] === 0) return true
  // Well-known NAT64 prefix: the gateway forwards to the embedded IPv4 address.
  if (g[0] === 0x64 && g[1] === 0xff9b && g.slice(2, 6).every((x) => x === 0)) {
    return isPrivateAddress(groupsToIPv4(g[6] ?? 0, g[7] ?? 0))
  }
  return blocked.check(address, 'ipv6')
}

/** Operators opt in to private targets explicitly; anything but the exact string "true" keeps them refused. */
export function allowPrivateWebhooks(): boolean {
  return process.env.WEBHOOK_ALLOW_PRIVATE === 'true'
}

const worded = (pick: (messages: (typeof webhookAddressMessages)['en']) => string): Wording => inBothLanguages(webhookAddressMessages, pick)

/** `dns.promises.lookup` fits this shape; tests inject a fake. */
export type ResolveAll = (hostname: string, options: { all: true }) => Promise<LookupAddress[]>

type CheckResult = { ok: true } | { ok: false; message: Wording }

type ParsedUrl = { ok: true; url: URL; host: string } | { ok: false; message: Wording }

/** Shape checks shared by the admin-time check and the send-time request. `host` has IPv6 brackets removed. */
export function parseWebhookUrl(raw: string): ParsedUrl {
  let url: URL
  try {
    url = new URL(raw.trim())
  } catch {
    return { ok: false, message: worded((m) => m.notUrl) }
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') {
    return { ok: false, message: worded((m) => m.notHttp) }
  }
  if (url.username || url.password) {
    return { ok: false, message: worded((m) => m.hasCredentials) }
  }
  return { ok: true, url, host: url.hostname.replace(/^\[(.*)\]$/, '$1') }
}

const privateMessage = (address: string) => worded((m) => m.privateAddress(address))

/**
 * Validates a webhook URL when an admin saves it, so that a mistake is reported on the form
 * rather than discovered at the first failed delivery. Every resolved address must be public:
 * a host with one public and one private record could otherwise be steered to the private one.
 */
export async function checkWebhookUrl(
  raw: string,
  { allowPrivate, lookup = dns.promises.lookup }: { allowPrivate: boolean; lookup?: ResolveAll },
): Promise<CheckResult> {
  const parsed = parseWebhookUrl(raw)
  if (!parsed.ok) return parsed
  const { host } = parsed

  let addresses: string[]
  if (net.isIP(host)) {
    addresses = [host]
  } else {
    try {
      addresses = (await lookup(host, { all: true })).map((a) => a.address)
    } catch {
      addresses = []
    }
    if (addresses.length === 0) return { ok: false, message: worded((m) => m.unresolved(host)) }
  }
  if (allowPrivate) return { ok: true }
  const bad = addresses.find(isPrivateAddress)
  return bad === undefined ? { ok: true } : { ok: false, message: privateMessage(bad) }
}

/** Error code set on the error `safeLookup` reports, so that callers can tell a refusal from a DNS failure. */
export const PRIVATE_ADDRESS_REFUSED = 'EWEBHOOKPRIVATE'

/**
 * A `lookup` for `http.request` that resolves the host and refuses private addresses at
 * connection time. The URL was checked when it was saved, but DNS can change between that
 * check and the connection (DNS rebinding), so the addresses actually connected to are the
 * ones that must be judged. Node 20 calls this with `{ all: true }` when it races IPv4 and
 * IPv6 (autoSelectFamily), and without it otherwise; both answers are supported.
 *
 * Note that Node does not call `lookup` for IP-literal hosts: callers check those themselves.
 */
export function safeLookup(allowPrivate: boolean): net.LookupFunction {
  return (hostname, options, callback) => {
    const opts: dns.LookupOptions = typeof options === 'object' && options !== null ? options : {}
    dns.lookup(hostname, { ...opts, all: true }, (err, addresses) => {
      if (err) return callback(err, opts.all ? [] : '')
      const bad = allowPrivate ? undefined : addresses.find((a) => isPrivateAddress(a.address))
      if (bad) {
        const refusal: NodeJS.ErrnoException = new Error(`refused to connect to private or loopback address ${bad.address}`)
        refusal.code = PRIVATE_ADDRESS_REFUSED
        return callback(refusal, opts.all ? [] : '')
      }
      if (opts.all) return callback(null, addresses)
      const first = addresses[0]
      if (!first) {
        const none: NodeJS.ErrnoException = new Error(`no addresses found for ${hostname}`)
        none.code = 'ENOTFOUND'
        return callback(none, '')
      }
      callback(null, first.address, first.family)
    })
  }
}
