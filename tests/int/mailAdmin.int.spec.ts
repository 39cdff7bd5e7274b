import { simpleParser, type AddressObject, type ParsedMail } from 'mailparser'
import nodemailer from 'nodemailer'
import type { Payload } from 'payload'
import { SMTPServer } from 'smtp-server'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { poolOf } from '@/db/sql'
import { processDeliveries } from '@/email/ledger/processDeliveries'
import { sharedBulkTransport } from '@/mail/sharedBulkTransport'
import { makeCampaign, publishForTest } from '../helpers/content'
import { login, rest } from '../helpers/rest'
import { makeSubscriber } from '../helpers/subscribers'
import { getTestPayload } from '../helpers/testPayload'
import { makeStaff } from '../helpers/users'

/** A real SMTP relay on loopback that keeps what it accepts and refuses chosen recipients with 550. */
type Relay = { port: number; messages: ParsedMail[]; permFail: Set<string>; close: () => Promise<void> }

async function startRelay(): Promise<Relay> {
  const messages: ParsedMail[] = []
  const permFail = new Set<string>()
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS', 'AUTH'],
    logger: false,
    onRcptTo(address, _session, callback) {
      if (permFail.has(address.address.toLowerCase())) return callback(Object.assign(new Error('5.1.1 No such user here'), { responseCode: 550 }))
      callback()
    },
    onData(stream, _session, callback) {
      simpleParser(stream)
        .then((mail) => {
          messages.push(mail)
          callback()
        })
        .catch(callback)
    },
  })
  const port = await new Promise<number>((resolve) => server.listen(0, '127.0.0.1', () => resolve((server.server.address() as { port: number }).port)))
  return { port, messages, permFail, close: () => new Promise((resolve) => server.close(() => resolve())) }
}

let relay: Relay
let payload: Payload
let transport: nodemailer.Transporter
let officer: { email: string; token: string }
let editor: { email: string; token: string }
let counter = 0

const addressesOf = (mail: ParsedMail): string[] =>
  ((mail.to ? [mail.to].flat() : []) as AddressObject[]).flatMap((to) => to.value.map((entry) => String(entry.address).toLowerCase()))
const mailTo = (email: string) => relay.messages.filter((mail) => addressesOf(mail).includes(email.toLowerCase()))
const query = async <T = any>(text: string, params: unknown[] = []) => (await poolOf(payload).query(text, params)).rows as T[]
const pass = () => processDeliveries(payload, { transport })
const unique = (label: string) => `${label} ${++counter}-${Date.now()}`

async function waitForMail(email: string, count = 1, timeoutMs = 10_000): Promise<ParsedMail[]> {
  const deadline = Date.now() + timeoutMs
  while (Date.now() < deadline) {
    if (mailTo(email).length >= count) return mailTo(email)
    await new Promise((resolve) => setTimeout(resolve, 50))
  }
  throw new Error(`no mail to ${email} within ${timeoutMs} ms`)
}

async function ownCampaign() {
  const campaign = await makeCampaign(payload, unique('Chiến dịch quản trị thư'))
  await publishForTest(payload, 'campaigns', campaign.id)
  return Number(campaign.id)
}

async function publishedArticle(campaignId: number, headline: string) {
  const doc = await payload.create({ collection: 'articles', data: { headline, campaign: campaignId } as never, overrideAccess: true, draft: true })
  await publishForTest(payload, 'articles', Number(doc.id))
  return Number(doc.id)
}

async function staff(role: 'press-officer' | 'editor') {
  const made = await makeStaff(payload, [role])
  return { email: made.email, token: await login(made.email, made.password) }
}

beforeAll(async () => {
  relay = await startRelay()
  // Set before the config is first imported by this file's Payload instance: send-test goes through it.
  process.env.SMTP_URL = `smtp://127.0.0.1:${relay.port}`
  payload = await getTestPayload()
  transport = nodemailer.createTransport({ host: '127.0.0.1', port: relay.port, secure: false, ignoreTLS: true, pool: true, maxConnections: 5 })
  officer = await staff('press-officer')
  editor = await staff('editor')
})

afterAll(async () => {
  transport?.close()
  sharedBulkTransport().close()
  await relay?.close()
  delete process.env.SMTP_URL
})

