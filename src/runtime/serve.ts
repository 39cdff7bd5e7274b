import type { ChildProcess } from 'node:child_process'

import type { Database } from '../db/ensureDatabase'
import { UNSETTLED_TOP_LEVEL_AWAIT } from './runTask'
import { waitForExit } from './spawnNext'

/**
 * Keeps the launcher alive while the server (or a worker) runs. SIGINT or SIGTERM stop it
 * first, then the embedded PostgreSQL with a clean shutdown, so nothing is left running or
 * locked. With `respawn`, a child that stalled while loading (exit code 13, see runTask.ts)
 * is started once more.
 */
export async function superviseServer(server: ChildProcess, database: Database, name = 'server', respawn?: () => ChildProcess): Promise<never> {
  let current = server
  let stopping = false
  const stop = (signal: NodeJS.Signals) => {
    if (stopping) return
    stopping = true
    console.log(`Received ${signal}: stopping the ${name} and the database.`)
    current.kill('SIGTERM')
  }
  // Prepended so the server is told before the embedded PostgreSQL's own exit hook stops
  // the database and ends the process.
  process.prependListener('SIGINT', stop)
  process.prependListener('SIGTERM', stop)
  // `npm start` runs us under npm and a shell, which do not pass SIGTERM on. When our
  // parent goes away we are re-parented, and shut down as if we had been signalled.
  const parent = process.ppid
  const watchParent = setInterval(() => {
    if (process.ppid !== parent) stop('SIGTERM')
  }, 1000)
  watchParent.unref()
  let code = await waitForExit(current)
  if (code === UNSETTLED_TOP_LEVEL_AWAIT && respawn && !stopping) {
    console.warn(`warning: the ${name} stopped before it finished loading (exit code 13); starting it again.`)
    current = respawn()
    code = await waitForExit(current)
  }
  clearInterval(watchParent)
  await database.stop()
  process.exit(stopping ? 0 : code)
}
