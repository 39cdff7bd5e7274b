import nodemailer from 'nodemailer'
import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { poolOf } from '@/db/sql'
import { startDueDigests } from '@/email/digest/startDueDigests'
import { processDeliveries } from '@/email/ledger/processDeliveries'
import { seedSubscribers } from '../crash/seedSubscribers'
import { makeCampaign, publishForTest } from '../helpers/content'
import { startSmtpSink, type SmtpSink } from '../helpers/smtpSink'
import { getTestPayload } from '../helpers/testPayload'

let sink: SmtpSink
let payload: Payload
const transports: nodemailer.Transporter[] = []

const smtpTransport = () => {
  const transport = nodemailer.createTransport({
    host: '127.0.0.1',
    port: sink.port,
    secure: false,
    ignoreTLS: true,
    auth: { user: 'relay', pass: 'relay-pass' },
    pool: true,
    maxConnections: 5,
  })
  transports.push(transport)
  return transport
}

const deliveryOf = (mail: SmtpSink['messages'][number]) => String(mail.headers.get('x-newsroom-delivery') ?? '')

type LedgerRow = { id: number; email: string; status: string }
async function ledgerOf(runId: number): Promise<LedgerRow[]> {
  const { rows } = await poolOf(payload).query<LedgerRow>(
    'SELECT d.id, s.email, d.status::text AS status FROM deliveries d JOIN subscribers s ON s.id = d.subscriber_id WHERE d.run_id = $1 ORDER BY d.id',
    [runId],
  )
  return rows.map((row) => ({ ...row, id: Number(row.id) }))
}

async function runOf(runId: number) {
  const { rows } = await poolOf(payload).query('SELECT status::text, expected::int, sent::int, failed::int, suppressed::int FROM digest_runs WHERE id = $1', [
    runId,
  ])
  return rows[0] as { status: string; expected: number; sent: number; failed: number; suppressed: number }
}

async function startRun(kind: 'daily' | 'weekly', label: string): Promise<number> {
  const now = new Date(Date.now() + 1_000)
  const [runId] = await startDueDigests(payload, now, [{ kind, period: `${label}-${Date.now()}`, start: new Date(now.getTime() - 7 * 86_400_000), end: now }])
  return runId!
}

beforeAll(async () => {
  sink = await startSmtpSink()
  payload = await getTestPayload()
  const campaign = await makeCampaign(payload, `Chiến dịch hai máy gửi ${Date.now()}`)
  await publishForTest(payload, 'campaigns', Number(campaign.id))
  const doc = await payload.create({
    collection: 'articles',
    data: { headline: 'Tin cho hai máy gửi thư', campaign: campaign.id } as never,
    draft: true,
    overrideAccess: true,
  })
  await publishForTest(payload, 'articles', Number(doc.id))
})

afterAll(async () => {
  for (const transport of transports) transport.close()
  await sink.close()
})

