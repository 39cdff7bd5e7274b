import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { poolOf } from '@/db/sql'
import { runQueueExclusively } from '@/runtime/worker/runQueues'
import { makeCampaign, publishForTest } from '../helpers/content'
import { makeAgency } from '../helpers/delivery'
import { login, rest } from '../helpers/rest'
import { startSmtpSink, type SmtpSink } from '../helpers/smtpSink'
import { makeSubscriber } from '../helpers/subscribers'
import { getTestPayload } from '../helpers/testPayload'
import { makeStaff } from '../helpers/users'
import { startWebhookReceiver, type WebhookReceiver } from '../helpers/webhookReceiver'
import { startWorkerProcess, type WorkerProcess } from '../helpers/workerProcess'

// Two `npm run worker` processes on this file's database; this process publishes with
// JOBS_AUTORUN=false (tests/helpers/intEnv.ts), so only the workers send anything.
let payload: Payload
let sink: SmtpSink
let receiver: WebhookReceiver
let workers: WorkerProcess[] = []
let campaignId: number
let reader: { email: string }
let counter = 0

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms))

async function listeners(): Promise<number> {
  const { rows } = await poolOf(payload).query<{ n: number }>(
    "SELECT count(*)::int AS n FROM pg_stat_activity WHERE application_name = 'newsroom-worker-listen' AND datname = current_database()",
  )
  return rows[0]!.n
}

async function until<T>(what: string, probe: () => T | undefined | Promise<T | undefined>, timeoutMs: number): Promise<T> {
  const deadline = Date.now() + timeoutMs
  for (;;) {
    const found = await probe()
    if (found !== undefined) return found
    if (Date.now() > deadline) throw new Error(`${what}: not within ${timeoutMs} ms`)
    await sleep(20)
  }
}

/** Publishes a new article and returns when its transaction has committed. */
async function publishArticle(): Promise<{ id: number; headline: string; committedAt: number }> {
  counter += 1
  const headline = `Tin gửi qua máy phụ ${counter} ${Date.now()}`
  const doc = await payload.create({ collection: 'articles', data: { headline, campaign: campaignId } as never, overrideAccess: true, draft: true })
  await publishForTest(payload, 'articles', Number(doc.id))
  return { id: Number(doc.id), headline, committedAt: Date.now() }
}

const hooksFor = (id: number) => receiver.received.filter((hit) => hit.body.includes(`"urn:newsroom:article:${id}:`))
const alertsFor = (headline: string) => sink.messages.filter((mail) => mail.text?.includes(headline) || mail.html?.toString().includes(headline))

beforeAll(async () => {
  payload = await getTestPayload()
  sink = await startSmtpSink()
  receiver = await startWebhookReceiver()
  await makeAgency(payload, { webhookUrl: receiver.url('/agency') })
  reader = await makeSubscriber(payload, { frequency: 'immediate' })
  const campaign = await makeCampaign(payload, `Chiến dịch máy phụ ${Date.now()}`)
  campaignId = Number(campaign.id)
  await publishForTest(payload, 'campaigns', campaignId)
  const env = {
    DATABASE_URL: process.env.DATABASE_URL,
    PAYLOAD_SECRET: process.env.PAYLOAD_SECRET,
    SITE_URL: process.env.SITE_URL,
    DATA_DIR: process.env.DATA_DIR,
    SMTP_URL: `smtp://relay:relay-pass@127.0.0.1:${sink.port}`,
    WEBHOOK_ALLOW_PRIVATE: 'true',
    LOG_LEVEL: 'warn',
  }
  workers = await Promise.all([startWorkerProcess(env), startWorkerProcess(env)])
  await until('both workers listening', async () => ((await listeners()) === 2 ? true : undefined), 10_000)
}, 180_000)

afterAll(async () => {
  await Promise.all(workers.map((worker) => worker.stop(5_000)))
  await receiver?.close()
  await sink?.close()
})

