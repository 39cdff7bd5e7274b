/**
 * Runs inside `npm run bench` (bench/run.ts) with a fresh database: seeds 10,000 active
 * daily subscribers and 20 published items, then sends to a loopback SMTP sink that
 * accepts everything at once. The machine is shared and noisy, so the digest run (b) is
 * judged against a baseline measured in the same run: plain pooled nodemailer sending as
 * many messages of the same size to the same sink (a).
 *
 * Knobs for looking into a slow run: BENCH_DIGEST_SUBSCRIBERS (default 10000),
 * BENCH_SMTP_NODELAY=false (TCP_NODELAY off on both senders' sockets), BENCH_DIGEST_LANES=n
 * (n workers of batch 1 instead of one worker), BENCH_SQL_KINDS (rows of the SQL breakdown).
 */
import nodemailer from 'nodemailer'
import pg from 'pg'
import { getPayload, type Payload } from 'payload'

import config from '../../payload.config'
import { siteUrl } from '@/config/siteUrl'
import { poolOf, sqlForClient } from '@/db/sql'
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
import { pooledTransport, sendRaw, startSink } from './smtpSink'

const SUBSCRIBERS = Number(process.env.BENCH_DIGEST_SUBSCRIBERS || 10_000)
const ITEMS = 20
const POOL = 5
const WARMUP = 200

// Peak resident memory of this process (the worker), sampled every 100 ms.
let peakRss = 0
let peakRssOverall = 0
const sampleRss = () => {
  const rss = process.memoryUsage().rss
  peakRss = Math.max(peakRss, rss)
  peakRssOverall = Math.max(peakRssOverall, rss)
}
const sampler = setInterval(sampleRss, 100)

// SQL statements, counted and timed by kind, to tell where a slow run spends its time.
let queries = 0
const sqlTime = new Map<string, { count: number; ms: number }>()
const kindOf = (text: string): string => {
  const t = text.replace(/\s+/g, ' ').trim()
  if (t.startsWith('WITH due AS')) return 'claimDeliveries (claim a batch)'
  if (t.startsWith('WITH totals AS')) return 'refreshRunTotals (recount the run)'
  if (t.startsWith("UPDATE deliveries SET status = 'sent'")) return 'settleDelivery (mark sent)'
  if (t.startsWith('UPDATE subscribers SET last_digest_at')) return 'settleDelivery (last_digest_at)'
  if (t.startsWith('SELECT r.id, r.kind')) return 'loadRunContext'
  return t.slice(0, 40)
}
const originalQuery = pg.Client.prototype.query
pg.Client.prototype.query = function countingQuery(this: pg.Client, ...args: unknown[]) {
  queries += 1
  const text = typeof args[0] === 'string' ? args[0] : (args[0] as { text?: string } | undefined)?.text
  if (!text) return (originalQuery as (...a: unknown[]) => unknown).apply(this, args)
  const started = performance.now()
  const kind = kindOf(text)
  const done = () => {
    const entry = sqlTime.get(kind) ?? { count: 0, ms: 0 }
    entry.count += 1
    entry.ms += performance.now() - started
    sqlTime.set(kind, entry)
  }
  // pg.Pool#query passes a callback; awaited client queries get a promise.
  const last = args[args.length - 1]
  if (typeof last === 'function') {
    args[args.length - 1] = (...results: unknown[]) => {
      done()
      return (last as (...r: unknown[]) => unknown)(...results)
    }
  }
  const result = (originalQuery as (...a: unknown[]) => unknown).apply(this, args)
  if (result instanceof Promise) void result.then(done, () => undefined)
  return result
} as typeof pg.Client.prototype.query

// BENCH_SMTP_NODELAY=false compares the two senders without TCP_NODELAY.
const NO_DELAY = process.env.BENCH_SMTP_NODELAY !== 'false'

