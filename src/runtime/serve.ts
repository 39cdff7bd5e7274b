import type { ChildProcess } from 'node:child_process'

import type { Database } from '../db/ensureDatabase'
import { waitForExit } from './spawnNext'

/**
 * Keeps the launcher alive while the server runs. SIGINT or SIGTERM stop the server first,
 * then the embedded PostgreSQL with a clean shutdown, so nothing is left running or locked.
 */
export async function superviseServer(server: ChildProcess, database: Database): Promise<never> {
  let stopping = false
  const stop = (signal: NodeJS.Signals) => {
    if (stopping) return
    stopping = true
    console.log(`Received ${signal}: stopping the server and the database.`)
    server.kill('SIGTERM')
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
  const code = await waitForExit(server)
  clearInterval(watchParent)
  await database.stop()
  process.exit(stopping ? 0 : code)
}
