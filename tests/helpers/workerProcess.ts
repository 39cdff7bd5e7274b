import { spawn, type ChildProcess } from 'node:child_process'

import { projectRoot } from '@/config/paths'

export type WorkerProcess = {
  child: ChildProcess
  output: () => string
  /** Sends SIGTERM and resolves with the exit code (SIGKILL after `graceMs`). */
  stop: (graceMs?: number) => Promise<number | null>
  exited: Promise<number | null>
}

/**
 * Runs `npm run worker` (scripts/worker.ts) as its own process with the environment given
 * over the runner's, without the runner's own variables, and waits until it is ready.
 */
export async function startWorkerProcess(env: Record<string, string | undefined>, timeoutMs = 90_000): Promise<WorkerProcess> {
  const childEnv: NodeJS.ProcessEnv = { ...process.env, ...env }
  for (const name of ['VITEST', 'VITEST_MODE', 'VITEST_POOL_ID', 'VITEST_WORKER_ID', 'TEST', 'MODE']) delete childEnv[name]
  for (const [name, value] of Object.entries(env)) if (value === undefined) delete childEnv[name]
  const child = spawn(process.execPath, ['--import', 'tsx', 'scripts/worker.ts'], { cwd: projectRoot, env: childEnv, stdio: ['ignore', 'pipe', 'pipe'] })
  let output = ''
  child.stdout!.on('data', (chunk) => (output += chunk))
  child.stderr!.on('data', (chunk) => (output += chunk))
  const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)))
  const stop = async (graceMs = 30_000) => {
    if (child.exitCode === null && child.signalCode === null) child.kill('SIGTERM')
    const timer = setTimeout(() => child.kill('SIGKILL'), graceMs)
    const code = await exited
    clearTimeout(timer)
    return code
  }
  const deadline = Date.now() + timeoutMs
  while (!output.includes('Worker ready')) {
    if (child.exitCode !== null) throw new Error(`the worker exited with code ${child.exitCode} before it was ready:\n${output}`)
    if (Date.now() > deadline) {
      await stop(1_000)
      throw new Error(`the worker was not ready within ${timeoutMs} ms:\n${output}`)
    }
    await new Promise((resolve) => setTimeout(resolve, 100))
  }
  return { child, output: () => output, stop, exited }
}
