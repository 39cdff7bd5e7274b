import http from 'node:http'
import https from 'node:https'
import net from 'node:net'

import { isPrivateAddress, parseWebhookUrl, PRIVATE_ADDRESS_REFUSED, safeLookup } from './addressPolicy'

type PostOptions = {
  url: string
  /** The exact bytes that were signed. */
  body: string
  headers?: Record<string, string>
  timeoutMs?: number
  allowPrivate: boolean
}

export type PostResult = { ok: boolean; status?: number; error?: string }

const USER_AGENT = 'CampaignNewsroom-Webhooks/1'

/** Enough to let a well-behaved endpoint finish its reply; a larger or endless body is cut off. */
const MAX_RESPONSE_BYTES = 4096

/** Short, secret-free descriptions for the delivery log; anything unknown is reported by code only. */
function describeError(err: NodeJS.ErrnoException & { errors?: NodeJS.ErrnoException[] }): string {
  const code = err.code ?? err.errors?.[0]?.code
  if (code === PRIVATE_ADDRESS_REFUSED) return err.message
  switch (code) {
    case 'ECONNREFUSED':
      return 'connection refused'
    case 'ECONNRESET':
      return 'connection reset'
    case 'ENOTFOUND':
    case 'EAI_AGAIN':
      return 'host could not be resolved'
    case 'EHOSTUNREACH':
    case 'ENETUNREACH':
      return 'host unreachable'
  }
  if (code && (code.startsWith('CERT_') || code.startsWith('ERR_TLS_') || code.includes('CERT'))) {
    return 'TLS certificate error'
  }
  return code ? `request failed (${code})` : 'request failed'
}

/**
 * Delivers one webhook and reports what happened; it never throws. It uses node:http rather
 * than fetch so that `safeLookup` judges the addresses actually connected to (fetch has no
 * lookup hook), and it never follows redirects, because a redirect could point anywhere,
 * private addresses included, and would not carry the agency's consent to the new URL.
 */
export function postWebhook({ url, body, headers = {}, timeoutMs = 10_000, allowPrivate }: PostOptions): Promise<PostResult> {
  const parsed = parseWebhookUrl(url)
  if (!parsed.ok) return Promise.resolve({ ok: false, error: parsed.message.en })
  // Node skips `lookup` for IP literals, so those are judged here.
  if (!allowPrivate && net.isIP(parsed.host) && isPrivateAddress(parsed.host)) {
    return Promise.resolve({ ok: false, error: `refused to connect to private or loopback address ${parsed.host}` })
  }

  const transport = parsed.url.protocol === 'https:' ? https : http
  return new Promise((resolve) => {
    let settled = false
    let timer: NodeJS.Timeout | undefined
    let req: http.ClientRequest | undefined
    // Once the status is known it is the answer, even if the body then stalls or breaks.
    let result: PostResult | undefined
    const finish = (outcome: PostResult) => {
      if (settled) return
      settled = true
      clearTimeout(timer)
      req?.destroy()
      resolve(outcome)
    }

    try {
      req = transport.request(parsed.url, {
        method: 'POST',
        headers: {
          ...headers,
          'Content-Type': 'application/json',
          'Content-Length': Buffer.byteLength(body),
          'User-Agent': USER_AGENT,
        },
        lookup: safeLookup(allowPrivate),
        // A fresh connection per delivery: a pooled socket could have been opened under another policy.
        agent: false,
      })
    } catch {
      // e.g. a header value with a newline in it
      return finish({ ok: false, error: 'the request could not be built' })
    }

    // One deadline for the whole exchange; a socket idle timeout would let a trickling server hold us forever.
    timer = setTimeout(() => finish(result ?? { ok: false, error: `timed out after ${timeoutMs} ms` }), timeoutMs)

    req.on('error', (err) => finish(result ?? { ok: false, error: describeError(err) }))
    req.on('response', (res) => {
      const status = res.statusCode ?? 0
      const outcome: PostResult =
        status >= 200 && status < 300
          ? { ok: true, status }
          : status >= 300 && status < 400
            ? { ok: false, status, error: `HTTP ${status}: redirects are not followed` }
            : { ok: false, status, error: `HTTP ${status}` }
      result = outcome

      let received = 0
      res.on('data', (chunk: Buffer) => {
        received += chunk.length
        if (received >= MAX_RESPONSE_BYTES) finish(outcome)
      })
      res.on('end', () => finish(outcome))
      res.on('error', () => finish(outcome))
    })
    req.end(body)
  })
}
