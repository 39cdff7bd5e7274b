import { spawn, type ChildProcess } from 'node:child_process'
import fs from 'node:fs'
import path from 'node:path'

import { projectRoot } from '@/config/paths'
import { findFreePort } from '@/db/freePort'
import { waitForExit } from '@/runtime/spawnNext'
import { track } from './trackedProcesses'

export type AppInstance = {
  name: string
  port: number
  url: string
  process: ChildProcess
  /** SIGTERM: requests in flight finish (httpServer.ts), then it exits. */
  stop: () => Promise<void>
  /** SIGKILL, as a machine that vanished. */
  kill: () => Promise<void>
}

/** The runner's own variables would change how Payload loads modules in the app. */
const RUNNER_VARIABLES = ['VITEST', 'VITEST_MODE', 'VITEST_POOL_ID', 'VITEST_WORKER_ID', 'TEST', 'MODE']

export function processEnv(env: Record<string, string>): NodeJS.ProcessEnv {
  const merged: NodeJS.ProcessEnv = { ...process.env, ...env }
  for (const name of RUNNER_VARIABLES) delete merged[name]
  return merged
}

/**
 * One stateless app instance: the app's own HTTP server over the last production build
 * (what `npm start` runs once migrations and the build are done), on a free port (or the
 * one it had, when it comes back), ready when `/api/health` answers 200.
 */
export async function startAppInstance(name: string, env: Record<string, string>, logDir: string, knownPort?: number): Promise<AppInstance> {
  const port = knownPort ?? (await findFreePort())
  const url = `http://127.0.0.1:${port}`
  const log = fs.openSync(path.join(logDir, `${name}.log`), 'a')
  const entry = path.join(projectRoot, 'src', 'runtime', 'httpServer.ts')
  const child = track(
    spawn(process.execPath, ['--import', 'tsx', entry, 'start'], {
      cwd: projectRoot,
      env: processEnv({ ...env, NODE_ENV: 'production', PORT: String(port), NEXT_TELEMETRY_DISABLED: '1' }),
      stdio: ['ignore', log, log],
    }),
  )
  const exited = waitForExit(child).finally(() => fs.closeSync(log))
  const deadline = Date.now() + 120_000
  for (;;) {
    if (child.exitCode !== null) throw new Error(`instance ${name} exited with code ${child.exitCode}; see ${logDir}/${name}.log`)
    try {
      if ((await fetch(`${url}/api/health`)).status === 200) break
    } catch {
      // Not listening yet.
    }
    if (Date.now() > deadline) throw new Error(`instance ${name} was not healthy in time; see ${logDir}/${name}.log`)
    await new Promise((resolve) => setTimeout(resolve, 250))
  }
  const signal = async (which: NodeJS.Signals) => {
    if (child.exitCode === null && child.signalCode === null) child.kill(which)
    await exited
  }
  return { name, port, url, process: child, stop: () => signal('SIGTERM'), kill: () => signal('SIGKILL') }
}
