/**
 * The app's HTTP server: Next.js through its programmatic API, behind a plain Node server
 * that stamps every request with the socket's peer address (see stampPeerAddress). It
 * replaces `next start` and `next dev`, whose route handlers cannot see the socket.
 *
 * Run as its own process by the launchers (`node --import tsx src/runtime/httpServer.ts
 * start|dev`), with PORT and the prepared environment. SIGTERM and SIGINT stop it
 * gracefully: no new connections, requests in flight finish, then Next.js closes.
 */
import http from 'node:http'

import next from 'next'

import { projectRoot } from '../config/paths'
import { readFromPrimary } from '../db/readRouting'
import { isCredentialedRequest } from './credentialedRequest'
import { stampPeerAddress } from './stampPeerAddress'

/** How long requests in flight may take to finish once a stop is asked for. */
const DRAIN_MS = 10_000
/** How long Next.js may then take to close. */
const CLOSE_MS = 5_000

async function main(): Promise<void> {
  const dev = process.argv[2] === 'dev'
  const port = Number(process.env.PORT || 3000)
  const server = http.createServer()
  const app = next({ dev, dir: projectRoot, hostname: 'localhost', port, httpServer: server })
  await app.prepare()
  const handle = app.getRequestHandler()
  server.on('request', (request: http.IncomingMessage, response: http.ServerResponse) => {
    stampPeerAddress(request)
    // A client that goes away mid-body makes the request stream emit 'aborted'; unheard, Node
    // reports it as an uncaught exception. The response is already lost; nothing to do.
    request.on('error', () => undefined)
    const serve = () => handle(request, response)
    // Everything the request does, down to Payload's reads, runs inside this scope.
    const handled = isCredentialedRequest(request.headers) ? readFromPrimary(serve) : serve()
    handled.catch((error: unknown) => {
      console.error(error)
      if (!response.headersSent) response.statusCode = 500
      response.end()
    })
  })
  server.on('error', (error: NodeJS.ErrnoException) => {
    console.error(error.code === 'EADDRINUSE' ? `error: Port ${port} is already in use: stop whatever listens there or set PORT to another port.` : error)
    process.exit(1)
  })

  let stopping = false
  const stop = (signal: NodeJS.Signals) => {
    if (stopping) return
    stopping = true
    const code = signal === 'SIGINT' ? 130 : 0
    // Idle keep-alive connections are closed at once, busy ones after their request. In
    // development the hot-reload sockets never finish, so everything closes at once.
    const drained = new Promise<void>((resolve) => server.close(() => resolve()))
    if (dev) server.closeAllConnections()
    const cutOff = setTimeout(() => server.closeAllConnections(), DRAIN_MS)
    // Next.js's own close can hang in development (the bundler's watchers): never wait past this.
    setTimeout(() => process.exit(code), dev ? CLOSE_MS : DRAIN_MS + CLOSE_MS)
    void drained
      .then(() => app.close())
      .catch((error: unknown) => console.error(error))
      .finally(() => {
        clearTimeout(cutOff)
        process.exit(code)
      })
  }
  process.on('SIGTERM', stop)
  process.on('SIGINT', stop)

  // Every interface, IPv4 and IPv6, as `next start` does: the page cache asks 127.0.0.1.
  server.listen(port, () => console.log(`Ready on http://localhost:${port} (${dev ? 'development' : 'production'})`))
}

main().catch((error: unknown) => {
  console.error(error)
  process.exit(1)
})
