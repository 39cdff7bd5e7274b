import { spawn, spawnSync, type ChildProcess } from 'node:child_process'
import fs from 'node:fs'
import path from 'node:path'

import { projectRoot } from '@/config/paths'
import { findFreePort } from '@/db/freePort'

export type RunningServer = { baseUrl: string; stop: () => Promise<void> }

async function waitForHealth(baseUrl: string, server: ChildProcess, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs
  while (Date.now() < deadline) {
    if (server.exitCode !== null) throw new Error(`the app exited with code ${server.exitCode} before it was healthy`)
    try {
      if ((await fetch(`${baseUrl}/api/health`)).status === 200) return
    } catch {
      // Not listening yet.
    }
    await new Promise((resolve) => setTimeout(resolve, 500))
  }
  throw new Error(`the app was not healthy within ${timeoutMs} ms`)
}

/**
 * The app as `npm start` runs it (building first when the build is stale), on the suite's
 * database and data directory. NEXT_BUILD_LOCK names a lock file that serialises builds with
 * other runs sharing the checkout; the lock is held while the server uses the build.
 */
export async function startServer(env: NodeJS.ProcessEnv): Promise<RunningServer> {
  const port = await findFreePort()
  const baseUrl = `http://127.0.0.1:${port}`
  const serverEnv: NodeJS.ProcessEnv = { ...process.env, ...env, PORT: String(port), SITE_URL: baseUrl, NODE_ENV: 'production', JOBS_AUTORUN: 'false' }
  for (const name of ['VITEST', 'VITEST_MODE', 'VITEST_POOL_ID', 'VITEST_WORKER_ID', 'TEST', 'MODE', 'SMTP_URL']) delete serverEnv[name]
  const logFile = path.join(projectRoot, 'tests', 'hostile', 'artifacts', 'server.log')
  fs.mkdirSync(path.dirname(logFile), { recursive: true })
  const log = fs.openSync(logFile, 'w')
  const command = [process.execPath, '--import', 'tsx', 'scripts/start.ts']
  const lock = process.env.NEXT_BUILD_LOCK
  const [file, ...args] = lock && spawnSync('flock', ['--version']).status === 0 ? ['flock', lock, ...command] : command
  const server = spawn(file!, args, { cwd: projectRoot, env: serverEnv, stdio: ['ignore', log, log], detached: true })
  const stop = async () => {
    const exited = new Promise((resolve) => server.on('exit', resolve))
    // The whole process group: flock (when used) and the app under it.
    if (server.pid && server.exitCode === null) process.kill(-server.pid, 'SIGTERM')
    await Promise.race([exited, new Promise((resolve) => setTimeout(resolve, 15_000))])
  }
  try {
    await waitForHealth(baseUrl, server, 9 * 60_000)
  } catch (error) {
    await stop()
    throw new Error(`${(error as Error).message}; see ${logFile}`, { cause: error })
  }
  return { baseUrl, stop }
}
