import { spawn, type ChildProcess } from 'node:child_process'
import fs from 'node:fs'
import path from 'node:path'

import { projectRoot } from '@/config/paths'
import { findFreePort } from '@/db/freePort'

export type AppServer = { baseUrl: string; port: number; logFile: string; stop: () => Promise<number | null> }

/**
 * Starts the app as `npm start` does (scripts/start.ts, building first when the build is
 * not current) with the environment given, on a free port, and waits for `/api/health`.
 * The caller brings DATA_DIR and DATABASE_URL; the runner's own variables are left out,
 * as in the browser tests' global setup. `stop` sends SIGTERM and resolves with the exit code.
 */
export async function startAppServer(options: { env: Record<string, string | undefined>; logName: string; timeoutMs?: number }): Promise<AppServer> {
  const env: NodeJS.ProcessEnv = { ...process.env, NODE_ENV: 'development' }
  Object.assign(env, options.env)
  for (const name of ['VITEST', 'VITEST_MODE', 'VITEST_POOL_ID', 'VITEST_WORKER_ID', 'TEST', 'MODE']) delete env[name]
  for (const [name, value] of Object.entries(options.env)) if (value === undefined) delete env[name]
  const port = await findFreePort()
  env.PORT = String(port)
  const baseUrl = `http://127.0.0.1:${port}`
  env.SITE_URL ??= baseUrl
  const logFile = path.join(projectRoot, 'tests', 'e2e', 'artifacts', `${options.logName}.log`)
  fs.mkdirSync(path.dirname(logFile), { recursive: true })
  const log = fs.openSync(logFile, 'w')
  const server: ChildProcess = spawn(process.execPath, ['--import', 'tsx', 'scripts/start.ts'], { cwd: projectRoot, env, stdio: ['ignore', log, log] })
  const exited = new Promise<number | null>((resolve) => server.once('exit', (code) => resolve(code)))
  const stop = async () => {
    if (server.exitCode === null) server.kill('SIGTERM')
    const timer = setTimeout(() => server.kill('SIGKILL'), 30_000)
    const code = await exited
    clearTimeout(timer)
    fs.closeSync(log)
    return code
  }
  const deadline = Date.now() + (options.timeoutMs ?? 8 * 60_000)
  for (;;) {
    if (server.exitCode !== null) {
      await stop()
      throw new Error(`the app exited with code ${server.exitCode} before it was healthy; see ${logFile}`)
    }
    if (Date.now() > deadline) {
      await stop()
      throw new Error(`the app was not healthy in time; see ${logFile}`)
    }
    try {
      if ((await fetch(`${baseUrl}/api/health`)).status === 200) return { baseUrl, port, logFile, stop }
    } catch {
      // Not listening yet.
    }
    await new Promise((resolve) => setTimeout(resolve, 500))
  }
}
