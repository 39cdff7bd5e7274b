import { spawn, type ChildProcess } from 'node:child_process'

import { projectRoot } from '@/config/paths'
import { isBuildCurrent } from '@/runtime/buildStamp'

/** The production launcher (migrate, build when stale, `next start`) on the bench task's scratch database. */
export async function startBenchServer(port: number): Promise<ChildProcess> {
  if (!isBuildCurrent()) console.log('  The build is not current: this start includes next build (a minute or two).')
  const env = { ...process.env, PORT: String(port), JOBS_AUTORUN: 'false', LOG_LEVEL: 'warn', BENCH_BASELINE: 'true' }
  const started = performance.now()
  const server = spawn(process.execPath, ['--import', 'tsx', 'scripts/start.ts'], { cwd: projectRoot, env, stdio: 'inherit' })
  for (;;) {
    if (server.exitCode !== null) throw new Error(`the server exited with ${server.exitCode} before answering /api/health`)
    try {
      if ((await fetch(`http://127.0.0.1:${port}/api/health`)).status === 200) break
    } catch {
      // Not listening yet.
    }
    await new Promise((resolve) => setTimeout(resolve, 250))
  }
  console.log(`  server answered /api/health after ${((performance.now() - started) / 1000).toFixed(1)} s`)
  return server
}

export async function stopBenchServer(server: ChildProcess) {
  if (server.exitCode !== null) return
  const exited = new Promise((resolve) => server.once('exit', resolve))
  server.kill('SIGTERM')
  // The launcher stops `next start` first; SIGKILL only if it hangs.
  const timer = setTimeout(() => server.kill('SIGKILL'), 30_000)
  await exited
  clearTimeout(timer)
}
