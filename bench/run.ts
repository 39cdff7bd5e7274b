/**
 * `npm run bench`: start-up time, idle memory and request latency of the running app.
 * The machine is shared and noisy, so every figure is printed beside a baseline measured
 * in the same run: a bare Next.js route (the static home page) and plain Payload REST
 * (a one-document collection read).
 *
 * `npm run bench` runs everything; `npm run bench -- api` runs only the API load test
 * (bench/tasks/apiLoad.ts), which is slow to seed and worth running on its own,
 * `npm run bench -- site` only the public pages' load test (bench/tasks/siteLoad.ts), and
 * `npm run bench -- digest` only the digest sending test (bench/tasks/digestLoad.ts), and
 * `npm run bench -- programme` only the programme dashboard (bench/tasks/programmeDashboard.ts).
 * `npm run bench -- scale` the scale-of-data test (bench/tasks/scaleLoad.ts: 1,000 → 100,000
 * articles seeded with SQL, then a digest to 50,000 subscribers), which is not part of the full run.
 * `npm run bench -- cluster` the scale-out test (bench/tasks/clusterLoad.ts: v1 throughput with one
 * instance and two behind haproxy, the replica lag the app sees, and freshness across processes),
 * on its own PostgreSQL pair, bucket and load balancer; not part of the full run either.
 */
import { spawn, type ChildProcess } from 'node:child_process'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'

import { projectRoot } from '../src/config/paths'
import { findFreePort } from '../src/db/freePort'
import { isBuildCurrent } from '../src/runtime/buildStamp'
import { measureLatency, treeRssMiB } from './measure'

const REQUESTS = Number(process.env.BENCH_REQUESTS || 300)

async function startApp(dataDir: string, port: number): Promise<{ server: ChildProcess; seconds: number }> {
  const env: NodeJS.ProcessEnv = { ...process.env, DATA_DIR: dataDir, PORT: String(port), LOG_LEVEL: 'warn' }
  delete env.DATABASE_URL
  const started = performance.now()
  const server = spawn(process.execPath, ['--import', 'tsx', 'scripts/start.ts'], { cwd: projectRoot, env, stdio: 'ignore' })
  for (;;) {
    if (server.exitCode !== null) throw new Error(`the app exited with ${server.exitCode}`)
    try {
      if ((await fetch(`http://127.0.0.1:${port}/api/health`)).status === 200) break
    } catch {
      // Not listening yet.
    }
    await new Promise((resolve) => setTimeout(resolve, 100))
  }
  return { server, seconds: (performance.now() - started) / 1000 }
}

async function stopApp(server: ChildProcess) {
  const exited = new Promise((resolve) => server.on('exit', resolve))
  server.kill('SIGTERM')
  await exited
}

const fmt = (n: number, digits = 2) => n.toFixed(digits)

async function main() {
  if (!isBuildCurrent()) {
    console.log('The build is not current: the first start below includes next build.')
  }
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'newsroom-bench-'))
  const port = await findFreePort()
  const base = `http://127.0.0.1:${port}`

  const cold = await startApp(dataDir, port)
  await new Promise((resolve) => setTimeout(resolve, 3000))
  const memory = treeRssMiB(cold.server.pid!)

  const bareNext = await measureLatency(`${base}/`, REQUESTS)
  const payloadRest = await measureLatency(`${base}/api/programme-tasks?limit=1&depth=0`, REQUESTS)
  const health = await measureLatency(`${base}/api/health`, REQUESTS)
  await stopApp(cold.server)

  const warm = await startApp(dataDir, port)
  await stopApp(warm.server)
  fs.rmSync(dataDir, { recursive: true, force: true })

  console.log('\nStart-up (launcher to first 200 from /api/health, embedded PostgreSQL)')
  console.log(`  fresh data directory (initdb, migrations, seed): ${fmt(cold.seconds, 1)} s`)
  console.log(`  warm restart:                                     ${fmt(warm.seconds, 1)} s   (${fmt(warm.seconds / cold.seconds)}× the fresh start)`)
  console.log('\nIdle memory (RSS, MiB, 3 s after the first 200)')
  for (const [name, mib] of Object.entries(memory.byName)) console.log(`  ${name.padEnd(16)} ${fmt(mib, 0)}`)
  console.log(`  ${'total'.padEnd(16)} ${fmt(memory.total, 0)}`)
  console.log(`\nLatency over ${REQUESTS} sequential requests (ms)`)
  console.log('  route                                   p50     p95    req/s   p50 vs bare Next   p50 vs Payload REST')
  const row = (name: string, l: { p50: number; p95: number; perSecond: number }) =>
    console.log(
      `  ${name.padEnd(38)} ${fmt(l.p50).padStart(6)}  ${fmt(l.p95).padStart(6)}  ${fmt(l.perSecond, 0).padStart(6)}   ${fmt(l.p50 / bareNext.p50).padStart(8)}×          ${fmt(l.p50 / payloadRest.p50).padStart(8)}×`,
    )
  row('GET / (bare Next.js route, baseline)', bareNext)
  row('GET /api/programme-tasks (Payload REST)', payloadRest)
  row('GET /api/health', health)

  await runContentBench()
}