describe('retrying failed deliveries', () => {
  let runId: number
  let refused: { id: number; email: string }
  let reached: { id: number; email: string }

  const deliveryOf = async (subscriberId: number) =>
    (
      await query<{ id: number; status: string; attempts: number; last_error: string | null }>(
        'SELECT id, status::text AS status, attempts::int AS attempts, last_error FROM deliveries WHERE run_id = $1 AND subscriber_id = $2',
        [runId, subscriberId],
      )
    )[0]!

  const runOf = async () =>
    (
      await query<{ status: string; expected: number; sent: number; failed: number; suppressed: number }>(
        'SELECT status::text AS status, expected::int, sent::int, failed::int, suppressed::int FROM digest_runs WHERE id = $1',
        [runId],
      )
    )[0]!

  const auditEntries = () =>
    payload.find({ collection: 'audit-log', where: { event: { equals: 'mail_retry' }, targetId: { equals: String(runId) } }, overrideAccess: true, depth: 0 })

  beforeAll(async () => {
    const campaignId = await ownCampaign()
    refused = await makeSubscriber(payload, { campaigns: [campaignId], email: `mailbox-full-${Date.now()}@bao.test` })
    reached = await makeSubscriber(payload, { campaigns: [campaignId] })
    relay.permFail.add(refused.email)
    const id = await publishedArticle(campaignId, 'Tin sẽ được gửi lại')
    await pass()
    runId = Number((await query<{ id: number }>('SELECT id FROM digest_runs WHERE period = $1', [`article-${id}-vi@v1`]))[0]!.id)
    // The mailbox is fixed afterwards.
    relay.permFail.delete(refused.email)
  })

  it('starts from a completed run with one failed and one sent delivery', async () => {
    expect(await deliveryOf(refused.id)).toMatchObject({ status: 'failed', attempts: 1 })
    expect(await deliveryOf(reached.id)).toMatchObject({ status: 'sent' })
    expect(await runOf()).toMatchObject({ status: 'completed', failed: 1 })
    expect(mailTo(refused.email)).toHaveLength(0)
    expect(mailTo(reached.email)).toHaveLength(1)
  })

  it("titles the run by its kind and the item's headline in the reader's language", async () => {
    const read = (language: string) => rest('GET', `/digest-runs/${runId}?depth=0`, { token: officer.token, headers: { 'Accept-Language': language } })
    const vi = await read('vi')
    expect(vi.status).toBe(200)
    expect(vi.body).toMatchObject({ title: 'Tin mới: Tin sẽ được gửi lại', headline: 'Tin sẽ được gửi lại' })
    expect((await read('en')).body.title).toBe('New: Tin sẽ được gửi lại')
    // The title is worded on read: nothing of it is stored.
    expect((await query<{ title: string | null }>('SELECT title FROM digest_runs WHERE id = $1', [runId]))[0]!.title).toBeNull()
  })

  it('refuses retrying to an editor (403) and to anonymous callers (401), and changes nothing', async () => {
    const asEditor = await rest('POST', `/digest-runs/${runId}/retry-failed`, { token: editor.token })
    expect(asEditor.status).toBe(403)
    const anonymous = await rest('POST', `/digest-runs/${runId}/retry-failed`)
    expect(anonymous.status).toBe(401)
    expect(await deliveryOf(refused.id)).toMatchObject({ status: 'failed', attempts: 1 })
    expect((await auditEntries()).totalDocs).toBe(0)
  })

  it('answers 404 for a run that does not exist and 400 for an id that is not one', async () => {
    expect((await rest('POST', '/digest-runs/99999999/retry-failed', { token: officer.token })).status).toBe(404)
    const bad = await rest('POST', '/digest-runs/abc/retry-failed', { token: officer.token })
    expect(bad.status).toBe(400)
    expect(bad.body.error.field).toBe('id')
  })

  it('lets a press officer put the failed deliveries back in the queue, which the next pass sends, and nobody gets a second copy', async () => {
    const response = await rest('POST', `/digest-runs/${runId}/retry-failed`, { token: officer.token })
    expect([200, 202]).toContain(response.status)
    expect(response.body).toMatchObject({ id: runId, retried: 1 })
    expect(await deliveryOf(refused.id)).toMatchObject({ status: 'pending', attempts: 0, last_error: null })
    expect(await deliveryOf(reached.id)).toMatchObject({ status: 'sent' })
    expect(await runOf()).toMatchObject({ status: 'sending', failed: 0 })

    await pass()
    expect(mailTo(refused.email).map((mail) => mail.subject)).toEqual(['Mới: Tin sẽ được gửi lại'])
    expect(mailTo(reached.email)).toHaveLength(1)
    expect(await deliveryOf(refused.id)).toMatchObject({ status: 'sent', attempts: 1 })
    const run = await runOf()
    expect(run).toMatchObject({ status: 'completed', failed: 0 })
    expect(run.expected).toBe(run.sent + run.failed + run.suppressed)

    // Nothing is left to retry.
    const again = await rest('POST', `/digest-runs/${runId}/retry-failed`, { token: officer.token })
    expect(again.body).toMatchObject({ id: runId, retried: 0 })
  })

  it('records each retry in the audit log as mail_retry, naming the press officer', async () => {
    const entries = await auditEntries()
    expect(entries.totalDocs).toBe(2)
    const retried = entries.docs.map((entry) => (entry as { details?: { retried?: number } }).details?.retried).sort()
    expect(retried).toEqual([0, 1])
    for (const entry of entries.docs as unknown as Array<Record<string, unknown>>) {
      expect(entry).toMatchObject({ event: 'mail_retry', actorEmail: officer.email, targetCollection: 'digest-runs', targetId: String(runId) })
    }
  })
})

