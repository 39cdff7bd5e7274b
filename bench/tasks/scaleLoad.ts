/**
 * Runs inside `npm run bench -- scale` (bench/run.ts) with a fresh database: how the paged
 * reads, the site search and a digest behave as the archive grows. A few articles are
 * published through the workflow as templates; the archive is then grown step by step
 * (1,000 → 10,000 → 100,000 articles by default, BENCH_SCALE_STEPS) with bulk SQL
 * (INSERT … SELECT generate_series) into the tables the measured paths read: the change
 * log `delivery_changes` (GET /api/v1/items) and the search index `site_search` (GET /search).
 * One production server runs on that database throughout; at each step:
 *   - GET /api/v1/items?limit=20 p50 with an agency key (answered from the response cache
 *     after the first request, as a polling agency is);
 *   - a full sync: every change, walking `next` cursors at limit=100 (uncached pages);
 *   - GET /search p50 for words every article contains ("trẻ em") and for a rare word
 *     (in 3 articles);
 *   - GET /api/health p50, the baseline measured in the same run.
 * After the last step the server is stopped and a digest goes to BENCH_SCALE_SUBSCRIBERS
 * (50,000) daily subscribers from this process, as a worker sends it, to a loopback SMTP
 * sink: time, and peak RSS of this process tree; against raw pooled nodemailer.
 * The machine is shared and noisy: only the ratios mean anything.
 */

import type nodemailer from 'nodemailer'
import { getPayload } from 'payload'

import config from '../../payload.config'
import { poolOf, sqlForClient } from '@/db/sql'
import { siteUrl } from '@/config/siteUrl'
import { findFreePort } from '@/db/freePort'
import { runMigrations } from '@/db/runMigrations'
import { loadDigestCandidates } from '@/email/digest/loadDigestCandidates'
import { mailItemOf } from '@/email/digest/mailItemOf'
import { selectDigestItems } from '@/email/digest/selectDigestItems'
import { startDueDigests } from '@/email/digest/startDueDigests'
import { processDeliveries } from '@/email/ledger/processDeliveries'
import { renderDigestMail } from '@/mail/templates/renderDigestMail'
import { listUnsubscribeHeaders, subscriptionLinks } from '@/subscriptions/links'
import { mintToken } from '@/subscriptions/tokens'
import { seedSubscribers } from '../../tests/crash/seedSubscribers'
import { measureLatency, treeRssMiB, type Latency } from '../measure'
import { startBenchServer, stopBenchServer } from './benchServer'
import { pooledTransport, sendRaw, startSink } from './smtpSink'
import { makeAgency } from '../../tests/helpers/delivery'
import { seedPressRoom } from './seedPressRoom'

const STEPS = (process.env.BENCH_SCALE_STEPS || '1000,10000,100000').split(',').map(Number)
const LAST = STEPS[STEPS.length - 1]!
const REQUESTS = Number(process.env.BENCH_SCALE_REQUESTS || 100)
const BUDGET_SECONDS = Number(process.env.BENCH_SCALE_BUDGET_SECONDS || 30)
const SUBSCRIBERS = Number(process.env.BENCH_SCALE_SUBSCRIBERS || 50_000)
const RAW_MESSAGES = Math.min(SUBSCRIBERS, 5_000)
const SYNC_LIMIT = 100
const TEMPLATES = 3
const COMMON_QUERY = 'trẻ em'
const RARE_WORD = 'zyxhiemgap'
// Synthetic articles are one every 15 minutes up to now: 100,000 span about three years.
const SPACING = "interval '15 minutes'"
const SYNTHETIC_DOC_ID = 1_000_000

const payload = await getPayload({ config })
await runMigrations(payload)
const pool = poolOf(payload)

console.log(`Seeding ${TEMPLATES} template articles through the workflow`)
await seedPressRoom(payload, { articles: TEMPLATES, images: 1, campaignTitle: 'Chiến dịch đo tải quy mô', filePrefix: 'scale-bench' })
const { apiKey } = await makeAgency(payload, { name: 'Scale bench agency', rateLimitPerMinute: 1_000_000 })
// The rare word: only in the template articles.
await pool.query(`UPDATE site_search SET folded_body = folded_body || ' ' || $1 WHERE doc_type = 'article'`, [RARE_WORD])

