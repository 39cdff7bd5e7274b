import { spawn, type ChildProcess } from 'node:child_process'

import nodemailer from 'nodemailer'
import type { Payload } from 'payload'
import { SMTPServer } from 'smtp-server'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { projectRoot } from '@/config/paths'
import { poolOf } from '@/db/sql'
import { startDueDigests } from '@/email/digest/startDueDigests'
import { processDeliveries } from '@/email/ledger/processDeliveries'
import { makeCampaign, publishForTest } from '../helpers/content'
import { getTestPayload } from '../helpers/testPayload'
import { seedSubscribers, type SeededSubscriber } from './seedSubscribers'

const SUBSCRIBERS = 2_000
const KILL_AFTER = 900
const POOL_SIZE = 5
const SINK_LATENCY_MS = 2
const CLAIM_TIMEOUT_MS = 1_000

type Received = { to: string; delivery: string | null }
type RecordingSink = { port: number; received: Received[]; stallFrom: number; close: () => Promise<void> }

/**
 * A loopback SMTP server that accepts everything, a little slowly (like a relay), and
 * records who each message went to and which ledger row it came from. A message counts
 * as received as soon as its data is in, before the answer: a client killed in between
 * has still handed it over, which is exactly the in-flight case. From the `stallFrom`th
 * message on it stops answering, so that a kill then finds the worker with a batch in
 * flight rather than, by chance, between two batches.
 */
async function startRecordingSink(): Promise<RecordingSink> {
  const received: Received[] = []
  const sink = { stallFrom: Infinity }
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ['AUTH', 'STARTTLS'],
    logger: false,
    size: 10 * 1024 * 1024,
    onData(stream, session, callback) {
      const head: Buffer[] = []
      let headBytes = 0
      stream.on('data', (chunk: Buffer) => {
        if (headBytes < 32_768) head.push(chunk)
        headBytes += chunk.length
      })
      stream.on('end', () => {
        const headers =
          Buffer.concat(head)
            .toString('utf8')
            .split(/\r?\n\r?\n/)[0] ?? ''
        const delivery = /^X-Newsroom-Delivery:[ \t]*(\S+)/im.exec(headers)?.[1] ?? null
        for (const rcpt of session.envelope.rcptTo) received.push({ to: rcpt.address.toLowerCase(), delivery })
        if (received.length >= sink.stallFrom) return
        setTimeout(() => callback(), SINK_LATENCY_MS)
      })
    },
  })
  // A killed client resets its connections: that is expected here, not a test failure.
  server.on('error', () => undefined)
  const port = await new Promise<number>((resolve) => server.listen(0, '127.0.0.1', () => resolve((server.server.address() as { port: number }).port)))
  return Object.assign(sink, { port, received, close: () => new Promise<void>((resolve) => server.close(() => resolve())) })
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms))

let payload: Payload
let sink: RecordingSink
let subscribers: SeededSubscriber[]
let runId: number

beforeAll(async () => {
  payload = await getTestPayload()
  sink = await startRecordingSink()
  subscribers = await seedSubscribers(payload, {
    count: SUBSCRIBERS,
    prefix: `crash-${Date.now()}`,
    frequency: 'daily',
    lastDigestAt: new Date(Date.now() - 3_600_000),
  })
  const campaign = await makeCampaign(payload, `Chiến dịch thử sập máy ${Date.now()}`)
  await publishForTest(payload, 'campaigns', Number(campaign.id))
  for (const headline of [
    'Cha mẹ và con trò chuyện về mạng xã hội',
    'Tổng đài 111 hỗ trợ trẻ bị bắt nạt trực tuyến',
    'Nhà trường hướng dẫn cài đặt quyền riêng tư',
  ]) {
    const doc = await payload.create({ collection: 'articles', data: { headline, campaign: campaign.id } as never, draft: true, overrideAccess: true })
    await publishForTest(payload, 'articles', Number(doc.id))
  }
  const now = new Date(Date.now() + 1_000)
  const started = await startDueDigests(payload, now, [{ kind: 'daily', period: `crash-${Date.now()}`, start: new Date(now.getTime() - 86_400_000), end: now }])
  runId = started[0]!
})

afterAll(async () => {
  delete process.env.MAIL_CLAIM_TIMEOUT_MS
  await sink?.close()
})

