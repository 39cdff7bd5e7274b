/**
 * Runs for `npm run bench -- cluster`, on the cluster of the cluster test
 * (tests/cluster/startCluster.ts): a PostgreSQL primary with a streaming replica, s3rver,
 * two app instances at JOBS_AUTORUN=false behind haproxy, and workers. It prints:
 *   - GET /api/v1/items?limit=20 req/s and p50 with one instance (A, directly) and with two
 *     (through haproxy), beside GET /api/health measured the same two ways;
 *   - the replica lag instance A sees (GET /api/health), at rest and right after the load;
 *   - freshness with one worker, then two: publication (workflow API on A) to webhook
 *     received, to alert in the SMTP sink, and subscription to confirmation mail; beside a
 *     webhook POST and a mail sent straight from this process, the floor of each.
 * On two cores, two instances are not expected to serve more than one: the point is that
 * nothing breaks. The machine is shared and noisy: only the ratios mean anything.
 */
import autocannon from 'autocannon'
import nodemailer from 'nodemailer'

import { makeCampaign, publishForTest } from '../../tests/helpers/content'
import { makeAgency } from '../../tests/helpers/delivery'
import { makeSubscriber } from '../../tests/helpers/subscribers'
import { makeStaff } from '../../tests/helpers/users'
import { call, login, median, publishArticle, waitUntil } from '../../tests/cluster/newsroomClient'
import { startCluster } from '../../tests/cluster/startCluster'

const SECONDS = Number(process.env.BENCH_CLUSTER_SECONDS || 10)
const WARMUP_SECONDS = 3
const CONNECTIONS = 16
const PUBLICATIONS = Number(process.env.BENCH_CLUSTER_PUBLICATIONS || 8)
const SUBSCRIPTIONS = 4
const TARGETS = { webhookMs: 1_000, alertMs: 5_000, confirmationMs: 5_000 }

const cluster = await startCluster()
const { payload } = cluster
const f = (value: number, digits = 1) => value.toFixed(digits)