const columnsOf = async (table: string) =>
  (
    await pool.query<{ column_name: string }>(
      `SELECT column_name FROM information_schema.columns
        WHERE table_schema = current_schema() AND table_name = $1 AND is_generated = 'NEVER' AND column_default IS DISTINCT FROM $2
        ORDER BY ordinal_position`,
      [table, `nextval('${table}_id_seq'::regclass)`],
    )
  ).rows.map((row) => row.column_name)
const changeColumns = await columnsOf('delivery_changes')
const searchColumns = await columnsOf('site_search')

/** Copies of the newest template article's rows, with their own identity, text and time; everything else as the workflow wrote it. */
function cloneSql(table: string, columns: string[], overrides: Record<string, string>, template: string): string {
  const missing = Object.keys(overrides).filter((column) => !columns.includes(column))
  if (missing.length > 0) throw new Error(`${table} has no column ${missing.join(', ')}`)
  const values = columns.map((column) => overrides[column] ?? `t."${column}"`)
  return `INSERT INTO ${table} (${columns.map((c) => `"${c}"`).join(', ')})
          SELECT ${values.join(', ')} FROM (${template}) t, generate_series($1::int, $2::int) AS g`
}
const occurred = `now() - ($3::int - g) * ${SPACING}`
const headline = `'Bảo vệ trẻ em trên không gian mạng, bài lưu trữ ' || g`
const growChanges = cloneSql(
  'delivery_changes',
  changeColumns,
  {
    item_id: `t.item_id || '-scale-' || g`,
    doc_id: `${SYNTHETIC_DOC_ID} + g`,
    slug: `'bai-luu-tru-' || g`,
    occurred_at: occurred,
    updated_at: occurred,
    created_at: occurred,
    ninjs: `jsonb_set(jsonb_set(t.ninjs, '{uri}', to_jsonb(t.item_id || '-scale-' || g)), '{headline}', to_jsonb(${headline}))`,
  },
  `SELECT * FROM delivery_changes WHERE content_type = 'article' AND event_public IS NOT NULL ORDER BY id DESC LIMIT 1`,
)
const growSearch = cloneSql(
  'site_search',
  searchColumns,
  {
    doc_id: `${SYNTHETIC_DOC_ID} + g`,
    slug: `'bai-luu-tru-' || g`,
    title: headline,
    folded_title: `'bao ve tre em tren khong gian mang, bai luu tru ' || g`,
    folded_body: `replace(t.folded_body, ' ${RARE_WORD}', '')`,
    published_at: occurred,
  },
  `SELECT * FROM site_search WHERE doc_type = 'article' AND lang = 'vi' ORDER BY doc_id DESC LIMIT 1`,
)

/** Adds articles until there are `target` (templates included), then tells the server (a generation bump notifies it). */
async function growTo(target: number, current: number): Promise<number> {
  const started = performance.now()
  const client = await pool.connect()
  try {
    await client.query('BEGIN')
    for (let from = current + 1; from <= target; from += 20_000) {
      const to = Math.min(target, from + 19_999)
      await client.query(growChanges, [from, to, LAST])
      await client.query(growSearch, [from, to, LAST])
    }
    await client.query('UPDATE delivery_state SET generation = generation + 1, changed_at = now()')
    await client.query('COMMIT')
  } catch (error) {
    await client.query('ROLLBACK')
    throw error
  } finally {
    client.release()
  }
  await pool.query('ANALYZE delivery_changes')
  await pool.query('ANALYZE site_search')
  console.log(`  grew to ${target} articles with SQL in ${((performance.now() - started) / 1000).toFixed(1)} s (ANALYZE included)`)
  return target
}

type Sync = { seconds: number; pages: number; items: number; pageP50: number; pageMax: number }