/** Runs the worker script in its own process, as a production worker runs, so that it can be killed outright. */
function startWorker(): { child: ChildProcess; output: () => string } {
  let output = ''
  const child = spawn(process.execPath, ['--import', 'tsx', 'tests/crash/processRun.ts', String(runId)], {
    cwd: projectRoot,
    env: {
      ...process.env,
      DATABASE_URL: process.env.DATABASE_URL,
      PAYLOAD_SECRET: process.env.PAYLOAD_SECRET,
      SITE_URL: process.env.SITE_URL,
      DATA_DIR: process.env.DATA_DIR,
      SMTP_URL: `smtp://127.0.0.1:${sink.port}`,
      SMTP_POOL_SIZE: String(POOL_SIZE),
      JOBS_AUTORUN: 'false',
      LOG_LEVEL: 'fatal',
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  })
  child.stdout!.on('data', (chunk) => (output += chunk))
  child.stderr!.on('data', (chunk) => (output += chunk))
  return { child, output: () => output }
}

async function ledgerCounts(): Promise<Record<string, number>> {
  const { rows } = await poolOf(payload).query<{ status: string; n: number }>(
    'SELECT status::text, count(*)::int AS n FROM deliveries WHERE run_id = $1 GROUP BY status',
    [runId],
  )
  return Object.fromEntries(rows.map((row) => [row.status, row.n]))
}

describe('a digest worker killed mid-run', () => {
  it('loses no subscriber and sends again at most what was in flight when a second worker finishes the run', async () => {
    sink.stallFrom = KILL_AFTER
    const worker = startWorker()
    const exited = new Promise<number | null>((resolve) => worker.child.once('exit', (code) => resolve(code)))
    const deadline = Date.now() + 180_000
    while (sink.received.length < KILL_AFTER) {
      if (worker.child.exitCode !== null)
        throw new Error(`the worker ended (${worker.child.exitCode}) after ${sink.received.length} messages, before it could be killed:\n${worker.output()}`)
      if (Date.now() > deadline) throw new Error(`only ${sink.received.length} messages after 180 s:\n${worker.output()}`)
      await sleep(5)
    }
    // Let the rest of the batch reach the sink too: every connection then holds a message.
    await sleep(250)
    worker.child.kill('SIGKILL')
    await exited
    const atKill = sink.received.length
    const ledgerAtKill = await ledgerCounts()
    expect(atKill).toBeLessThan(SUBSCRIBERS)
    expect(ledgerAtKill.sending ?? 0).toBeGreaterThan(0)
    sink.stallFrom = Infinity

    // Rows the dead worker left in `sending` become claimable once the claim times out.
    process.env.MAIL_CLAIM_TIMEOUT_MS = String(CLAIM_TIMEOUT_MS)
    await sleep(CLAIM_TIMEOUT_MS + 500)
    const transport = nodemailer.createTransport({
      host: '127.0.0.1',
      port: sink.port,
      secure: false,
      ignoreTLS: true,
      pool: true,
      maxConnections: POOL_SIZE,
      maxMessages: Infinity,
    })
    const finishing = await processDeliveries(payload, { transport, runId, batch: POOL_SIZE })
    transport.close()
    delete process.env.MAIL_CLAIM_TIMEOUT_MS

    const perRecipient = new Map<string, number>()
    for (const message of sink.received) perRecipient.set(message.to, (perRecipient.get(message.to) ?? 0) + 1)
    const missing = subscribers.filter((subscriber) => !perRecipient.has(subscriber.email.toLowerCase()))
    const duplicates = sink.received.length - perRecipient.size
    const perDelivery = new Map<string, number>()
    for (const message of sink.received) perDelivery.set(String(message.delivery), (perDelivery.get(String(message.delivery)) ?? 0) + 1)
    const { rows } = await poolOf(payload).query<{ status: string; expected: number; sent: number; failed: number; suppressed: number }>(
      'SELECT status::text, expected::int, sent::int, failed::int, suppressed::int FROM digest_runs WHERE id = $1',
      [runId],
    )
    const run = rows[0]!

    console.log(
      [
        `crash test: ${SUBSCRIBERS} subscribers, pool ${POOL_SIZE}, sink latency ${SINK_LATENCY_MS} ms, unanswered from message ${KILL_AFTER} until the kill`,
        `  killed after ${atKill} messages; ledger at the kill: ${JSON.stringify(ledgerAtKill)}`,
        `  finishing worker: ${JSON.stringify(finishing)}`,
        `  messages received ${sink.received.length}, distinct recipients ${perRecipient.size}, missing ${missing.length}, duplicates ${duplicates} (limit ${POOL_SIZE})`,
        `  run: ${run.status}, expected ${run.expected} = sent ${run.sent} + failed ${run.failed} + suppressed ${run.suppressed}`,
      ].join('\n'),
    )

    expect(missing.map((subscriber) => subscriber.email)).toEqual([])
    expect(perRecipient.size).toBe(SUBSCRIBERS)
    expect(duplicates).toBeLessThanOrEqual(POOL_SIZE)
    // Every extra copy came from a row that was in flight at the kill, sent again under the same ledger row.
    expect(perDelivery.size).toBe(SUBSCRIBERS)
    expect(sink.received.every((message) => message.delivery !== null)).toBe(true)
    // Left `sending`: the batch in flight and the next one claimed ahead of it (never sent).
    expect(ledgerAtKill.sending ?? 0).toBeLessThanOrEqual(2 * POOL_SIZE)
    expect(run.status).toBe('completed')
    expect(run.expected).toBe(SUBSCRIBERS)
    expect(run.expected).toBe(run.sent + run.failed + run.suppressed)
    expect(run.sent).toBe(SUBSCRIBERS)
  })
})
