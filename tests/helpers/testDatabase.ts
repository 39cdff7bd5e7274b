import { randomBytes } from 'node:crypto'
import path from 'node:path'

import pg from 'pg'

import { projectRoot } from '../../src/config/paths'
import { withDatabaseName } from '../../src/db/describeUrl'
import { startEmbeddedPostgres } from '../../src/db/embeddedPostgres'

export type TestDatabase = { url: string; drop: () => Promise<void> }

/**
 * A database made fresh for one test run: on DATABASE_URL's server when it is set, else on
 * an embedded PostgreSQL kept under `.data/test-postgres` (apart from the app's own), and
 * dropped again afterwards.
 */
export async function createTestDatabase(prefix: string): Promise<TestDatabase> {
  const configured = process.env.DATABASE_URL?.trim()
  const server = configured
    ? { serverUrl: configured, stop: async () => {} }
    : await startEmbeddedPostgres({ dataDir: path.join(projectRoot, '.data', 'test-postgres') })
  const name = `${prefix}_${Date.now()}_${randomBytes(3).toString('hex')}`
  const admin = new pg.Client({ connectionString: server.serverUrl })
  await admin.connect()
  await admin.query(`create database "${name}"`)
  await admin.end()
  return {
    url: withDatabaseName(server.serverUrl, name),
    drop: async () => {
      const client = new pg.Client({ connectionString: server.serverUrl })
      await client.connect()
      await client.query(`drop database if exists "${name}" with (force)`)
      await client.end()
      await server.stop()
    },
  }
}
