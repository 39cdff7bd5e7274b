import nodemailer from 'nodemailer'
import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { poolOf } from '@/db/sql'
import { startDueDigests } from '@/email/digest/startDueDigests'
import { processDeliveries } from '@/email/ledger/processDeliveries'
import { makeCampaign, publishForTest } from '../helpers/content'
import { startSmtpSink, type SmtpSink } from '../helpers/smtpSink'
import { makeSubscriber } from '../helpers/subscribers'
import { getTestPayload } from '../helpers/testPayload'

let sink: SmtpSink
let payload: Payload
let transport: nodemailer.Transporter
let campaignId: number

const to = (address: string) =>
  sink.messages.filter((mail) => (mail.to as { value: Array<{ address: string }> } | undefined)?.value.some((entry) => entry.address === address))

async function article(headline: string, extra: Record<string, unknown> = {}) {
  return payload.create({ collection: 'articles', data: { headline, campaign: campaignId, ...extra } as never, overrideAccess: true, draft: true })
}

beforeAll(async () => {
  sink = await startSmtpSink()
  payload = await getTestPayload()
  transport = nodemailer.createTransport({
    host: '127.0.0.1',
    port: sink.port,
    secure: false,
    ignoreTLS: true,
    auth: { user: 'relay', pass: 'relay-pass' },
    pool: true,
    maxConnections: 5,
  })
  campaignId = (await makeCampaign(payload, `Chiến dịch thư ${Date.now()}`)).id
  await publishForTest(payload, 'campaigns', campaignId)
})

afterAll(async () => {
  transport.close()
  await sink.close()
})

describe('immediate alerts', () => {
  it('sends one alert per subscriber per item version, with unsubscribe headers and both parts', async () => {
    const reader = await makeSubscriber(payload)
    const doc = await article('Cảnh báo: lừa đảo trực tuyến nhắm vào học sinh')
    await publishForTest(payload, 'articles', doc.id)
    await processDeliveries(payload, { transport })
    await processDeliveries(payload, { transport })
    const mails = to(reader.email)
    expect(mails).toHaveLength(1)
    expect(mails[0]!.subject).toContain('Cảnh báo: lừa đảo trực tuyến nhắm vào học sinh')
    expect(mails[0]!.text).toContain('http://newsroom.test/subscriptions/unsubscribe?token=')
    expect(mails[0]!.html).toBeTruthy()
    const header = (name: string) => mails[0]!.headerLines.find((line) => line.key === name)?.line ?? ''
    expect(header('list-unsubscribe')).toMatch(/<http:\/\/newsroom\.test\/subscriptions\/unsubscribe\?token=[^>]+>,\s*<mailto:/)
    expect(header('list-unsubscribe-post')).toBe('List-Unsubscribe-Post: List-Unsubscribe=One-Click')
  })

  it('sends a withdrawal notice to those who were alerted', async () => {
    const reader = await makeSubscriber(payload)
    const doc = await article('Bài sẽ bị gỡ')
    await publishForTest(payload, 'articles', doc.id)
    await processDeliveries(payload, { transport })
    await payload.update({
      collection: 'articles',
      id: doc.id,
      data: { _status: 'draft', stage: 'withdrawn' } as never,
      context: { workflow: 'withdraw' },
      overrideAccess: true,
    })
    await processDeliveries(payload, { transport })
    const subjects = to(reader.email).map((mail) => mail.subject)
    expect(subjects.filter((subject) => subject?.includes('Bài sẽ bị gỡ'))).toHaveLength(2)
  })
})

describe('digests', () => {
  it('sends each daily subscriber one digest of what is new, and suppresses an empty one', async () => {
    const reader = await makeSubscriber(payload, { frequency: 'daily' })
    const idle = await makeSubscriber(payload, { frequency: 'daily', campaigns: [], topics: [], contentTypes: ['briefing-pack'] })
    const doc = await article('Tin cho bản tin ngày')
    await publishForTest(payload, 'articles', doc.id)
    const now = new Date()
    const [runId] = await startDueDigests(payload, now, [
      { kind: 'daily', period: `test-${Date.now()}`, start: new Date(now.getTime() - 86_400_000), end: now },
    ])
    await processDeliveries(payload, { transport, runId })
    expect(to(reader.email)).toHaveLength(1)
    expect(to(reader.email)[0]!.text).toContain('Tin cho bản tin ngày')
    expect(to(idle.email)).toHaveLength(0)
    const { rows } = await poolOf(payload).query('SELECT status::text, expected::int, sent::int, failed::int, suppressed::int FROM digest_runs WHERE id = $1', [
      runId,
    ])
    expect(rows[0].status).toBe('completed')
    expect(rows[0].expected).toBe(rows[0].sent + rows[0].failed + rows[0].suppressed)
    expect(rows[0].suppressed).toBeGreaterThanOrEqual(1)
  })
})
