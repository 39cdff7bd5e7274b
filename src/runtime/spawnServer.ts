import { spawn, type ChildProcess } from 'node:child_process'
import path from 'node:path'

import { projectRoot } from '../config/paths'

/**
 * Runs the app's HTTP server (httpServer.ts) in its own process: `start` serves the last
 * build, `dev` compiles on demand with hot reloading.
 */
export function spawnServer(mode: 'start' | 'dev', env: NodeJS.ProcessEnv = process.env): ChildProcess {
  const entry = path.join(projectRoot, 'src', 'runtime', 'httpServer.ts')
  return spawn(process.execPath, ['--import', 'tsx', entry, mode], { cwd: projectRoot, env: { NEXT_TELEMETRY_DISABLED: '1', ...env }, stdio: 'inherit' })
}