describe('digest preview and test send', () => {
  const followed = 'Tin trong bản tin xem trước'
  const notFollowed = 'Tin của chiến dịch khác'
  let reader: { id: number; email: string }

  beforeAll(async () => {
    const campaignId = await ownCampaign()
    const otherCampaign = await ownCampaign()
    reader = await makeSubscriber(payload, { frequency: 'daily', campaigns: [campaignId] })
    await publishedArticle(campaignId, followed)
    await publishedArticle(otherCampaign, notFollowed)
  })

  it('shows a press officer the digest the subscriber would get now, as HTML under a sandboxing CSP', async () => {
    const response = await rest<string>('GET', `/subscribers/${reader.id}/digest-preview`, { token: officer.token })
    expect(response.status).toBe(200)
    expect(response.headers.get('content-type')).toMatch(/^text\/html/)
    const csp = response.headers.get('content-security-policy') ?? ''
    expect(csp).toMatch(/(^|;)\s*sandbox(\s|;|$)/)
    expect(csp).toContain("default-src 'none'")
    expect(response.body).toMatch(/^<!doctype html/i)
    expect(response.body).toContain(followed)
    expect(response.body).not.toContain(notFollowed)
  })

  it('answers 404 for a subscriber that does not exist', async () => {
    const response = await rest('GET', '/subscribers/99999999/digest-preview', { token: officer.token })
    expect(response.status).toBe(404)
    expect(response.body.error.field).toBe('id')
  })

  it('refuses the preview to an editor (403) and to anonymous callers (401)', async () => {
    expect((await rest('GET', `/subscribers/${reader.id}/digest-preview`, { token: editor.token })).status).toBe(403)
    expect((await rest('GET', `/subscribers/${reader.id}/digest-preview`)).status).toBe(401)
  })

  it('sends the preview to the signed-in press officer’s own address, marked [TEST], and to nobody else', async () => {
    const [before] = await query<{ last_digest_at: Date | null }>('SELECT last_digest_at FROM subscribers WHERE id = $1', [reader.id])
    const response = await rest('POST', `/subscribers/${reader.id}/send-test`, { token: officer.token })
    expect(response.status).toBe(200)
    expect(response.body.to).toBe(officer.email)

    const [mail] = await waitForMail(officer.email)
    expect(mail!.subject).toMatch(/^\[TEST\] Bản tin ngày/)
    expect(mail!.subject).toBe(response.body.subject)
    expect(mail!.text).toContain(followed)
    expect(mail!.text).not.toContain(notFollowed)
    expect(mailTo(reader.email)).toHaveLength(0)
    // A test is not a digest: the subscriber's next one still starts where it did.
    const [after] = await query<{ last_digest_at: Date | null }>('SELECT last_digest_at FROM subscribers WHERE id = $1', [reader.id])
    expect(after!.last_digest_at?.getTime()).toBe(before!.last_digest_at?.getTime())
    expect(await query('SELECT id FROM deliveries WHERE subscriber_id = $1', [reader.id])).toEqual([])
  })

  it('refuses a test send to an editor (403) and sends nothing', async () => {
    const before = relay.messages.length
    expect((await rest('POST', `/subscribers/${reader.id}/send-test`, { token: editor.token })).status).toBe(403)
    await new Promise((resolve) => setTimeout(resolve, 200))
    expect(relay.messages.length).toBe(before)
    expect(mailTo(editor.email)).toHaveLength(0)
  })
})
