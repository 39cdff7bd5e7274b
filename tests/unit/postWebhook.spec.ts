import http from 'node:http'
import type { AddressInfo } from 'node:net'

import { afterEach, beforeEach, describe, expect, it } from 'vitest'

import { postWebhook } from '@/delivery/webhooks/postWebhook'

type Seen = { method?: string; url?: string; headers: http.IncomingHttpHeaders; body: string }

let server: http.Server
let base: string
let seen: Seen[]
let connections: number
/** Each test sets how the endpoint answers. */
let respond: (req: http.IncomingMessage, res: http.ServerResponse) => void

beforeEach(async () => {
  seen = []
  connections = 0
  respond = (_req, res) => res.end('ok')
  server = http.createServer((req, res) => {
    let body = ''
    req.setEncoding('utf8')
    req.on('data', (chunk: string) => (body += chunk))
    req.on('end', () => {
      seen.push({ method: req.method, url: req.url, headers: req.headers, body })
      respond(req, res)
    })
  })
  server.on('connection', () => connections++)
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`
})

afterEach(async () => {
  server.closeAllConnections()
  await new Promise((resolve) => server.close(resolve))
})

const body = JSON.stringify({ event: 'article.published', id: 7 })

describe('postWebhook', () => {
  it('delivers the body and headers to a 2xx endpoint', async () => {
    const result = await postWebhook({
      url: `${base}/hook?agency=1`,
      body,
      headers: { 'X-Newsroom-Signature': 't=1,v1=abc' },
      allowPrivate: true,
    })
    expect(result).toEqual({ ok: true, status: 200 })
    expect(seen).toHaveLength(1)
    expect(seen[0]).toMatchObject({ method: 'POST', url: '/hook?agency=1', body })
    expect(seen[0]?.headers).toMatchObject({
      'content-type': 'application/json',
      'user-agent': 'CampaignNewsroom-Webhooks/1',
      'x-newsroom-signature': 't=1,v1=abc',
      'content-length': String(Buffer.byteLength(body)),
    })
  })

  it('reports a server error by its status', async () => {
    respond = (_req, res) => {
      res.statusCode = 500
      res.end('internal details the log does not need')
    }
    expect(await postWebhook({ url: `${base}/hook`, body, allowPrivate: true })).toEqual({
      ok: false,
      status: 500,
      error: 'HTTP 500',
    })
  })

  it('stops reading a large response after a few kilobytes', async () => {
    respond = (_req, res) => {
      res.write('x'.repeat(64 * 1024))
      // never ends: only the cap lets the delivery finish
    }
    const started = Date.now()
    expect(await postWebhook({ url: `${base}/hook`, body, allowPrivate: true, timeoutMs: 5000 })).toEqual({
      ok: true,
      status: 200,
    })
    expect(Date.now() - started).toBeLessThan(2000)
  })

  it('gives up on a server that does not answer in time', async () => {
    respond = () => {}
    expect(await postWebhook({ url: `${base}/hook`, body, allowPrivate: true, timeoutMs: 200 })).toEqual({
      ok: false,
      error: 'timed out after 200 ms',
    })
  })

  it('does not follow redirects', async () => {
    respond = (_req, res) => {
      res.writeHead(302, { Location: '/elsewhere' })
      res.end()
    }
    expect(await postWebhook({ url: `${base}/hook`, body, allowPrivate: true })).toEqual({
      ok: false,
      status: 302,
      error: 'HTTP 302: redirects are not followed',
    })
    expect(seen.map((s) => s.url)).toEqual(['/hook'])
  })

  it('reports a refused connection briefly', async () => {
    const port = (server.address() as AddressInfo).port
    server.closeAllConnections()
    await new Promise((resolve) => server.close(resolve))
    server = http.createServer() // afterEach closes this one instead
    expect(await postWebhook({ url: `http://127.0.0.1:${port}/hook`, body, allowPrivate: true })).toEqual({
      ok: false,
      error: 'connection refused',
    })
  })

  it('refuses a loopback IP literal before connecting unless private webhooks are allowed', async () => {
    const result = await postWebhook({ url: `${base}/hook`, body, allowPrivate: false })
    expect(result).toEqual({ ok: false, error: 'refused to connect to private or loopback address 127.0.0.1' })
    expect(connections).toBe(0)
  })

  it('refuses a host name that resolves to loopback at connection time', async () => {
    const port = (server.address() as AddressInfo).port
    const result = await postWebhook({ url: `http://localhost:${port}/hook`, body, allowPrivate: false })
    expect(result.ok).toBe(false)
    expect(result.error).toMatch(/^refused to connect to private or loopback address /)
    expect(connections).toBe(0)
  })

  it('refuses URLs that are not http or https without connecting', async () => {
    expect(await postWebhook({ url: 'ftp://127.0.0.1/hook', body, allowPrivate: true })).toEqual({
      ok: false,
      error: 'The webhook URL must start with http:// or https://.',
    })
    expect(connections).toBe(0)
  })
})
