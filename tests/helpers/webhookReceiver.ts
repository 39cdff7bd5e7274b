import http from 'node:http'

export type ReceivedWebhook = {
  method: string
  path: string
  headers: http.IncomingHttpHeaders
  /** The raw bytes as text, exactly as signed by the sender. */
  body: string
  receivedAt: number
}

type Reply = { status: number; delayMs?: number }

export type WebhookReceiver = {
  port: number
  /** Everything received so far, in arrival order. */
  received: ReceivedWebhook[]
  /** The full URL of a path on this receiver, e.g. `url('/agency-1')`. */
  url: (path: string) => string
  /** Requests received on one path. */
  hitsOn: (path: string) => ReceivedWebhook[]
  /** How this path answers from now on (200 at once unless told otherwise). */
  replyOn: (path: string, reply: Reply) => void
  close: () => Promise<void>
}

/**
 * A real HTTP server on loopback that records every request it gets (method, headers and
 * raw body) and answers with a status chosen per path, optionally after a delay, so a test
 * can make one agency's endpoint fail or be slow while the others succeed.
 */
export async function startWebhookReceiver(): Promise<WebhookReceiver> {
  const received: ReceivedWebhook[] = []
  const replies = new Map<string, Reply>()
  const server = http.createServer((req, res) => {
    const chunks: Buffer[] = []
    req.on('data', (chunk: Buffer) => chunks.push(chunk))
    req.on('end', () => {
      const path = (req.url ?? '/').split('?')[0]!
      received.push({ method: req.method ?? '', path, headers: req.headers, body: Buffer.concat(chunks).toString('utf8'), receivedAt: Date.now() })
      const reply = replies.get(path) ?? { status: 200 }
      const answer = () => {
        res.writeHead(reply.status, { 'Content-Type': 'text/plain' })
        res.end(reply.status < 300 ? 'ok' : 'nope')
      }
      if (reply.delayMs) setTimeout(answer, reply.delayMs)
      else answer()
    })
  })
  const port = await new Promise<number>((resolve) => {
    server.listen(0, '127.0.0.1', () => resolve((server.address() as { port: number }).port))
  })
  return {
    port,
    received,
    url: (path) => `http://127.0.0.1:${port}${path}`,
    hitsOn: (path) => received.filter((hit) => hit.path === path),
    replyOn: (path, reply) => void replies.set(path, reply),
    close: () =>
      new Promise((resolve) => {
        server.closeAllConnections()
        server.close(() => resolve())
      }),
  }
}
