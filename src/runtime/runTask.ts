import { spawn } from 'node:child_process'
import path from 'node:path'

import { ConfigError } from '../config/ConfigError'
import { projectRoot } from '../config/paths'
import { waitForExit } from './spawnNext'

/**
 * Runs one of `scripts/tasks/*.ts` in its own Node.js process, with the environment that
 * prepareRuntime set. Tasks import the Payload config statically, at start-up, which is
 * why they are processes of their own: the launcher itself must not load the config
 * before DATABASE_URL exists, and loading it later by dynamic import can stall.
 */
export async function runTask(task: string, args: string[] = []): Promise<void> {
  const file = path.join(projectRoot, 'scripts', 'tasks', `${task}.ts`)
  const child = spawn(process.execPath, ['--import', 'tsx', file, ...args], { cwd: projectRoot, env: process.env, stdio: 'inherit' })
  const code = await waitForExit(child)
  if (code !== 0) throw new ConfigError(`${task} failed with exit code ${code}; see its output above.`)
}
