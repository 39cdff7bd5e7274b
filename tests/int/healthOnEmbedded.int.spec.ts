import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'

import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { ensureDatabase, type Database } from '@/db/ensureDatabase'
import { rest } from '../helpers/rest'
import { getTestPayload } from '../helpers/testPayload'

// This file runs the app's own no-DATABASE_URL path: the embedded server, its `newsroom`
// database, migrations and the health check, then loses the database under a live app.
const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'newsroom-health-'))
let database: Database
let payload: Payload

beforeAll(async () => {
  delete process.env.DATABASE_URL
  process.env.DATA_DIR = dataDir
  database = await ensureDatabase(() => {})
  process.env.DATABASE_URL = database.url
  payload = await getTestPayload()
})

afterAll(async () => {
  await payload?.destroy().catch(() => {})
  await database?.stop()
  fs.rmSync(dataDir, { recursive: true, force: true })
})

describe('GET /api/health', () => {
  it('runs on the embedded PostgreSQL when DATABASE_URL is not set', () => {
    expect(database.embedded).toBe(true)
    expect(new URL(database.url).pathname).toBe('/newsroom')
    expect(fs.existsSync(path.join(dataDir, 'postgres', 'PG_VERSION'))).toBe(true)
  })

  it('answers 200 with status, database state and version while the database answers', async () => {
    const response = await rest('GET', '/health')
    expect(response.status).toBe(200)
    expect(response.body).toEqual({ status: 'ok', db: 'ok', version: expect.stringMatching(/^\d+\.\d+\.\d+/) })
    expect(response.headers.get('cache-control')).toBe('no-store')
  })

  it('answers 503 once the database has gone away', async () => {
    await database.stop()
    const response = await rest('GET', '/health')
    expect(response.status).toBe(503)
    expect(response.body).toMatchObject({ status: 'error', db: 'unreachable' })
  })
})
