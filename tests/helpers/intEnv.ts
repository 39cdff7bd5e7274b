import { randomBytes } from 'node:crypto'

import pg from 'pg'
import { afterAll, inject } from 'vitest'

import { withDatabaseName } from '@/db/describeUrl'

// Each test file gets its own database on the run's server, so no file can see another's
// rows (change-log history, ledgers, subscribers) and the outcome never depends on order.
const serverUrl = inject('databaseUrl')
const name = `newsroom_file_${Date.now()}_${randomBytes(3).toString('hex')}`
const admin = new pg.Client({ connectionString: serverUrl })
await admin.connect()
await admin.query(`create database "${name}"`)
await admin.end()
afterAll(async () => {
  const dropper = new pg.Client({ connectionString: serverUrl })
  await dropper.connect()
  await dropper.query(`drop database if exists "${name}" with (force)`)
  await dropper.end()
})

// Set before any test imports payload.config.ts, which reads them once.
process.env.DATABASE_URL = withDatabaseName(serverUrl, name)
process.env.DATA_DIR = inject('dataDir')
process.env.PAYLOAD_SECRET = inject('payloadSecret')
process.env.SITE_URL = 'http://newsroom.test'
delete process.env.SMTP_URL
process.env.LOG_LEVEL ??= 'fatal'
process.env.JOBS_AUTORUN = 'false'
process.env.WEBHOOK_ALLOW_PRIVATE = 'true'
