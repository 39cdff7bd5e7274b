import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'

import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { SUBSCRIBE_LIMITS } from '@/subscriptions/http/subscribeLimits'
import { startAppServer, type AppServer } from '../helpers/appServer'
import { createTestDatabase, type TestDatabase } from '../helpers/testDatabase'

/**
 * Client addresses on the real server (scripts/start.ts, the app's own HTTP server in
 * front of Next.js): the per-network limit of the subscription API counts the TCP peer,
 * and `X-Forwarded-For` only past the proxies `TRUST_PROXY` names. One data directory and
 * one fresh database, started twice: without TRUST_PROXY, then with TRUST_PROXY=127.0.0.1.
 */
const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'newsroom-client-address-'))
let database: TestDatabase
let server: AppServer | undefined

const env = () => ({
  DATA_DIR: dataDir,
  DATABASE_URL: database.url,
  SMTP_URL: undefined,
  PAYLOAD_SECRET: 'client-address-test-secret-0123456789',
  JOBS_AUTORUN: 'false',
})

async function subscribe(body: string, headers: Record<string, string> = {}): Promise<number> {
  const response = await fetch(`${server!.baseUrl}/api/v1/subscriptions`, { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body })
  await response.arrayBuffer()
  return response.status
}

const validBody = (email: string) => JSON.stringify({ email, locale: 'vi', frequency: 'weekly' })

beforeAll(async () => {
  database = await createTestDatabase('newsroom_client_address')
}, 60_000)

afterAll(async () => {
  await server?.stop()
  await database?.drop()
  fs.rmSync(dataDir, { recursive: true, force: true })
})

describe('client addresses on the real server', () => {
  it('lets 100 journalists behind one address subscribe, then holds that address back whatever X-Forwarded-For it forges', async () => {
    server = await startAppServer({ env: { ...env(), TRUST_PROXY: undefined }, logName: 'client-address-direct' })
    for (let i = 0; i < 100; i += 1) {
      const status = await subscribe(validBody(`phongvien${i}@toasoan.test`), { 'X-Forwarded-For': `198.51.100.${i}` })
      expect(status, `journalist ${i + 1}`).toBe(202)
    }
    // Malformed bodies count too; every one claims to come from somewhere else.
    for (let i = 100; i < SUBSCRIBE_LIMITS.perIpPerHour; i += 1) {
      expect(await subscribe('{', { 'X-Forwarded-For': `203.0.113.${i % 250}, 192.0.2.${i % 250}` }), `request ${i + 1}`).toBe(400)
    }
    expect(await subscribe(validBody('one-more@toasoan.test'), { 'X-Forwarded-For': '192.0.2.250' })).toBe(429)
    expect(await subscribe(validBody('one-more@toasoan.test'), { 'X-Newsroom-Peer': '192.0.2.251' })).toBe(429)
    expect(await subscribe(validBody('one-more@toasoan.test'))).toBe(429)
    // SIGTERM stops the launcher and the server behind it: the port stops answering.
    const { baseUrl } = server
    await server.stop()
    server = undefined
    await expect(fetch(`${baseUrl}/api/health`)).rejects.toThrow()
  }, 600_000)

  it('counts each forwarded client in its own bucket behind TRUST_PROXY, by the rightmost address the proxy wrote', async () => {
    server = await startAppServer({ env: { ...env(), TRUST_PROXY: '127.0.0.1' }, logName: 'client-address-proxied' })
    // The proxy's own address has used its hour (the first start); its clients have not.
    expect(await subscribe('{')).toBe(429)
    expect(await subscribe('{', { 'X-Forwarded-For': '203.0.113.10' })).toBe(400)
    for (let i = 1; i < SUBSCRIBE_LIMITS.perIpPerHour; i += 1) {
      // Whatever a client writes left of the proxy's entry is not read.
      expect(await subscribe('{', { 'X-Forwarded-For': `198.51.100.${i % 250}, 203.0.113.10` }), `request ${i + 1}`).toBe(400)
    }
    expect(await subscribe('{', { 'X-Forwarded-For': '203.0.113.10' })).toBe(429)
    expect(await subscribe('{', { 'X-Forwarded-For': '203.0.113.10, 203.0.113.11' })).toBe(400)
    expect(await subscribe('{', { 'X-Forwarded-For': '2001:db8:1:2::5' })).toBe(400)
  }, 600_000)
})