describe('several mail workers on one run', () => {
  it('sends nothing twice and everything once when two workers share a run of 300 subscribers', async () => {
    const seeded = await seedSubscribers(payload, {
      count: 300,
      prefix: `two-workers-${Date.now()}`,
      frequency: 'daily',
      lastDigestAt: new Date(Date.now() - 3_600_000),
    })
    const runId = await startRun('daily', 'two-workers')

    const [first, second] = await Promise.all([
      processDeliveries(payload, { transport: smtpTransport(), runId }),
      processDeliveries(payload, { transport: smtpTransport(), runId }),
    ])

    const ledger = await ledgerOf(runId)
    const sentIds = new Set(ledger.filter((row) => row.status === 'sent').map((row) => String(row.id)))
    const runIds = new Set(ledger.map((row) => String(row.id)))
    const mails = sink.messages.filter((mail) => runIds.has(deliveryOf(mail)))
    const perDelivery = new Map<string, number>()
    for (const mail of mails) perDelivery.set(deliveryOf(mail), (perDelivery.get(deliveryOf(mail)) ?? 0) + 1)

    expect(first.sent).toBeGreaterThan(0)
    expect(second.sent).toBeGreaterThan(0)
    expect(first.sent + second.sent).toBe(sentIds.size)
    expect([...perDelivery.values()].filter((count) => count > 1)).toEqual([])
    expect(mails).toHaveLength(sentIds.size)
    expect(ledger.filter((row) => row.status !== 'sent' && row.status !== 'suppressed')).toEqual([])
    const seededRows = ledger.filter((row) => seeded.some((subscriber) => subscriber.email === row.email))
    expect(seededRows).toHaveLength(300)
    expect(seededRows.every((row) => row.status === 'sent')).toBe(true)
    const run = await runOf(runId)
    expect(run.status).toBe('completed')
    expect(run.expected).toBe(run.sent + run.failed + run.suppressed)
  })

  it('leaves the rows another worker has claimed to it, skipping locked rows instead of waiting for them', async () => {
    await seedSubscribers(payload, { count: 60, prefix: `mid-run-${Date.now()}`, frequency: 'weekly', lastDigestAt: new Date(Date.now() - 3_600_000) })
    const runId = await startRun('weekly', 'mid-run')

    // Worker A's sends hang until released, so its first batch stays claimed (in `sending`).
    let release!: () => void
    const gate = new Promise<void>((resolve) => (release = resolve))
    let held!: () => void
    const holding = new Promise<void>((resolve) => (held = resolve))
    const relay = smtpTransport()
    const sentByA: string[] = []
    const gated = nodemailer.createTransport({
      name: 'gated',
      version: '1',
      send(mail: { data: nodemailer.SendMailOptions }, callback: (error: Error | null, info?: unknown) => void) {
        held()
        sentByA.push(String((mail.data.headers as Record<string, string>)['X-Newsroom-Delivery']))
        gate
          .then(() => relay.sendMail(mail.data))
          .then(
            (info) => callback(null, info),
            (error: Error) => callback(error),
          )
      },
    } as never)
    const workerA = processDeliveries(payload, { transport: gated, runId, batch: 5 })
    await holding
    await new Promise((resolve) => setTimeout(resolve, 300))
    const claimedByA = (await ledgerOf(runId)).filter((row) => row.status === 'sending').map((row) => row.id)
    expect(claimedByA.length).toBeGreaterThan(0)
    // One batch in flight and the next one claimed ahead; only the first is in the transport.
    expect(claimedByA.length).toBeLessThanOrEqual(10)
    expect(sentByA.length).toBeLessThanOrEqual(5)

    // Another worker is inside its claim right now: these rows are locked, not yet `sending`.
    const locker = await poolOf(payload).connect()
    let lockedByOther: number[] = []
    let sentByB: Awaited<ReturnType<typeof processDeliveries>>
    let secondsForB: number
    try {
      await locker.query('BEGIN')
      const { rows } = await locker.query<{ id: number }>("SELECT id FROM deliveries WHERE run_id = $1 AND status = 'pending' ORDER BY id LIMIT 5 FOR UPDATE", [
        runId,
      ])
      lockedByOther = rows.map((row) => Number(row.id))
      const started = performance.now()
      sentByB = await processDeliveries(payload, { transport: smtpTransport(), runId, batch: 5 })
      secondsForB = (performance.now() - started) / 1000
    } finally {
      await locker.query('ROLLBACK')
      locker.release()
    }

    const afterB = await ledgerOf(runId)
    const mailsOf = (ids: number[]) => sink.messages.filter((mail) => ids.map(String).includes(deliveryOf(mail)))
    expect(lockedByOther).toHaveLength(5)
    expect(secondsForB).toBeLessThan(30)
    expect(sentByB.sent).toBeGreaterThan(0)
    expect(mailsOf(claimedByA)).toEqual([])
    expect(mailsOf(lockedByOther)).toEqual([])
    expect(afterB.filter((row) => claimedByA.includes(row.id)).every((row) => row.status === 'sending')).toBe(true)
    expect(afterB.filter((row) => lockedByOther.includes(row.id)).every((row) => row.status === 'pending')).toBe(true)
    expect((await runOf(runId)).status).toBe('sending')

    release()
    const totalsA = await workerA
    const ledger = await ledgerOf(runId)
    const ids = ledger.map((row) => row.id)
    const perDelivery = new Map<string, number>()
    for (const mail of mailsOf(ids)) perDelivery.set(deliveryOf(mail), (perDelivery.get(deliveryOf(mail)) ?? 0) + 1)
    expect(ledger.every((row) => row.status === 'sent')).toBe(true)
    expect(perDelivery.size).toBe(ids.length)
    expect([...perDelivery.values()].every((count) => count === 1)).toBe(true)
    expect(new Set(sentByA)).toEqual(new Set([...claimedByA, ...lockedByOther].map(String)))
    expect(totalsA.sent + sentByB.sent).toBe(ids.length)
    const run = await runOf(runId)
    expect(run.status).toBe('completed')
    expect(run.sent).toBe(ids.length)
  })
})
