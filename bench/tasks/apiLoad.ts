/**
 * Runs inside `npm run bench` (bench/run.ts) with a fresh database: seeds 1,000 published
 * articles, starts the production server on that database and loads four endpoints with
 * 16 connections each. The machine is shared and noisy, so the delivery API (c) is judged
 * only by ratios against two baselines measured in the same run: a bare Next.js route
 * returning a body of the same size (a) and plain Payload REST (b).
 */

import autocannon from 'autocannon'
import { getPayload, type Payload } from 'payload'

import config from '../../payload.config'
import { findFreePort } from '@/db/freePort'
import { runMigrations } from '@/db/runMigrations'
import { startBenchServer, stopBenchServer } from './benchServer'
import { makeAgency } from '../../tests/helpers/delivery'
import { seedPressRoom } from './seedPressRoom'

const ARTICLES = 1000
const IMAGES = 10
const CONNECTIONS = 16
const WARMUP_SECONDS = 2
const SECONDS = Number(process.env.BENCH_API_SECONDS || 10)

async function seed(payload: Payload): Promise<string> {
  await seedPressRoom(payload, { articles: ARTICLES, images: IMAGES, campaignTitle: 'Chiến dịch đo tải API', filePrefix: 'bench' })
  const { apiKey } = await makeAgency(payload, { name: 'Bench agency', rateLimitPerMinute: 1_000_000 })
  return apiKey
}

type Endpoint = { label: string; path: string; headers?: Record<string, string> }
type Load = { endpoint: Endpoint; perSecond: number; p50: number; p99: number; non2xx: number; errors: number }

/** One check request first, so a broken endpoint fails with its answer instead of a load of errors. */
async function fetchOk(base: string, endpoint: Endpoint): Promise<string> {
  const response = await fetch(base + endpoint.path, { headers: endpoint.headers })
  const text = await response.text()
  if (response.status !== 200) throw new Error(`${endpoint.path} answered ${response.status}: ${text.slice(0, 500)}`)
  return text
}

async function load(base: string, endpoint: Endpoint): Promise<Load> {
  const options = { url: base + endpoint.path, connections: CONNECTIONS, headers: endpoint.headers }
  const warmup = await autocannon({ ...options, duration: WARMUP_SECONDS })
  const result = await autocannon({ ...options, duration: SECONDS })
  return {
    endpoint,
    perSecond: result.requests.average,
    p50: result.latency.p50,
    p99: result.latency.p99,
    non2xx: warmup.non2xx + result.non2xx,
    errors: warmup.errors + result.errors,
  }
}

function report(loads: Load[], bytes: number) {
  const [a, b, c] = loads as [Load, Load, Load, Load]
  console.log(`\nResults (${CONNECTIONS} connections, ${SECONDS} s each after a ${WARMUP_SECONDS} s warm-up; ${ARTICLES} published articles)`)
  console.log(`  ${'endpoint'.padEnd(56)} ${'req/s'.padStart(7)} ${'p50 ms'.padStart(7)} ${'p99 ms'.padStart(7)}  non-2xx  errors`)
  for (const l of loads) {
    console.log(
      `  ${l.endpoint.label.padEnd(56)} ${l.perSecond.toFixed(0).padStart(7)} ${l.p50.toFixed(0).padStart(7)} ${l.p99.toFixed(0).padStart(7)}  ${String(l.non2xx).padStart(7)}  ${String(l.errors).padStart(6)}`,
    )
  }
  const goal = (met: boolean) => (met ? 'met' : 'NOT met')
  console.log(`  (a) returns ${bytes} bytes, the size of (c)'s response`)
  console.log(`  c/b = ${(c.perSecond / b.perSecond).toFixed(2)}× req/s   goal ≥ 3×     ${goal(c.perSecond >= 3 * b.perSecond)}`)
  console.log(`  c/a = ${(c.perSecond / a.perSecond).toFixed(2)}× req/s   goal ≥ 0.7×   ${goal(c.perSecond >= 0.7 * a.perSecond)}`)
  console.log(`  p99 of c = ${c.p99.toFixed(0)} ms     goal < 100 ms ${goal(c.p99 < 100)}`)
}

const payload = await getPayload({ config })
await runMigrations(payload)
console.log('Seeding')
const apiKey = await seed(payload)
const port = await findFreePort()
const base = `http://127.0.0.1:${port}`
const server = await startBenchServer(port)
let failed: boolean
try {
  const agency = { Authorization: `agencies API-Key ${apiKey}` }
  const items: Endpoint = { label: '(c) GET /api/v1/items?limit=20 (delivery API)', path: '/api/v1/items?limit=20', headers: agency }
  const bytes = Buffer.byteLength(await fetchOk(base, items))
  const endpoints: Endpoint[] = [
    { label: '(a) GET /bench/baseline (bare Next.js route, baseline)', path: `/bench/baseline?bytes=${bytes}` },
    { label: '(b) GET /api/articles?limit=20&depth=1 (Payload REST)', path: '/api/articles?limit=20&depth=1', headers: agency },
    items,
    { label: '(d) GET /feeds/vi/atom.xml (Atom feed)', path: '/feeds/vi/atom.xml' },
  ]
  const loads: Load[] = []
  for (const endpoint of endpoints) {
    await fetchOk(base, endpoint)
    loads.push(await load(base, endpoint))
  }
  report(loads, bytes)
  const bad = loads.filter((l) => l.non2xx > 0 || l.errors > 0)
  for (const l of bad) console.error(`FAIL: ${l.endpoint.path} had ${l.non2xx} non-2xx answers and ${l.errors} connection errors under load (must be 0)`)
  failed = bad.length > 0
} finally {
  await stopBenchServer(server)
}
process.exit(failed ? 1 : 0)
