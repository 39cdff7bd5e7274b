import type { ChildProcess } from 'node:child_process'

const running = new Map<ChildProcess, NodeJS.Signals>()

/**
 * Remembers a process the cluster started, so that nothing outlives the test run: when the
 * runner's process exits for any reason (a failed hook included), every one still running
 * gets `signal` by its pid. A launcher that supervises a child of its own (`npm run worker`)
 * is sent SIGTERM, so that it stops that child too.
 */
export function track(child: ChildProcess, signal: NodeJS.Signals = 'SIGKILL'): ChildProcess {
  running.set(child, signal)
  child.once('exit', () => running.delete(child))
  return child
}

process.once('exit', () => {
  for (const [child, signal] of running) {
    if (child.exitCode === null && child.signalCode === null) child.kill(signal)
  }
})
