import pg from 'pg'

import { ConfigError } from '../config/ConfigError'
import { describeDatabaseUrl } from './describeUrl'

/** Connects once and runs `select 1`, turning failure into a one-line ConfigError. */
export async function checkConnection(connectionString: string, timeoutMs = 5000): Promise<void> {
  let url: URL
  try {
    url = new URL(connectionString)
    if (!/^postgres(ql)?:$/.test(url.protocol)) throw new Error('protocol')
  } catch {
    throw new ConfigError('DATABASE_URL is not a valid postgres:// connection string.')
  }
  const client = new pg.Client({ connectionString, connectionTimeoutMillis: timeoutMs })
  client.on('error', () => {})
  try {
    await client.connect()
  } catch (error) {
    // Not ended: pg's end() can wait forever on a connection that never opened.
    const reason = (error as NodeJS.ErrnoException).code || (error as Error).message
    throw new ConfigError(`Cannot reach PostgreSQL at ${describeDatabaseUrl(connectionString)} (DATABASE_URL): ${reason}.`)
  }
  try {
    await client.query('select 1')
  } finally {
    await client.end().catch(() => {})
  }
}

/** Creates the database on the server when it does not exist yet. */
export async function ensureDatabaseExists(serverUrl: string, database: string): Promise<void> {
  const client = new pg.Client({ connectionString: serverUrl })
  await client.connect()
  try {
    const { rowCount } = await client.query('select 1 from pg_database where datname = $1', [database])
    if (!rowCount) await client.query(`create database "${database.replace(/"/g, '""')}"`)
  } finally {
    await client.end()
  }
}