try {
  const editor = await makeStaff(payload, ['editor'])
  const reviewer = await makeStaff(payload, ['reviewer'])
  const base = cluster.balancer.url
  const tokens = { editor: await login(base, editor.email, editor.password), reviewer: await login(base, reviewer.email, reviewer.password) }
  const campaignId = Number((await makeCampaign(payload, `Chiến dịch đo cụm ${Date.now()}`)).id)
  await publishForTest(payload, 'campaigns', campaignId)
  for (let i = 1; i <= 20; i += 1) {
    const doc = await payload.create({
      collection: 'articles',
      data: { headline: `Tin nền ${i}`, campaign: campaignId } as never,
      overrideAccess: true,
      draft: true,
    })
    await publishForTest(payload, 'articles', Number(doc.id))
  }
  const { apiKey } = await makeAgency(payload, { webhookUrl: cluster.receiver.url('/agency'), rateLimitPerMinute: 1_000_000 })
  const reader = await makeSubscriber(payload, { frequency: 'immediate' })
  const agency = { Authorization: `agencies API-Key ${apiKey}` }

  // Throughput: one instance, then two behind haproxy.
  const load = async (url: string, headers: Record<string, string> = {}) => {
    await autocannon({ url, connections: CONNECTIONS, headers, duration: WARMUP_SECONDS })
    const result = await autocannon({ url, connections: CONNECTIONS, headers, duration: SECONDS })
    if (result.non2xx + result.errors > 0) throw new Error(`${url}: ${result.non2xx} non-2xx answers and ${result.errors} errors under load`)
    return { perSecond: result.requests.average, p50: result.latency.p50 }
  }
  const replicaLag = async () => ((await call(cluster.instances.a.url, '/api/health')).body.replicas as { lagMs: number | null }[])[0]?.lagMs ?? null
  const lagAtRest = await replicaLag()
  const oneHealth = await load(`${cluster.instances.a.url}/api/health`)
  const oneItems = await load(`${cluster.instances.a.url}/api/v1/items?limit=20`, agency)
  const twoHealth = await load(`${base}/api/health`)
  const twoItems = await load(`${base}/api/v1/items?limit=20`, agency)
  const lagAfterLoad = await replicaLag()

  // Freshness: the floors first, then the pipeline with one worker and with two.
  const floorWebhook: number[] = []
  for (let i = 0; i < 5; i += 1) {
    const sentAt = Date.now()
    await fetch(cluster.receiver.url('/floor'), { method: 'POST', body: '{}' })
    floorWebhook.push(cluster.receiver.hitsOn('/floor').at(-1)!.receivedAt - sentAt)
  }
  const transport = nodemailer.createTransport({ host: '127.0.0.1', port: cluster.sink.port, auth: { user: 'relay', pass: 'relay-pass' } })
  const floorMail: number[] = []
  for (let i = 0; i < 5; i += 1) {
    const to = `floor-${i}@bao.test`
    const sentAt = Date.now()
    await transport.sendMail({ from: 'bench@newsroom.test', to, subject: 'floor', text: 'floor' })
    floorMail.push((await waitUntil('the floor mail', () => cluster.sink.messages.some((mail) => JSON.stringify(mail.to).includes(to)), 5_000, 5)) - sentAt)
  }
  transport.close()

  let counter = 0
  const freshness = async () => {
    const webhookMs: number[] = []
    const alertMs: number[] = []
    const confirmationMs: number[] = []
    for (let i = 0; i < PUBLICATIONS; i += 1) {
      const headline = `Tin đo độ tươi ${++counter} ${Date.now()}`
      const publication = await publishArticle(cluster.instances.a.url, tokens, campaignId, headline)
      const hooked = () => cluster.receiver.hitsOn('/agency').find((hit) => hit.body.includes(`"${publication.uri}`))
      const [, alertAt] = await Promise.all([
        waitUntil('a webhook', () => hooked() !== undefined, 15_000, 10),
        waitUntil(
          'an alert',
          () => cluster.sink.messages.some((mail) => JSON.stringify(mail.to).includes(reader.email) && (mail.text ?? '').includes(headline)),
          20_000,
          10,
        ),
      ])
      webhookMs.push(hooked()!.receivedAt - publication.requestedAt)
      alertMs.push(alertAt - publication.requestedAt)
    }
    for (let i = 0; i < SUBSCRIPTIONS; i += 1) {
      const email = `phong-vien-${++counter}-${Date.now()}@bao.test`
      const asked = await call(base, '/api/v1/subscriptions', {
        method: 'POST',
        body: { email, name: 'Phóng viên', outlet: 'VietNamNet', locale: 'vi', frequency: 'daily' },
      })
      if (asked.status !== 202) throw new Error(`subscribing answered ${asked.status}: ${asked.text}`)
      const arrived = await waitUntil('the confirmation mail', () => cluster.sink.messages.some((mail) => JSON.stringify(mail.to).includes(email)), 15_000, 10)
      confirmationMs.push(arrived - asked.sentAt)
    }
    return { webhookMs: median(webhookMs), alertMs: median(alertMs), confirmationMs: median(confirmationMs) }
  }
  const oneWorker = await freshness()
  await cluster.startWorker()
  const twoWorkers = await freshness()

  console.log(`\nResults (${CONNECTIONS} connections, ${SECONDS} s each after a ${WARMUP_SECONDS} s warm-up; web instances at JOBS_AUTORUN=false)`)
  console.log('  route                          one instance          two behind haproxy     two / one')
  const row = (label: string, one: { perSecond: number; p50: number }, two: { perSecond: number; p50: number }) =>
    console.log(
      `  ${label.padEnd(30)} ${f(one.perSecond, 0).padStart(6)} req/s ${f(one.p50).padStart(5)} ms   ${f(two.perSecond, 0).padStart(6)} req/s ${f(two.p50).padStart(5)} ms   ${f(two.perSecond / one.perSecond, 2)}×`,
    )
  row('GET /api/health (baseline)', oneHealth, twoHealth)
  row('GET /api/v1/items?limit=20', oneItems, twoItems)
  console.log(
    `  v1 items vs health, req/s: one instance ${f(oneItems.perSecond / oneHealth.perSecond, 2)}×, two ${f(twoItems.perSecond / twoHealth.perSecond, 2)}×`,
  )
  console.log(`  replica lag seen by instance A: ${lagAtRest ?? '?'} ms at rest, ${lagAfterLoad ?? '?'} ms right after the load`)
  console.log(`\nFreshness (p50 over ${PUBLICATIONS} publications made through instance A's workflow API, and ${SUBSCRIPTIONS} subscriptions through haproxy)`)
  console.log(`  floors from this process: webhook POST ${f(median(floorWebhook))} ms, mail to the SMTP sink ${f(median(floorMail))} ms`)
  const verdict = (value: number, target: number) => `${f(value, 0).padStart(5)} ms (target < ${target} ms: ${value < target ? 'met' : 'NOT MET'})`
  for (const [label, result] of [
    ['one worker', oneWorker],
    ['two workers', twoWorkers],
  ] as const) {
    console.log(`  ${label}:`)
    console.log(
      `    publication → webhook received   ${verdict(result.webhookMs, TARGETS.webhookMs)}   ${f(result.webhookMs / median(floorWebhook), 0)}× the floor`,
    )
    console.log(`    publication → alert in the sink  ${verdict(result.alertMs, TARGETS.alertMs)}   ${f(result.alertMs / median(floorMail), 0)}× the floor`)
    console.log(
      `    subscribe → confirmation mail    ${verdict(result.confirmationMs, TARGETS.confirmationMs)}   ${f(result.confirmationMs / median(floorMail), 0)}× the floor`,
    )
  }
} finally {
  await cluster.stop()
}
process.exit(0)