/** The content figures run against their own fresh database, in a task process. */
const runContentBench = () => runBenchTask('content', 'bench/tasks/contentQueries.ts')

/** Seeds 1,000 articles and loads the delivery API against its baselines, on its own database. */
async function runApiBench() {
  console.log(`\nAPI delivery (16 connections, ${process.env.BENCH_API_SECONDS || 10} s each)`)
  await runBenchTask('api', 'bench/tasks/apiLoad.ts')
}

/** Seeds a press room and loads the home and an article page against a bare Next.js route, on its own database. */
async function runSiteBench() {
  console.log(`\nPublic site (16 connections, ${process.env.BENCH_SITE_SECONDS || 10} s each)`)
  await runBenchTask('site', 'bench/tasks/siteLoad.ts')
}

/** Seeds 10,000 subscribers and sends them a digest through a loopback SMTP sink, against raw nodemailer. */
async function runDigestBench() {
  console.log('\nDigest sending (10,000 subscribers, loopback SMTP sink)')
  await runBenchTask('digest', 'bench/tasks/digestLoad.ts')
}

/** Seeds 100,000 webhook deliveries and times the programme dashboard against plain Payload REST. */
async function runProgrammeBench() {
  await runBenchTask('programme', 'bench/tasks/programmeDashboard.ts')
}

/** Grows one database from 1,000 to 100,000 articles with SQL, measuring paged reads and search at each step, then a digest to 50,000 subscribers. */
async function runScaleBench() {
  console.log('\nScale of data (1,000 → 10,000 → 100,000 articles seeded with SQL; digest to 50,000 subscribers)')
  await runBenchTask('scale', 'bench/tasks/scaleLoad.ts')
}

/** Starts the cluster test's parts (a primary and a replica of its own, s3rver, haproxy, two instances, workers) and loads them. */
async function runClusterBench() {
  console.log('\nScale-out (PostgreSQL primary and streaming replica, s3rver, two app instances behind haproxy, one then two workers)')
  const child = spawn(process.execPath, ['--import', 'tsx', 'bench/tasks/clusterLoad.ts'], { cwd: projectRoot, env: { ...process.env }, stdio: 'inherit' })
  const code = await new Promise((resolve) => child.on('exit', resolve))
  if (code !== 0) throw new Error(`cluster benchmark exited with ${code}`)
}

/** Runs a bench task under scripts/withDatabase.ts with a fresh data directory (and so a fresh database). */
async function runBenchTask(name: string, task: string) {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), `newsroom-bench-${name}-`))
  const env: NodeJS.ProcessEnv = { ...process.env, DATA_DIR: dataDir, LOG_LEVEL: 'warn', JOBS_AUTORUN: 'false' }
  if (process.env.DATABASE_URL) {
    env.DATABASE_URL = process.env.DATABASE_URL
  } else {
    delete env.DATABASE_URL
  }
  const child = spawn(process.execPath, ['--import', 'tsx', 'scripts/withDatabase.ts', task], { cwd: projectRoot, env, stdio: 'inherit' })
  const code = await new Promise((resolve) => child.on('exit', resolve))
  fs.rmSync(dataDir, { recursive: true, force: true })
  if (code !== 0) throw new Error(`${name} benchmark exited with ${code}`)
}

const only = process.argv[2]
const single: Record<string, () => Promise<void>> = {
  api: runApiBench,
  site: runSiteBench,
  digest: runDigestBench,
  programme: runProgrammeBench,
  scale: runScaleBench,
  cluster: runClusterBench,
}
if (only !== undefined && !single[only]) {
  console.error(`unknown benchmark "${only}": use \`npm run bench\` for most of them, or one of \`npm run bench -- ${Object.keys(single).join('|')}\``)
  process.exit(1)
}
;(only !== undefined ? single[only]!() : main().then(runApiBench).then(runSiteBench).then(runDigestBench).then(runProgrammeBench)).catch((error) => {
  console.error(error)
  process.exit(1)
})
