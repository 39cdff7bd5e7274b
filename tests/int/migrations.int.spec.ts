import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'

import { sql } from '@payloadcms/db-postgres'
import type { Payload } from 'payload'
import { beforeAll, describe, expect, it } from 'vitest'

import { findSchemaDrift } from '@/db/findSchemaDrift'
import { getTestPayload } from '../helpers/testPayload'

let payload: Payload

beforeAll(async () => {
  payload = await getTestPayload()
})

describe('migrations', () => {
  it('describe exactly the schema the collections need: no change is missing a migration', async () => {
    expect(await findSchemaDrift(payload)).toEqual([])
  })

  it('would report drift when the committed snapshots lag behind the collections', async () => {
    const empty = fs.mkdtempSync(path.join(os.tmpdir(), 'newsroom-no-migrations-'))
    const drift = await findSchemaDrift(payload, empty)
    expect(drift.join('\n')).toMatch(/CREATE TABLE "programme_tasks"/)
    fs.rmSync(empty, { recursive: true, force: true })
  })

  it('have all been applied to the test database', async () => {
    const db = payload.db as unknown as { drizzle: { execute: (query: unknown) => Promise<{ rows: Array<{ name: string }> }> } }
    const { rows } = await db.drizzle.execute(sql`select name from payload_migrations where batch > 0`)
    const committed = fs.readdirSync(path.resolve('src/migrations')).filter((file) => /^\d.*\.ts$/.test(file))
    expect(rows.map((row) => row.name).sort()).toEqual(committed.map((file) => file.replace(/\.ts$/, '')).sort())
  })
})
