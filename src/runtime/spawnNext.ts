import { spawn, type ChildProcess } from 'node:child_process'
import { createRequire } from 'node:module'

import { projectRoot } from '../config/paths'

const require = createRequire(import.meta.url)

/** Runs the project's own Next.js CLI with the prepared environment. */
export function spawnNext(args: string[], env: NodeJS.ProcessEnv = process.env): ChildProcess {
  const nextBin = require.resolve('next/dist/bin/next')
  return spawn(process.execPath, [nextBin, ...args], { cwd: projectRoot, env: { NEXT_TELEMETRY_DISABLED: '1', ...env }, stdio: 'inherit' })
}

export function waitForExit(child: ChildProcess): Promise<number> {
  return new Promise((resolve) => child.on('exit', (code, signal) => resolve(code ?? (signal ? 1 : 0))))
}