/** Every change, from no cursor until `next` is null, as a new agency's first sync does. */
async function fullSync(base: string, headers: Record<string, string>): Promise<Sync> {
  const times: number[] = []
  let items = 0
  let since: string | null = null
  const started = performance.now()
  for (;;) {
    const t0 = performance.now()
    const url = `${base}/api/v1/items?limit=${SYNC_LIMIT}${since ? `&since=${encodeURIComponent(since)}` : ''}`
    const response = await fetch(url, { headers })
    const text = await response.text()
    if (response.status !== 200) throw new Error(`${url} answered ${response.status}: ${text.slice(0, 300)}`)
    times.push(performance.now() - t0)
    const page = JSON.parse(text) as { items: unknown[]; next: string | null }
    items += page.items.length
    if (!page.next) break
    since = page.next
  }
  const seconds = (performance.now() - started) / 1000
  times.sort((a, b) => a - b)
  return { seconds, pages: times.length, items, pageP50: times[Math.floor(times.length / 2)]!, pageMax: times[times.length - 1]! }
}

/**
 * Latency of a route whose cost grows with the data: as many requests as fit in about
 * BENCH_SCALE_BUDGET_SECONDS (30) going by three probes, at least 10 and at most REQUESTS,
 * so that a route taking seconds at 100,000 articles does not hold the run for many minutes.
 */
async function measureBounded(url: string): Promise<Latency & { requests: number }> {
  const probes: number[] = []
  for (let i = 0; i < 3; i += 1) {
    const t0 = performance.now()
    await (await fetch(url)).arrayBuffer()
    probes.push(performance.now() - t0)
  }
  const per = probes.sort((a, b) => a - b)[1]!
  const requests = Math.max(10, Math.min(REQUESTS, Math.floor((BUDGET_SECONDS * 1000) / per)))
  return { ...(await measureLatency(url, requests, undefined, Math.min(20, Math.ceil(requests / 5)))), requests }
}

type Step = {
  articles: number
  changes: number
  health: Latency
  items: Latency
  sync: Sync
  common: Latency & { requests: number }
  rare: Latency & { requests: number }
  commonBytes: number
}

async function measureStep(base: string, articles: number): Promise<Step> {
  const agency = { headers: { Authorization: `agencies API-Key ${apiKey}` } }
  const { rows } = await pool.query<{ n: string }>('SELECT count(*) AS n FROM delivery_changes WHERE event_public IS NOT NULL')
  const changes = Number(rows[0]!.n)
  const health = await measureLatency(`${base}/api/health`, REQUESTS)
  const items = await measureLatency(`${base}/api/v1/items?limit=20`, REQUESTS, agency)
  const sync = await fullSync(base, agency.headers)
  if (sync.items !== changes) throw new Error(`the full sync delivered ${sync.items} changes, the change log has ${changes} public ones`)
  const commonUrl = `${base}/search?q=${encodeURIComponent(COMMON_QUERY)}`
  const commonBytes = Buffer.byteLength(await (await fetch(commonUrl)).text())
  const common = await measureBounded(commonUrl)
  const rare = await measureBounded(`${base}/search?q=${RARE_WORD}`)
  const step = { articles, changes, health, items, sync, common, rare, commonBytes }
  console.log(
    `  ${articles} articles: health ${health.p50.toFixed(1)} ms, v1 items ${items.p50.toFixed(1)} ms, full sync ${sync.seconds.toFixed(1)} s / ${sync.pages} pages, search common ${common.p50.toFixed(1)} ms (${common.requests} requests), rare ${rare.p50.toFixed(1)} ms (${rare.requests} requests)`,
  )
  return step
}