async function seed(payload: Payload) {
  const started = performance.now()
  const campaign = await payload.create({ collection: 'campaigns', data: { title: 'Chiến dịch đo tải bản tin' } as never, draft: true, overrideAccess: true })
  const publish = (collection: 'articles' | 'campaigns', id: number) =>
    payload.update({ collection, id, data: { _status: 'published', stage: 'published' } as never, context: { workflow: 'publish' }, overrideAccess: true })
  await publish('campaigns', Number(campaign.id))
  for (let i = 1; i < ITEMS; i += 1) {
    const draft = await payload.create({
      collection: 'articles',
      data: {
        headline: `Bảo vệ trẻ em trên không gian mạng, bài ${i}`,
        standfirst: 'Những việc gia đình, nhà trường và báo chí có thể làm ngay hôm nay: trò chuyện với con, cài đặt quyền riêng tư, gọi Tổng đài 111.',
        campaign: campaign.id,
      } as never,
      draft: true,
      overrideAccess: true,
    })
    await publish('articles', Number(draft.id))
  }
  await seedSubscribers(payload, { count: SUBSCRIBERS, prefix: `bench-${Date.now()}`, frequency: 'daily', lastDigestAt: new Date(Date.now() - 3_600_000) })
  console.log(`  ${ITEMS} items published and ${SUBSCRIBERS} subscribers added in ${((performance.now() - started) / 1000).toFixed(1)} s`)
}

/** The digest a subscriber of this run gets, rendered as the worker renders it, to size the baseline's messages. */
async function sampleDigest(payload: Payload, periodEnd: Date) {
  const sql = sqlForClient(poolOf(payload))
  const site = siteUrl()
  const candidates = await loadDigestCandidates(sql, new Date(periodEnd.getTime() - 35 * 86_400_000))
  const since = new Date(Date.now() - 3_600_000)
  const items = selectDigestItems(candidates, { locale: 'vi', since, topicSlugs: [], campaignSlugs: [], contentTypes: [] })
  const token = mintToken(1).token
  const links = subscriptionLinks(site, token)
  const mail = renderDigestMail({ locale: 'vi', frequency: 'daily', periodStart: since, periodEnd, items: items.map((item) => mailItemOf(item, site)), links })
  return { mail, headers: listUnsubscribeHeaders(links.unsubscribeUrl, token), items: items.length }
}

// BENCH_DIGEST_LANES=n (experiment): n workers of batch 1 side by side instead of one
// worker claiming pool-size batches, to see what the batch barrier costs.
const LANES = Number(process.env.BENCH_DIGEST_LANES || 0)
async function sendRun(transport: nodemailer.Transporter, runId: number) {
  if (!LANES) return processDeliveries(payload, { transport, runId })
  const lanes = await Promise.all(Array.from({ length: LANES }, () => processDeliveries(payload, { transport, runId, batch: 1 })))
  return lanes.reduce((sum, lane) => ({
    sent: sum.sent + lane.sent,
    failed: sum.failed + lane.failed,
    retried: sum.retried + lane.retried,
    suppressed: sum.suppressed + lane.suppressed,
  }))
}

const cpuMs = (usage: NodeJS.CpuUsage) => (usage.user + usage.system) / 1000