describe('npm run worker', () => {
  it("posts a publication's webhooks within a second and its alert within five, once each, with two workers listening", async () => {
    const article = await publishArticle()
    const firstHook = await until('a webhook', () => hooksFor(article.id)[0], 5_000)
    const firstAlert = await until(
      'an alert to the reader',
      () => alertsFor(article.headline).find((mail) => JSON.stringify(mail.to).includes(reader.email)),
      10_000,
    )
    expect(firstHook.receivedAt - article.committedAt).toBeLessThan(1_000)
    expect(firstAlert).toBeDefined()

    // Both workers woke up; give the slower one time to have sent anything twice.
    await sleep(2_000)
    const { rows } = await poolOf(payload).query<{ id: string }>(`SELECT w.id::text FROM webhook_deliveries w WHERE w.item_id LIKE $1`, [
      `article-${article.id}-%`,
    ])
    const delivered = hooksFor(article.id).map((hit) => String(hit.headers['x-newsroom-delivery']))
    expect(rows.length).toBeGreaterThan(0)
    expect(delivered.sort()).toEqual(rows.map((row) => row.id).sort())
    expect(alertsFor(article.headline)).toHaveLength(1)
  })

  it('listens again after its connection is cut, and still posts within a second', async () => {
    await poolOf(payload).query(
      "SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE application_name = 'newsroom-worker-listen' AND datname = current_database()",
    )
    await until('the listeners gone', async () => ((await listeners()) === 0 ? true : undefined), 5_000)
    await until('both workers listening again', async () => ((await listeners()) === 2 ? true : undefined), 10_000)
    const article = await publishArticle()
    const hook = await until('a webhook', () => hooksFor(article.id)[0], 5_000)
    expect(hook.receivedAt - article.committedAt).toBeLessThan(1_000)
  })

  it('stops on SIGTERM with exit code 0 once its passes have finished', async () => {
    const codes = await Promise.all(workers.map((worker) => worker.stop()))
    expect(codes).toEqual([0, 0])
    for (const worker of workers) expect(worker.output()).toContain('Worker received SIGTERM')
    expect(await listeners()).toBe(0)
  })
})

describe('the jobs queues shared by workers', () => {
  it('publishes a due scheduled item once when two workers run the scheduler queue at the same moment', async () => {
    const editor = await makeStaff(payload, ['editor'])
    const reviewer = await makeStaff(payload, ['reviewer'])
    const editorToken = await login(editor.email, editor.password)
    const reviewerToken = await login(reviewer.email, reviewer.password)
    const created = await rest('POST', '/articles', { token: editorToken, body: { headline: `Lên lịch hai máy ${Date.now()}`, campaign: campaignId } })
    const id = created.body.doc.id as number
    await rest('POST', `/workflow/articles/${id}`, { token: editorToken, body: { action: 'submit' } })
    await rest('POST', `/workflow/articles/${id}`, { token: reviewerToken, body: { action: 'approve' } })
    const publishAt = new Date(Date.now() + 1_500).toISOString()
    expect((await rest('POST', `/workflow/articles/${id}`, { token: reviewerToken, body: { action: 'schedule', publishAt } })).status).toBe(200)
    await sleep(2_000)
    await payload.jobs.queue({ task: 'publishDueItems', queue: 'scheduler', input: {} })

    const ran = await Promise.all([runQueueExclusively(payload, 'scheduler'), runQueueExclusively(payload, 'scheduler')])
    const audits = await payload.find({
      collection: 'audit-log',
      where: { event: { equals: 'publish' }, targetId: { equals: String(id) } },
      overrideAccess: true,
    })
    expect(audits.totalDocs).toBe(1)
    expect(ran.filter(Boolean)).toHaveLength(1)
  })

  it('runs again a job that a worker killed mid-job left marked as processing', async () => {
    const job = await payload.jobs.queue({ task: 'sendWebhooks', queue: 'webhooks', input: {} })
    await poolOf(payload).query('UPDATE payload_jobs SET processing = true WHERE id = $1', [job.id])
    expect(await runQueueExclusively(payload, 'webhooks')).toBe(true)
    // Payload deletes a job once it completes; a job still pending would have stayed.
    const { rows } = await poolOf(payload).query('SELECT 1 FROM payload_jobs WHERE id = $1 AND completed_at IS NULL', [job.id])
    expect(rows).toHaveLength(0)
  })
})