function report(steps: Step[]) {
  const first = steps[0]!
  const f = (n: number, d = 1) => n.toFixed(d)
  console.log(
    `\nResults (p50 over ${REQUESTS} sequential requests, search over as many as fit in ${BUDGET_SECONDS} s; full sync at limit=${SYNC_LIMIT}; one server, one database grown in place)`,
  )
  const metrics: Array<{ label: string; unit: string; of: (s: Step) => number; vsHealth: boolean }> = [
    { label: 'GET /api/health p50 (baseline)', unit: 'ms', of: (s) => s.health.p50, vsHealth: false },
    { label: 'GET /api/v1/items?limit=20 p50 (agency key, cached)', unit: 'ms', of: (s) => s.items.p50, vsHealth: true },
    { label: 'full sync: seconds', unit: 's', of: (s) => s.sync.seconds, vsHealth: false },
    { label: 'full sync: pages', unit: '', of: (s) => s.sync.pages, vsHealth: false },
    { label: 'full sync: page p50 (uncached)', unit: 'ms', of: (s) => s.sync.pageP50, vsHealth: true },
    { label: 'full sync: slowest page', unit: 'ms', of: (s) => s.sync.pageMax, vsHealth: true },
    { label: `GET /search?q=${COMMON_QUERY} p50 (every article)`, unit: 'ms', of: (s) => s.common.p50, vsHealth: true },
    { label: `GET /search?q=${RARE_WORD} p50 (${TEMPLATES} articles)`, unit: 'ms', of: (s) => s.rare.p50, vsHealth: true },
  ]
  const head =
    steps.map((s) => `${s.articles} art.`.padStart(12)).join('') +
    steps
      .slice(1)
      .map((s) => `${`${s.articles / first.articles}× data`.padStart(13)}`)
      .join('')
  console.log(`  ${'figure'.padEnd(54)}${head}   ÷ health p50 at each step`)
  for (const m of metrics) {
    const values = steps.map((s) => `${f(m.of(s), m.unit === '' ? 0 : 1)} ${m.unit}`.padStart(12)).join('')
    const growth = steps
      .slice(1)
      .map((s) => `${f(m.of(s) / m.of(first), 2)}×`.padStart(13))
      .join('')
    const vs = m.vsHealth ? '   ' + steps.map((s) => `${f(m.of(s) / s.health.p50, 1)}×`).join(' → ') : ''
    console.log(`  ${m.label.padEnd(54)}${values}${growth}${vs}`)
  }
  console.log(
    `  (the growth columns are each figure over its value at ${first.articles} articles; changes in the log: ${steps.map((s) => s.changes).join(' → ')})`,
  )
  console.log(
    `  (health-normalised growth, v1 items: ${steps.map((s) => f(s.items.p50 / s.health.p50 / (first.items.p50 / first.health.p50), 2)).join(' → ')}; search common: ${steps.map((s) => f(s.common.p50 / s.health.p50 / (first.common.p50 / first.health.p50), 2)).join(' → ')})`,
  )
  const last = steps[steps.length - 1]!
  const goal = (met: boolean) => (met ? 'met' : 'NOT met')
  console.log(`  search p50 at ${last.articles} articles, every article matching: ${f(last.common.p50)} ms   goal < 100 ms   ${goal(last.common.p50 < 100)}`)
  console.log(`  search result page for the common words: ${first.commonBytes} → ${last.commonBytes} bytes`)
}

/** The digest this run's subscribers get, rendered as the worker renders it, to size the baseline's messages. */
async function sampleDigest(periodEnd: Date) {
  const sql = sqlForClient(pool)
  const site = siteUrl()
  const candidates = await loadDigestCandidates(sql, new Date(periodEnd.getTime() - 35 * 86_400_000))
  const since = new Date(Date.now() - 3_600_000)
  const items = selectDigestItems(candidates, { locale: 'vi', since, topicSlugs: [], campaignSlugs: [], contentTypes: [] })
  const token = mintToken(1).token
  const links = subscriptionLinks(site, token)
  const mail = renderDigestMail({ locale: 'vi', frequency: 'daily', periodStart: since, periodEnd, items: items.map((item) => mailItemOf(item, site)), links })
  return { mail, headers: listUnsubscribeHeaders(links.unsubscribeUrl, token), items: items.length, candidates: candidates.length }
}