const payload = await getPayload({ config })
await runMigrations(payload)
console.log('Seeding')
await seed(payload)
const sink = await startSink()
const transport = pooledTransport(sink.port, POOL, NO_DELAY)
const periodEnd = new Date(Date.now() + 1_000)
const sample = await sampleDigest(payload, periodEnd)
let failed = false
try {
  await sendRaw(transport, sample, WARMUP, 1_000_000)
  sink.stats.messages = 0
  sink.stats.bytes = 0

  const rawCpu = process.cpuUsage()
  const rawStarted = performance.now()
  await sendRaw(transport, sample, SUBSCRIBERS)
  const rawSeconds = (performance.now() - rawStarted) / 1000
  const rawCpuMs = cpuMs(process.cpuUsage(rawCpu))
  const rawBytes = sink.stats.bytes / sink.stats.messages
  const rawMessages = sink.stats.messages
  sink.stats.messages = 0
  sink.stats.bytes = 0
  const rssBeforeRun = process.memoryUsage().rss
  peakRss = 0

  queries = 0
  sqlTime.clear()
  let smtpMs = 0
  const timedTransport = Object.create(transport) as nodemailer.Transporter
  timedTransport.sendMail = (async (mail: nodemailer.SendMailOptions) => {
    const started = performance.now()
    try {
      return await transport.sendMail(mail)
    } finally {
      smtpMs += performance.now() - started
    }
  }) as never
  const runCpu = process.cpuUsage()
  const runStarted = performance.now()
  const [runId] = await startDueDigests(payload, periodEnd, [
    { kind: 'daily', period: `bench-${Date.now()}`, start: new Date(periodEnd.getTime() - 86_400_000), end: periodEnd },
  ])
  const startSeconds = (performance.now() - runStarted) / 1000
  const startQueries = queries
  const totals = await sendRun(timedTransport, runId!)
  const runSeconds = (performance.now() - runStarted) / 1000
  const runCpuMs = cpuMs(process.cpuUsage(runCpu))
  sampleRss()
  const runQueries = queries - startQueries
  const runBytes = sink.stats.bytes / Math.max(1, sink.stats.messages)
  const { rows } = await poolOf(payload).query('SELECT status::text, expected::int, sent::int, failed::int, suppressed::int FROM digest_runs WHERE id = $1', [
    runId,
  ])
  const run = rows[0] as { status: string; expected: number; sent: number; failed: number; suppressed: number }

  const a = rawMessages / rawSeconds
  const b = sink.stats.messages / runSeconds
  const goal = (met: boolean) => (met ? 'met' : 'NOT met')
  const mb = (bytes: number) => `${(bytes / 1e6).toFixed(0)} MB (${(bytes / 2 ** 20).toFixed(0)} MiB)`
  console.log(
    `\nResults (${SUBSCRIBERS} messages each, pool of ${POOL} SMTP connections${NO_DELAY ? ' with TCP_NODELAY' : ''}${LANES ? `, (b) as ${LANES} lanes of batch 1` : ''}, loopback sink; digest of ${sample.items} items)`,
  )
  console.log(`  ${'sender'.padEnd(52)} ${'msg/s'.padStart(7)} ${'seconds'.padStart(8)} ${'bytes/msg'.padStart(10)}`)
  console.log(
    `  ${'(a) raw pooled nodemailer (baseline)'.padEnd(52)} ${a.toFixed(0).padStart(7)} ${rawSeconds.toFixed(1).padStart(8)} ${rawBytes.toFixed(0).padStart(10)}`,
  )
  console.log(
    `  ${'(b) digest run: startDueDigests + processDeliveries'.padEnd(52)} ${b.toFixed(0).padStart(7)} ${runSeconds.toFixed(1).padStart(8)} ${runBytes.toFixed(0).padStart(10)}`,
  )
  console.log(
    `      of which startDueDigests ${startSeconds.toFixed(2)} s; ${(runQueries / Math.max(1, totals.sent)).toFixed(1)} SQL statements per message sent`,
  )
  console.log(
    `      worker totals ${JSON.stringify(totals)}; run ${run.status}, expected ${run.expected} = sent ${run.sent} + failed ${run.failed} + suppressed ${run.suppressed}`,
  )
  console.log(
    `      CPU of this process (sink included) per message: (a) ${(rawCpuMs / rawMessages).toFixed(2)} ms, (b) ${(runCpuMs / Math.max(1, sink.stats.messages)).toFixed(2)} ms`,
  )
  console.log(`      where (b) went, summed over its ${POOL} parallel sends (ms per message sent):`)
  console.log(
    `        ${'SMTP sendMail'.padEnd(36)} ${(smtpMs / Math.max(1, totals.sent)).toFixed(2).padStart(7)}   (a) spent ${((rawSeconds * 1000 * Math.min(POOL, 100)) / rawMessages).toFixed(2)} per message with ${POOL} connections busy`,
  )
  for (const [kind, t] of [...sqlTime.entries()].sort((x, y) => y[1].ms - x[1].ms).slice(0, Number(process.env.BENCH_SQL_KINDS || 6))) {
    console.log(
      `        ${kind.padEnd(36)} ${(t.ms / Math.max(1, totals.sent)).toFixed(2).padStart(7)}   (${t.count} statements, ${(t.ms / t.count).toFixed(2)} ms each)`,
    )
  }
  console.log(`  b/a = ${(b / a).toFixed(2)}× msg/s        goal ≥ 0.5×     ${goal(b >= 0.5 * a)}`)
  console.log(`  (b) took ${runSeconds.toFixed(1)} s          goal < 60 s     ${goal(runSeconds < 60)}`)
  console.log(`  peak RSS during (b) ${mb(peakRss)}   goal < 500 MB   ${goal(peakRss < 500e6)}`)
  console.log(`      (${mb(rssBeforeRun)} when (b) started; ${mb(peakRssOverall)} at most over the whole task, seeding and (a) included)`)
  if (run.status !== 'completed' || run.sent !== SUBSCRIBERS || sink.stats.messages !== SUBSCRIBERS) {
    console.error(
      `FAIL: the digest run must send ${SUBSCRIBERS} messages and complete; the sink got ${sink.stats.messages}, the run says ${JSON.stringify(run)}`,
    )
    failed = true
  }
} finally {
  clearInterval(sampler)
  transport.close()
  await sink.close()
}
await payload.destroy()
process.exit(failed ? 1 : 0)
