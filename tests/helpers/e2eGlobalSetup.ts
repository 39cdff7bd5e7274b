import { spawn, type ChildProcess } from 'node:child_process'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'

import type { TestProject } from 'vitest/node'

import { projectRoot } from '@/config/paths'
import { findFreePort } from '@/db/freePort'
import { startOutboxSmtpSink } from './outboxSmtpSink'
import { createTestDatabase, type TestDatabase } from './testDatabase'

declare module 'vitest' {
  export interface ProvidedContext {
    baseUrl: string
    e2eDataDir: string
  }
}

async function waitForHealth(baseUrl: string, server: ChildProcess, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs
  while (Date.now() < deadline) {
    if (server.exitCode !== null) throw new Error(`the app exited with code ${server.exitCode} before it was healthy`)
    try {
      const response = await fetch(`${baseUrl}/api/health`)
      if (response.status === 200) return
    } catch {
      // Not listening yet.
    }
    await new Promise((resolve) => setTimeout(resolve, 500))
  }
  throw new Error(`the app was not healthy within ${timeoutMs} ms`)
}

/**
 * Starts the app exactly as `npm start` does (building first when the build is not
 * current) with a fresh data directory, so it is a new install: no users, an empty
 * outbox, and a fresh database (embedded, or a new one on DATABASE_URL's server). Its
 * mail goes to a real SMTP sink on loopback that files messages in the outbox folder.
 */
export default async function setup(project: TestProject) {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'newsroom-e2e-'))
  let database: TestDatabase | undefined
  // Webhook receivers in the browser tests listen on loopback.
  const env: NodeJS.ProcessEnv = { ...process.env, DATA_DIR: dataDir, NODE_ENV: 'development', WEBHOOK_ALLOW_PRIVATE: 'true' }
  // The app runs as a user runs it: none of the test runner's own variables (VITEST
  // changes how Payload imports modules) and no mail relay, so mail goes to the outbox.
  for (const name of ['VITEST', 'VITEST_MODE', 'VITEST_POOL_ID', 'VITEST_WORKER_ID', 'TEST', 'MODE', 'SMTP_URL', 'PAYLOAD_SECRET']) {
    delete env[name]
  }
  if (process.env.DATABASE_URL) {
    database = await createTestDatabase('newsroom_e2e')
    env.DATABASE_URL = database.url
  }
  // Mail goes through a real SMTP server on loopback, which files each message in the outbox folder.
  const smtpSink = await startOutboxSmtpSink(path.join(dataDir, 'outbox'))
  env.SMTP_URL = smtpSink.url
  const port = await findFreePort()
  env.PORT = String(port)
  const baseUrl = `http://127.0.0.1:${port}`
  env.SITE_URL = baseUrl
  const logFile = path.join(projectRoot, 'tests', 'e2e', 'artifacts', 'server.log')
  fs.mkdirSync(path.dirname(logFile), { recursive: true })
  const log = fs.openSync(logFile, 'w')
  const server = spawn(process.execPath, ['--import', 'tsx', 'scripts/start.ts'], { cwd: projectRoot, env, stdio: ['ignore', log, log] })
  try {
    await waitForHealth(baseUrl, server, 8 * 60_000)
  } catch (error) {
    server.kill('SIGTERM')
    await smtpSink.close()
    throw new Error(`${(error as Error).message}; see ${logFile}`, { cause: error })
  }
  project.provide('baseUrl', baseUrl)
  project.provide('e2eDataDir', dataDir)
  return async () => {
    const exited = new Promise((resolve) => server.on('exit', resolve))
    server.kill('SIGTERM')
    let timer: NodeJS.Timeout | undefined
    await Promise.race([exited, new Promise((resolve) => (timer = setTimeout(resolve, 15_000)))])
    clearTimeout(timer)
    if (server.exitCode === null) server.kill('SIGKILL')
    fs.closeSync(log)
    await smtpSink.close()
    await database?.drop()
    fs.rmSync(dataDir, { recursive: true, force: true })
  }
}