async function digest(articles: number) {
  console.log(`\nDigest to ${SUBSCRIBERS} subscribers with ${articles} articles in the archive (server stopped; sent from this process, as a worker does)`)
  const seeded = performance.now()
  await seedSubscribers(payload, { count: SUBSCRIBERS, prefix: `scale-${Date.now()}`, frequency: 'daily', lastDigestAt: new Date(Date.now() - 3_600_000) })
  console.log(`  ${SUBSCRIBERS} subscribers added with SQL in ${((performance.now() - seeded) / 1000).toFixed(1)} s`)
  const sink = await startSink()
  const transport: nodemailer.Transporter = pooledTransport(sink.port, 5, true)
  const periodEnd = new Date(Date.now() + 1_000)
  const sample = await sampleDigest(periodEnd)
  try {
    await sendRaw(transport, sample, 200, 1_000_000)
    sink.stats.messages = 0
    sink.stats.bytes = 0
    const rawStarted = performance.now()
    await sendRaw(transport, sample, RAW_MESSAGES)
    const rawSeconds = (performance.now() - rawStarted) / 1000
    const rawRate = sink.stats.messages / rawSeconds
    sink.stats.messages = 0
    sink.stats.bytes = 0

    const rssBefore = treeRssMiB(process.pid).total
    let peakTree = rssBefore
    let peakSelf = process.memoryUsage().rss
    const sample100ms = () => {
      peakTree = Math.max(peakTree, treeRssMiB(process.pid).total)
      peakSelf = Math.max(peakSelf, process.memoryUsage().rss)
    }
    const sampler = setInterval(sample100ms, 100)
    const started = performance.now()
    let totals: Awaited<ReturnType<typeof processDeliveries>>
    let startSeconds: number
    let runId: number
    try {
      ;[runId] = (await startDueDigests(payload, periodEnd, [
        { kind: 'daily', period: `scale-${Date.now()}`, start: new Date(periodEnd.getTime() - 86_400_000), end: periodEnd },
      ])) as [number]
      startSeconds = (performance.now() - started) / 1000
      totals = await processDeliveries(payload, { transport, runId })
    } finally {
      clearInterval(sampler)
    }
    sample100ms()
    const seconds = (performance.now() - started) / 1000
    const rate = sink.stats.messages / seconds
    const { rows } = await pool.query('SELECT status::text, expected::int, sent::int, failed::int, suppressed::int FROM digest_runs WHERE id = $1', [runId])
    const run = rows[0] as { status: string; expected: number; sent: number; failed: number; suppressed: number }
    const goal = (met: boolean) => (met ? 'met' : 'NOT met')
    console.log(
      `  digest of ${sample.items} items (${sample.candidates} candidates from the last 35 days), ${(sink.stats.bytes / Math.max(1, sink.stats.messages)).toFixed(0)} bytes/message`,
    )
    console.log(`  ${'sender'.padEnd(52)} ${'msg/s'.padStart(7)} ${'seconds'.padStart(8)} ${'messages'.padStart(9)}`)
    console.log(
      `  ${'(a) raw pooled nodemailer (baseline)'.padEnd(52)} ${rawRate.toFixed(0).padStart(7)} ${rawSeconds.toFixed(1).padStart(8)} ${String(RAW_MESSAGES).padStart(9)}`,
    )
    console.log(
      `  ${'(b) digest run: startDueDigests + processDeliveries'.padEnd(52)} ${rate.toFixed(0).padStart(7)} ${seconds.toFixed(1).padStart(8)} ${String(sink.stats.messages).padStart(9)}`,
    )
    console.log(
      `      of which startDueDigests ${startSeconds.toFixed(2)} s; worker totals ${JSON.stringify(totals)}; run ${run.status}, expected ${run.expected}, sent ${run.sent}`,
    )
    console.log(`  b/a = ${(rate / rawRate).toFixed(2)}× msg/s   goal ≥ 0.5×   ${goal(rate >= 0.5 * rawRate)}`)
    console.log(
      `  peak RSS of the worker process tree during (b): ${peakTree.toFixed(0)} MiB (this process alone ${(peakSelf / 2 ** 20).toFixed(0)} MiB; ${rssBefore.toFixed(0)} MiB when (b) started)   goal < 500 MB   ${goal(peakTree * 2 ** 20 < 500e6)}`,
    )
    if (run.status !== 'completed' || run.sent !== SUBSCRIBERS || sink.stats.messages !== SUBSCRIBERS) {
      console.error(
        `FAIL: the digest run must send ${SUBSCRIBERS} messages and complete; the sink got ${sink.stats.messages}, the run says ${JSON.stringify(run)}`,
      )
      return false
    }
    return true
  } finally {
    transport.close()
    await sink.close()
  }
}

const port = await findFreePort()
const base = `http://127.0.0.1:${port}`
const server = await startBenchServer(port)
const steps: Step[] = []
let ok = true
try {
  let current = TEMPLATES
  for (const target of STEPS) {
    current = await growTo(target, current)
    steps.push(await measureStep(base, target))
  }
} finally {
  await stopBenchServer(server)
}
report(steps)
if (SUBSCRIBERS > 0) ok = await digest(LAST)
await payload.destroy()
process.exit(ok ? 0 : 1)
