/**
 * `npm run worker`: runs the jobs queue (scheduled publishing, embargo lifts, webhooks,
 * digests and alerts) without serving HTTP, beside app instances started with
 * JOBS_AUTORUN=false. Any number of workers share one database. Checks the configuration
 * and the database as `npm start` does (the embedded PostgreSQL is shared with a running
 * `npm start`), then runs scripts/tasks/worker.ts; SIGTERM or SIGINT let the passes in
 * flight finish before it exits.
 */
import { spawn } from 'node:child_process'
import path from 'node:path'

import { projectRoot } from '../src/config/paths'
import { prepareRuntime, runLauncher } from '../src/runtime/prepareRuntime'
import { superviseServer } from '../src/runtime/serve'

runLauncher(async () => {
  const { database } = await prepareRuntime()
  // The embedded PostgreSQL package ends the process at SIGTERM or SIGINT at once (code
  // 143 or 130); a worker must first let its passes finish, then stop the database itself.
  process.removeAllListeners('SIGTERM')
  process.removeAllListeners('SIGINT')
  const entry = path.join(projectRoot, 'scripts', 'tasks', 'worker.ts')
  const spawnWorker = () => spawn(process.execPath, ['--import', 'tsx', entry], { cwd: projectRoot, env: process.env, stdio: 'inherit' })
  await superviseServer(spawnWorker(), database, 'worker', spawnWorker)
})
