/**
 * `node --import tsx scripts/withDatabase.ts <script.ts>`: runs a script with the app's
 * database (embedded unless DATABASE_URL) and secret prepared, then stops the database.
 * With DATABASE_URL set, the script gets a fresh database on that server, dropped after.
 */
import { spawn } from 'node:child_process'
import { randomBytes } from 'node:crypto'

import pg from 'pg'

import { projectRoot } from '../src/config/paths'
import { withDatabaseName } from '../src/db/describeUrl'
import { prepareRuntime, runLauncher } from '../src/runtime/prepareRuntime'
import { waitForExit } from '../src/runtime/spawnNext'

runLauncher(async () => {
  const [script, ...args] = process.argv.slice(2)
  if (!script) throw new Error('usage: withDatabase.ts <script.ts> [args]')
  const { database } = await prepareRuntime(() => {})
  const scratch = `newsroom_scratch_${randomBytes(4).toString('hex')}`
  const admin = new pg.Client({ connectionString: database.url })
  await admin.connect()
  await admin.query(`create database "${scratch}"`)
  process.env.DATABASE_URL = withDatabaseName(database.url, scratch)
  const child = spawn(process.execPath, ['--import', 'tsx', script, ...args], { cwd: projectRoot, stdio: 'inherit', env: process.env })
  const code = await waitForExit(child)
  await admin.query(`drop database if exists "${scratch}" with (force)`)
  await admin.end()
  await database.stop()
  process.exit(code)
})
