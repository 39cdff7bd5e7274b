import { spawn } from 'node:child_process'
import path from 'node:path'

import { ConfigError } from '../config/ConfigError'
import { projectRoot } from '../config/paths'
import { waitForExit } from './spawnNext'

/** Node's exit code for a top-level await that never settled. */
export const UNSETTLED_TOP_LEVEL_AWAIT = 13

function spawnTask(file: string, args: string[]): Promise<number> {
  const child = spawn(process.execPath, ['--import', 'tsx', file, ...args], { cwd: projectRoot, env: process.env, stdio: 'inherit' })
  return waitForExit(child)
}

/**
 * Runs one of `scripts/tasks/*.ts` in its own Node.js process, with the environment that
 * prepareRuntime set. Tasks import the Payload config statically, at start-up, which is
 * why they are processes of their own: the launcher itself must not load the config
 * before DATABASE_URL exists, and loading it later by dynamic import can stall.
 *
 * Tasks are idempotent. A task that ends with code 13 (its module loading stalled and
 * Node gave up on the top-level await, seen on cold starts of the TypeScript loader) is
 * run once more before the failure is reported.
 */
export async function runTask(task: string, args: string[] = []): Promise<void> {
  const file = path.join(projectRoot, 'scripts', 'tasks', `${task}.ts`)
  let code = await spawnTask(file, args)
  if (code === UNSETTLED_TOP_LEVEL_AWAIT) {
    console.warn(`warning: ${task} stopped before it finished loading (exit code 13); running it again.`)
    code = await spawnTask(file, args)
  }
  if (code !== 0) throw new ConfigError(`${task} failed with exit code ${code}; see its output above.`)
}
