/**
 * Runs inside `npm run bench` (bench/run.ts) with a fresh database: seeds a press room
 * (200 published articles in a campaign, with images and topics), starts the production
 * server on that database and loads the home page and an article page with 16
 * connections each. The machine is shared and noisy, so the pages are judged by their
 * ratio to a bare Next.js route measured in the same run, returning a body of the same size.
 */

import autocannon from 'autocannon'
import { getPayload, type Payload } from 'payload'

import config from '../../payload.config'
import { findFreePort } from '@/db/freePort'
import { runMigrations } from '@/db/runMigrations'
import { startBenchServer, stopBenchServer } from './benchServer'
import { publishForBench, seedPressRoom } from './seedPressRoom'

const ARTICLES = 200
const CONNECTIONS = 16
const WARMUP_SECONDS = 3
const SECONDS = Number(process.env.BENCH_SITE_SECONDS || 10)

async function seed(payload: Payload): Promise<string> {
  const { campaignId, lastSlug } = await seedPressRoom(payload, {
    articles: ARTICLES,
    images: 6,
    campaignTitle: 'Chiến dịch đo tải trang',
    filePrefix: 'site-bench',
  })
  const pack = await payload.create({
    collection: 'briefing-packs',
    data: { title: 'Tài liệu họp báo đo tải', campaign: campaignId, keyFacts: [{ statement: '5 giờ mỗi ngày', source: 'Khảo sát' }] } as never,
    draft: true,
    overrideAccess: true,
  })
  await publishForBench(payload, 'briefing-packs', Number(pack.id))
  return lastSlug
}

type Load = { label: string; perSecond: number; p50: number; p99: number; non2xx: number; errors: number }

async function bytesOf(url: string): Promise<number> {
  const response = await fetch(url)
  const text = await response.text()
  if (response.status !== 200) throw new Error(`${url} answered ${response.status}: ${text.slice(0, 300)}`)
  return Buffer.byteLength(text)
}

async function load(label: string, url: string): Promise<Load> {
  const warmup = await autocannon({ url, connections: CONNECTIONS, duration: WARMUP_SECONDS })
  const result = await autocannon({ url, connections: CONNECTIONS, duration: SECONDS })
  return {
    label,
    perSecond: result.requests.average,
    p50: result.latency.p50,
    p99: result.latency.p99,
    non2xx: warmup.non2xx + result.non2xx,
    errors: warmup.errors + result.errors,
  }
}

const payload = await getPayload({ config })
await runMigrations(payload)
console.log('Seeding')
const slug = await seed(payload)
const port = await findFreePort()
const base = `http://127.0.0.1:${port}`
const server = await startBenchServer(port)
let failed: boolean
try {
  const homeBytes = await bytesOf(`${base}/`)
  const articleBytes = await bytesOf(`${base}/articles/${slug}`)
  const loads = [
    await load(`(a) GET /bench/baseline (bare Next.js route, ${homeBytes} bytes)`, `${base}/bench/baseline?bytes=${homeBytes}`),
    await load('(b) GET / (home page)', `${base}/`),
    await load(`(a2) GET /bench/baseline (bare Next.js route, ${articleBytes} bytes)`, `${base}/bench/baseline?bytes=${articleBytes}`),
    await load('(c) GET /articles/{slug} (article page)', `${base}/articles/${slug}`),
  ]
  const [a, b, a2, c] = loads as [Load, Load, Load, Load]
  console.log(`\nResults (${CONNECTIONS} connections, ${SECONDS} s each after a ${WARMUP_SECONDS} s warm-up; ${ARTICLES} published articles)`)
  console.log(`  ${'endpoint'.padEnd(60)} ${'req/s'.padStart(7)} ${'p50 ms'.padStart(7)} ${'p99 ms'.padStart(7)}  non-2xx  errors`)
  for (const l of loads)
    console.log(
      `  ${l.label.padEnd(60)} ${l.perSecond.toFixed(0).padStart(7)} ${l.p50.toFixed(0).padStart(7)} ${l.p99.toFixed(0).padStart(7)}  ${String(l.non2xx).padStart(7)}  ${String(l.errors).padStart(6)}`,
    )
  const goal = (met: boolean) => (met ? 'met' : 'NOT met')
  console.log(
    `  home/bare    = ${(b.perSecond / a.perSecond).toFixed(2)}× req/s   goal ≥ 0.5×   ${goal(b.perSecond >= 0.5 * a.perSecond)};  p99 ${b.p99.toFixed(0)} ms, goal < 150 ms ${goal(b.p99 < 150)}`,
  )
  console.log(
    `  article/bare = ${(c.perSecond / a2.perSecond).toFixed(2)}× req/s   goal ≥ 0.5×   ${goal(c.perSecond >= 0.5 * a2.perSecond)};  p99 ${c.p99.toFixed(0)} ms, goal < 150 ms ${goal(c.p99 < 150)}`,
  )
  const bad = loads.filter((l) => l.non2xx > 0 || l.errors > 0)
  for (const l of bad) console.error(`FAIL: ${l.label} had ${l.non2xx} non-2xx answers and ${l.errors} connection errors under load (must be 0)`)
  failed = bad.length > 0
} finally {
  await stopBenchServer(server)
}
process.exit(failed ? 1 : 0)
