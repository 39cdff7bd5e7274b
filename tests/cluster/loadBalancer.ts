import { spawn } from 'node:child_process'
import fs from 'node:fs'
import path from 'node:path'

import { waitForExit } from '@/runtime/spawnNext'
import { track } from './trackedProcesses'

export type LoadBalancer = { url: string; stop: () => Promise<void> }

/**
 * haproxy in front of the app instances, as a deployment would run it: round robin,
 * `/api/health` checked every second (three failures take an instance out), the client
 * address in X-Forwarded-For, and a request whose instance refused the connection or died
 * before answering sent to another one. Each answer names its instance in X-Served-By.
 */
function configFor(port: number, backends: Array<{ name: string; port: number }>): string {
  return [
    'global',
    '  maxconn 1024',
    'defaults',
    '  mode http',
    '  timeout connect 2s',
    '  timeout client 60s',
    '  timeout server 60s',
    // A loaded instance may take a while to answer its health check; a dead one refuses at once.
    '  timeout check 3s',
    '  option forwardfor',
    '  option redispatch 1',
    '  retries 3',
    '  retry-on conn-failure empty-response',
    'frontend web',
    `  bind 127.0.0.1:${port}`,
    '  default_backend app',
    'backend app',
    '  balance roundrobin',
    '  option httpchk GET /api/health',
    '  http-check expect status 200',
    '  default-server inter 1s fall 3 rise 2',
    '  http-response set-header X-Served-By %s',
    ...backends.map((backend) => `  server ${backend.name} 127.0.0.1:${backend.port} check`),
    '',
  ].join('\n')
}

/** Listens on `port` (chosen before the instances start: their SITE_URL is this address). */
export async function startLoadBalancer(port: number, backends: Array<{ name: string; port: number }>, workDir: string, logDir: string): Promise<LoadBalancer> {
  const configFile = path.join(workDir, 'haproxy.cfg')
  fs.writeFileSync(configFile, configFor(port, backends))
  const log = fs.openSync(path.join(logDir, 'haproxy.log'), 'w')
  // -db: stay in the foreground, so the pid we hold is haproxy's own.
  const child = track(spawn('haproxy', ['-db', '-f', configFile], { stdio: ['ignore', log, log] }))
  const exited = waitForExit(child).finally(() => fs.closeSync(log))
  const url = `http://127.0.0.1:${port}`
  const deadline = Date.now() + 20_000
  for (;;) {
    if (child.exitCode !== null) throw new Error(`haproxy exited with code ${child.exitCode}; see ${logDir}/haproxy.log`)
    try {
      if ((await fetch(`${url}/api/health`)).status === 200) break
    } catch {
      // Not listening yet.
    }
    if (Date.now() > deadline) throw new Error('haproxy did not answer /api/health in time')
    await new Promise((resolve) => setTimeout(resolve, 200))
  }
  return {
    url,
    stop: async () => {
      if (child.exitCode === null) child.kill('SIGTERM')
      await exited
    },
  }
}
