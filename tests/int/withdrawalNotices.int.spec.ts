import Ajv2020 from 'ajv/dist/2020'
import addFormats from 'ajv-formats'
import { simpleParser, type ParsedMail } from 'mailparser'
import nodemailer from 'nodemailer'
import type { Payload, PayloadRequest } from 'payload'
import { SMTPServer } from 'smtp-server'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import schema from '@/delivery/ninjs/ninjs-schema_3.1.json'
import { liftDueEmbargoes } from '@/delivery/changes/liftDueEmbargoes'
import { poolOf, sqlFor } from '@/db/sql'
import { sendDueWebhooks } from '@/delivery/webhooks/sendDueWebhooks'
import { startDueDigests } from '@/email/digest/startDueDigests'
import { processDeliveries } from '@/email/ledger/processDeliveries'
import { handleBundle } from '@/press/bundle/handleBundle'
import { hashSecret, newSecret } from '@/press/session/hashSecret'
import { PRESS_SESSION_COOKIE } from '@/press/session/pressCookie'
import * as journalistNoticesMigration from '@/migrations/20261203_120000_journalist_notices'
import { makeCampaign, publishForTest } from '../helpers/content'
import { makeAgency, v1 } from '../helpers/delivery'
import { login, rest } from '../helpers/rest'
import { startSmtpSink, type SmtpSink } from '../helpers/smtpSink'
import { makeSubscriber } from '../helpers/subscribers'
import { getTestPayload } from '../helpers/testPayload'
import { makeStaff } from '../helpers/users'
import { startWebhookReceiver, type WebhookReceiver } from '../helpers/webhookReceiver'

/*
 * A withdrawal, or a major correction, reaches everyone who had the item: subscribers who
 * got it in an immediate alert or in a digest, and accredited journalists who downloaded its
 * bundle, each once, in their own language, with the reason. Real PostgreSQL, a real SMTP
 * sink on loopback, the reviewer's own workflow action.
 */

const ajv = new Ajv2020({ strict: false, allErrors: true })
addFormats(ajv)
// As in ninjsSchema.int.spec.ts: a stand-in for the GeoJSON schema, which cannot be fetched here.
ajv.addSchema({ $id: 'https://geojson.org/schema/GeoJSON.json', type: 'object', required: ['type'], properties: { type: { type: 'string' } } })
const validateNinjs = ajv.compile(schema)

const run = Date.now().toString(36)
let payload: Payload
let sink: SmtpSink
let transport: nodemailer.Transporter
let receiver: WebhookReceiver
let reviewerToken: string
let campaignId: number
let agencyId: number
const topics: Record<'a' | 'b', number> = { a: 0, b: 0 }

type Reader = Awaited<ReturnType<typeof makeSubscriber>>

const mailsTo = (address: string): ParsedMail[] =>
  sink.messages.filter((mail) =>
    (mail.to as { value: Array<{ address: string }> } | undefined)?.value.some((entry) => entry.address.toLowerCase() === address.toLowerCase()),
  )
const noticesTo = (address: string, title: string) =>
  mailsTo(address).filter((mail) => mail.subject?.includes(title) && /^(Đã gỡ bỏ|Withdrawn|Đính chính|Corrected):/.test(mail.subject))

async function article(headline: string, extra: Record<string, unknown> = {}): Promise<number> {
  const made = await payload.create({ collection: 'articles', data: { headline, campaign: campaignId, ...extra } as never, overrideAccess: true, draft: true })
  return Number(made.id)
}

async function withdraw(collection: 'articles' | 'briefing-packs', id: number, reason: string) {
  const response = await rest('POST', `/workflow/${collection}/${id}`, { token: reviewerToken, body: { action: 'withdraw', comment: reason } })
  expect(response.status, JSON.stringify(response.body)).toBe(200)
}

/** A daily digest run over the last day, created and sent now. */
async function sendDigest(): Promise<number> {
  const now = new Date()
  const [runId] = await startDueDigests(payload, now, [
    { kind: 'daily', period: `notices-${run}-${now.getTime()}`, start: new Date(now.getTime() - 86_400_000), end: now },
  ])
  await processDeliveries(payload, { transport, runId })
  return runId!
}

async function journalist(name: string, email: string, language: 'vi' | 'en') {
  const made = await payload.create({
    collection: 'journalists',
    data: { name, outlet: 'VietNamNet', email, pressCardNumber: `PV-${name.length}-${run}-${email.length}`, status: 'accredited', language } as never,
    overrideAccess: true,
  })
  const token = newSecret()
  await poolOf(payload).query(`INSERT INTO press_sessions (token_hash, journalist_id, expires_at) VALUES ($1, $2, now() + interval '1 hour')`, [
    hashSecret(token),
    made.id,
  ])
  return { id: Number(made.id), email, cookie: `${PRESS_SESSION_COOKIE}=${token}` }
}

async function downloadBundle(slug: string, cookie: string, lang = 'vi') {
  const response = await handleBundle(
    payload,
    new Request(`http://newsroom.test/press/briefing-packs/${slug}/bundle.zip?lang=${lang}`, { headers: { cookie } }),
    slug,
  )
  expect(response.status).toBe(200)
  await response.body?.cancel()
}

async function embargoedPack(title: string, embargoUntil: string) {
  const made = (await payload.create({
    collection: 'briefing-packs',
    data: { title, summary: `Tóm tắt ${title}`, campaign: campaignId, embargoUntil } as never,
    locale: 'vi',
    draft: true,
    overrideAccess: true,
  })) as { id: number; slug: string }
  await publishForTest(payload, 'briefing-packs', made.id)
  return { id: Number(made.id), slug: made.slug }
}

beforeAll(async () => {
  sink = await startSmtpSink()
  receiver = await startWebhookReceiver()
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
  const reviewer = await makeStaff(payload, ['reviewer'])
  reviewerToken = await login(reviewer.email, reviewer.password)
  campaignId = Number((await makeCampaign(payload, `Chiến dịch thông báo gỡ ${run}`)).id)
  await publishForTest(payload, 'campaigns', campaignId)
  for (const key of ['a', 'b'] as const) {
    const topic = await payload.create({
      collection: 'topics',
      data: { name: `Chủ đề ${key} ${run}`, slug: `go-bai-${key}-${run}` } as never,
      overrideAccess: true,
    })
    topics[key] = Number(topic.id)
  }
  agencyId = (await makeAgency(payload, { webhookUrl: receiver.url('/withdrawals'), name: `Báo nhận webhook ${run}` })).agency.id
})

afterAll(async () => {
  // Later files must not post to a receiver that is gone.
  await payload.update({ collection: 'agencies', id: agencyId, data: { active: false } as never, overrideAccess: true })
  transport.close()
  await sink.close()
  await receiver.close()
})

describe('withdrawing an article that went out by alert and by digest', () => {
  const headline = `Bài lỡ nêu tên một em nhỏ ${run}`
  const reason = `Bài nêu tên và trường học của một em nhỏ; đã gỡ để bảo vệ em (${run}).`
  let articleId: number
  let alerted: Reader
  let digestVi: Reader
  let digestEn: Reader
  let switcher: Reader
  let otherTopic: Reader
  let late: Reader
  let digestRunId: number

  beforeAll(async () => {
    alerted = await makeSubscriber(payload, { frequency: 'immediate' })
    switcher = await makeSubscriber(payload, { frequency: 'immediate' })
    digestVi = await makeSubscriber(payload, { frequency: 'daily', topics: [topics.a] })
    digestEn = await makeSubscriber(payload, { frequency: 'daily', locale: 'en' })
    otherTopic = await makeSubscriber(payload, { frequency: 'daily', topics: [topics.b] })

    articleId = await article(headline, { topics: [topics.a] })
    await publishForTest(payload, 'articles', articleId)
    await publishForTest(payload, 'articles', await article(`Tin chủ đề khác ${run}`, { topics: [topics.b] }))
    await processDeliveries(payload, { transport })
    // Alerted first, then moved to the daily digest, which carries the article again.
    await payload.update({ collection: 'subscribers', id: switcher.id, data: { frequency: 'daily' } as never, overrideAccess: true })
    digestRunId = await sendDigest()
    late = await makeSubscriber(payload, { frequency: 'immediate' })

    await withdraw('articles', articleId, reason)
    await processDeliveries(payload, { transport })
  })

  it('sent the article to the alert and digest readers before it was withdrawn, and recorded what the digest carried', async () => {
    for (const reader of [alerted, digestVi, digestEn, switcher])
      expect(
        mailsTo(reader.email).some((mail) => mail.text?.includes(headline)),
        reader.email,
      ).toBe(true)
    expect(mailsTo(otherTopic.email).some((mail) => mail.text?.includes(`Tin chủ đề khác ${run}`))).toBe(true)
    expect(mailsTo(otherTopic.email).some((mail) => mail.text?.includes(headline))).toBe(false)
    const { rows } = await poolOf(payload).query(
      `SELECT collection, item_id FROM digest_run_items WHERE run_id = $1 AND collection = 'articles' AND item_id = $2`,
      [digestRunId, articleId],
    )
    expect(rows).toEqual([{ collection: 'articles', item_id: articleId }])
  })

  it('sends the withdrawal notice with the reason to a subscriber who got the article in a digest', () => {
    const [notice, ...more] = noticesTo(digestVi.email, headline)
    expect(more).toHaveLength(0)
    expect(notice!.subject).toBe(`Đã gỡ bỏ: ${headline}`)
    expect(notice!.text).toContain('mà chúng tôi đã gửi cho bạn qua thư, đã bị gỡ bỏ lúc')
    expect(notice!.text).toContain('Lý do:')
    expect(notice!.text).toContain(reason)
    expect(notice!.html).toContain(reason)
  })

  it('tells an English digest reader in English, with the reason as it was written', () => {
    const [notice, ...more] = noticesTo(digestEn.email, headline)
    expect(more).toHaveLength(0)
    expect(notice!.subject).toBe(`Withdrawn: ${headline}`)
    expect(notice!.text).toContain('which we sent you by email, was withdrawn on')
    expect(notice!.text).toContain('Reason:')
    expect(notice!.text).toContain(reason)
  })

  it('still tells the subscriber who was alerted, and tells someone who had it both ways only once', () => {
    expect(noticesTo(alerted.email, headline)).toHaveLength(1)
    expect(noticesTo(alerted.email, headline)[0]!.text).toContain(reason)
    expect(noticesTo(switcher.email, headline)).toHaveLength(1)
  })

  it('tells nobody who did not receive the article: not a reader of the same digest who follows another topic, not a later subscriber', () => {
    expect(noticesTo(otherTopic.email, headline)).toHaveLength(0)
    expect(noticesTo(late.email, headline)).toHaveLength(0)
  })

  it('wrote the notice to the ledger, one row per reader, before sending, and completed the run', async () => {
    const { rows } = await poolOf(payload).query(
      `SELECT r.status::text AS status, r.expected::int AS expected, r.sent::int AS sent, array_agg(d.subscriber_id ORDER BY d.subscriber_id) AS readers
         FROM digest_runs r JOIN deliveries d ON d.run_id = r.id
        WHERE r.kind = 'correction' AND r.period LIKE $1 GROUP BY r.id`,
      [`article-${articleId}@withdrawn#%`],
    )
    expect(rows).toHaveLength(1)
    expect(rows[0].readers.map(Number)).toEqual(expect.arrayContaining([alerted.id, digestVi.id, digestEn.id, switcher.id]))
    expect(rows[0].readers.map(Number)).not.toContain(otherTopic.id)
    expect(rows[0].readers.map(Number)).not.toContain(late.id)
    expect(rows[0]).toMatchObject({ status: 'completed' })
    expect(rows[0].sent).toBe(rows[0].expected)
  })

  it('gives agencies the canceled item with the reason in edNote, valid against the IPTC ninjs schema', async () => {
    const { apiKey } = await makeAgency(payload, { name: `Báo đọc API ${run}` })
    const response = await v1(payload, `/items/article-${articleId}-vi`, apiKey)
    expect(response.status).toBe(200)
    expect(response.body).toMatchObject({ pubStatus: 'canceled', edNote: reason, headlines: [{ value: headline }] })
    expect(validateNinjs(response.body), JSON.stringify(validateNinjs.errors)).toBe(true)
  })

  it('posts item.withdrawn with the reason in the item', async () => {
    await sendDueWebhooks(payload)
    const hit = receiver
      .hitsOn('/withdrawals')
      .map((entry) => JSON.parse(entry.body))
      .find((body) => body.event === 'item.withdrawn' && body.item.uri === `urn:newsroom:article:${articleId}:vi`)
    expect(hit).toBeDefined()
    expect(hit.item).toMatchObject({ pubStatus: 'canceled', edNote: reason })
  })
})

describe('withdrawing a briefing pack that journalists downloaded', () => {
  it('sends the notice to an accredited journalist who downloaded the bundle under embargo, in their language, and not to one who did not', async () => {
    const title = `Tài liệu họp báo cấm đăng ${run}`
    const reason = `Số liệu trong tài liệu chưa được kiểm chứng (${run}).`
    const pack = await embargoedPack(title, new Date(Date.now() + 3_600_000).toISOString())
    const downloader = await journalist('Lê Thu Hà', `ha-${run}@vietnamnet.test`, 'en')
    const bystander = await journalist('Trần Văn Bình', `binh-${run}@vietnamnet.test`, 'vi')
    await downloadBundle(pack.slug, downloader.cookie)

    await withdraw('briefing-packs', pack.id, reason)
    await processDeliveries(payload, { transport })

    const [notice, ...more] = noticesTo(downloader.email, title)
    expect(more).toHaveLength(0)
    expect(notice!.subject).toBe(`Withdrawn: ${title}`)
    expect(notice!.text).toContain('The briefing pack below, which you downloaded, was withdrawn on')
    expect(notice!.text).toContain(reason)
    // Not a subscriber: nothing to unsubscribe from.
    expect(notice!.text).not.toContain('/subscriptions/unsubscribe')
    expect(notice!.headers.get('list-unsubscribe')).toBeUndefined()
    expect(noticesTo(bystander.email, title)).toHaveLength(0)

    const { rows } = await poolOf(payload).query(
      `SELECT status::text AS status, expected::int AS expected, sent::int AS sent FROM digest_runs WHERE kind = 'correction' AND period LIKE $1`,
      [`briefing-pack-${pack.id}@withdrawn#%`],
    )
    expect(rows).toEqual([{ status: 'completed', expected: 1, sent: 1 }])
    // Sent once: a second pass finds nothing left to send.
    await processDeliveries(payload, { transport })
    expect(noticesTo(downloader.email, title)).toHaveLength(1)
  })

  it('tells a journalist who is also a subscriber once, not once for each way they had the pack', async () => {
    const title = `Tài liệu sắp công bố ${run}`
    // The embargo must still hold while the journalist downloads and the subscriber signs
    // up, however slow the machine: wait for the time itself, not for a fixed pause.
    const until = Date.now() + 8_000
    const pack = await embargoedPack(title, new Date(until).toISOString())
    const email = `lan-${run}@tuoitre.test`
    const both = await journalist('Ngô Thị Lan', email, 'vi')
    await downloadBundle(pack.slug, both.cookie)
    await makeSubscriber(payload, { frequency: 'immediate', email })
    expect(Date.now()).toBeLessThan(until)
    await new Promise((resolve) => setTimeout(resolve, Math.max(0, until - Date.now()) + 500))
    await liftDueEmbargoes(payload)
    await processDeliveries(payload, { transport })
    expect(mailsTo(email).some((mail) => mail.subject?.includes(title))).toBe(true)

    await withdraw('briefing-packs', pack.id, `Gói bị thay thế (${run}).`)
    await processDeliveries(payload, { transport })
    expect(noticesTo(email, title)).toHaveLength(1)
  })
})

describe('a major update of an item readers already have', () => {
  it('puts the change note in ninjs edNote and sends a correction to digest readers, while alert readers get the update alert only', async () => {
    const headline = `Số tổng đài hỗ trợ ${run}`
    const note = `Sửa số tổng đài: đúng là 111, không phải 112 (${run}).`
    const digestReader = await makeSubscriber(payload, { frequency: 'daily', topics: [topics.a] })
    const alertReader = await makeSubscriber(payload, { frequency: 'immediate', topics: [topics.a] })
    const id = await article(headline, { topics: [topics.a] })
    await publishForTest(payload, 'articles', id)
    await processDeliveries(payload, { transport })
    await sendDigest()
    expect(mailsTo(digestReader.email).some((mail) => mail.text?.includes(headline))).toBe(true)

    // Edited as a working copy marked major, then published as the workflow publishes it.
    await payload.update({
      collection: 'articles',
      id,
      data: { standfirst: 'Gọi 111.', majorChange: true, changeNote: note } as never,
      draft: true,
      overrideAccess: true,
    })
    await payload.update({
      collection: 'articles',
      id,
      data: { _status: 'published', stage: 'published', majorChange: false } as never,
      context: { workflow: 'publish', majorChange: true },
      overrideAccess: true,
    })
    await processDeliveries(payload, { transport })

    const { apiKey } = await makeAgency(payload, { name: `Báo đọc sửa đổi ${run}` })
    const item = await v1(payload, `/items/article-${id}-vi`, apiKey)
    expect(item.body).toMatchObject({ pubStatus: 'usable', version: '2', edNote: note })
    expect(validateNinjs(item.body), JSON.stringify(validateNinjs.errors)).toBe(true)

    const [correction, ...more] = noticesTo(digestReader.email, headline)
    expect(more).toHaveLength(0)
    expect(correction!.subject).toBe(`Đính chính: ${headline}`)
    expect(correction!.text).toContain('Nội dung thay đổi:')
    expect(correction!.text).toContain(note)
    expect(noticesTo(alertReader.email, headline)).toHaveLength(0)
    expect(mailsTo(alertReader.email).filter((mail) => mail.subject === `Cập nhật: ${headline}`)).toHaveLength(1)
  })
})

/** A real SMTP relay on loopback, without auth, that refuses chosen recipients with 451 (for now) or 550 (for good). */
async function startRefusingRelay() {
  const messages: ParsedMail[] = []
  const tempFail = new Set<string>()
  const permFail = new Set<string>()
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS', 'AUTH'],
    logger: false,
    onRcptTo(address, _session, callback) {
      const to = address.address.toLowerCase()
      if (permFail.has(to)) return callback(Object.assign(new Error('5.1.1 No such user here'), { responseCode: 550 }))
      if (tempFail.has(to)) return callback(Object.assign(new Error('4.2.1 Mailbox busy, try later'), { responseCode: 451 }))
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
  const to = (address: string) =>
    messages.filter((mail) =>
      (mail.to as { value: Array<{ address: string }> } | undefined)?.value.some((entry) => entry.address.toLowerCase() === address.toLowerCase()),
    )
  return { port, messages, tempFail, permFail, to, close: () => new Promise<void>((resolve) => server.close(() => resolve())) }
}

type NoticeRow = {
  journalist_id: number
  status: string
  attempts: number
  next_attempt_at: Date | null
  sent_at: Date | null
  message_id: string | null
  last_error: string | null
}
const noticeRows = async (runId: number) =>
  (
    await poolOf(payload).query<NoticeRow>(
      'SELECT journalist_id, status, attempts, next_attempt_at, sent_at, message_id, last_error FROM journalist_notices WHERE run_id = $1 ORDER BY journalist_id',
      [runId],
    )
  ).rows
const runTotals = async (runId: number) =>
  (await poolOf(payload).query('SELECT status::text AS status, expected::int, sent::int, failed::int, suppressed::int FROM digest_runs WHERE id = $1', [runId]))
    .rows[0]

describe('a journalist notice the relay refuses', () => {
  const title = `Tài liệu họp báo bị trả thư ${run}`
  const reason = `Tài liệu dùng ảnh chưa được phép (${run}).`
  let relay: Awaited<ReturnType<typeof startRefusingRelay>>
  let refusing: nodemailer.Transporter
  let officerToken: string
  let reporter: Awaited<ReturnType<typeof journalist>>
  let runId: number
  const pass = () => processDeliveries(payload, { transport: refusing, runId })

  beforeAll(async () => {
    relay = await startRefusingRelay()
    refusing = nodemailer.createTransport({ host: '127.0.0.1', port: relay.port, secure: false, ignoreTLS: true, pool: true, maxConnections: 2 })
    const officer = await makeStaff(payload, ['press-officer'])
    officerToken = await login(officer.email, officer.password)
    const pack = await embargoedPack(title, new Date(Date.now() + 3_600_000).toISOString())
    reporter = await journalist('Phạm Quốc Trung Hiếu', `hieu-${run}@thanhnien.test`, 'en')
    await downloadBundle(pack.slug, reporter.cookie)
    await withdraw('briefing-packs', pack.id, reason)
    const { rows } = await poolOf(payload).query(`SELECT id FROM digest_runs WHERE kind = 'correction' AND period LIKE $1`, [
      `briefing-pack-${pack.id}@withdrawn#%`,
    ])
    runId = Number(rows[0].id)
  })

  afterAll(async () => {
    refusing?.close()
    await relay?.close()
  })

  it('holds the notice in journalist_notices, pending, as soon as the withdrawal is committed and before anything is sent, and nothing in the key-value table', async () => {
    expect(await noticeRows(runId)).toEqual([expect.objectContaining({ journalist_id: reporter.id, status: 'pending', attempts: 0, sent_at: null })])
    expect(await runTotals(runId)).toMatchObject({ status: 'sending', expected: 1, sent: 0 })
    const { rows } = await poolOf(payload).query(`SELECT count(*)::int AS n FROM payload_kv WHERE starts_with(key, 'press-notice:')`)
    expect(rows[0].n).toBe(0)
    expect(relay.to(reporter.email)).toHaveLength(0)
  })

  it('puts a notice the relay refuses for now (451) back as pending with a later attempt, and a pass before then sends nothing', async () => {
    relay.tempFail.add(reporter.email)
    expect(await pass()).toMatchObject({ retried: 1, sent: 0 })
    const [row] = await noticeRows(runId)
    expect(row).toMatchObject({ status: 'pending', attempts: 1 })
    expect(row!.last_error).toContain('451')
    expect(row!.next_attempt_at!.getTime()).toBeGreaterThan(Date.now() + 50_000)
    expect(await runTotals(runId)).toMatchObject({ status: 'sending', expected: 1, sent: 0, failed: 0 })

    expect(await pass()).toMatchObject({ retried: 0, sent: 0, failed: 0 })
    expect((await noticeRows(runId))[0]).toMatchObject({ status: 'pending', attempts: 1 })
  })

  it('fails the notice when, once the wait is over, the relay refuses it for good (550), and completes the run counting it failed', async () => {
    relay.tempFail.delete(reporter.email)
    relay.permFail.add(reporter.email)
    // The minute's wait, passed.
    await poolOf(payload).query('UPDATE journalist_notices SET next_attempt_at = now() WHERE run_id = $1', [runId])
    expect(await pass()).toMatchObject({ failed: 1, sent: 0 })
    const [row] = await noticeRows(runId)
    expect(row).toMatchObject({ status: 'failed', attempts: 2, next_attempt_at: null })
    expect(row!.last_error).toContain('550')
    expect(await runTotals(runId)).toMatchObject({ status: 'completed', expected: 1, sent: 0, failed: 1, suppressed: 0 })
    expect(relay.to(reporter.email)).toHaveLength(0)
  })

  it('lets a press officer retry the failed journalist notice from the run, which the next pass sends once, in the journalist language', async () => {
    relay.permFail.delete(reporter.email)
    const response = await rest('POST', `/digest-runs/${runId}/retry-failed`, { token: officerToken })
    expect(response.status).toBe(200)
    expect(response.body).toMatchObject({ id: runId, retried: 1, journalists: 1 })
    expect((await noticeRows(runId))[0]).toMatchObject({ status: 'pending', attempts: 0, last_error: null })
    expect(await runTotals(runId)).toMatchObject({ status: 'sending', expected: 1, failed: 0 })

    expect(await pass()).toMatchObject({ sent: 1, failed: 0 })
    const mails = relay.to(reporter.email)
    expect(mails.map((mail) => mail.subject)).toEqual([`Withdrawn: ${title}`])
    expect(mails[0]!.text).toContain(reason)
    const [row] = await noticeRows(runId)
    expect(row).toMatchObject({ status: 'sent', attempts: 1, last_error: null })
    expect(row!.message_id).toBeTruthy()
    expect(row!.sent_at).toBeInstanceOf(Date)
    expect(await runTotals(runId)).toMatchObject({ status: 'completed', expected: 1, sent: 1, failed: 0 })

    // Nothing is left to retry, and nobody gets a second copy.
    const again = await rest('POST', `/digest-runs/${runId}/retry-failed`, { token: officerToken })
    expect(again.body).toMatchObject({ id: runId, retried: 0, journalists: 0 })
    await pass()
    expect(relay.to(reporter.email)).toHaveLength(1)
    const audit = await payload.find({
      collection: 'audit-log',
      where: { event: { equals: 'mail_retry' }, targetId: { equals: String(runId) } },
      overrideAccess: true,
      depth: 0,
    })
    expect(audit.docs.map((entry) => (entry as { details?: { journalists?: number } }).details?.journalists).sort()).toEqual([0, 1])
  })
})

describe('upgrading a ledger kept in the key-value table', () => {
  it('moves every press-notice row into journalist_notices as it stood, drops a row whose run is gone, and puts them back on downgrade', async () => {
    const latecomer = await journalist('Đỗ Minh Khoa Tuấn Anh', `tuananh-${run}@nhandan.test`, 'vi')
    // Times as milliseconds, so the pool's and the transaction's type parsers read the same.
    const ms = (column: string) => `(extract(epoch FROM ${column}) * 1000)::bigint::text AS ${column}`
    const snapshot = `SELECT run_id, journalist_id, status, attempts, ${['next_attempt_at', 'claimed_at', 'sent_at'].map(ms).join(', ')}, message_id, last_error
        FROM journalist_notices ORDER BY run_id, journalist_id`
    const before = (await poolOf(payload).query(snapshot)).rows
    expect(before.length).toBeGreaterThanOrEqual(2)
    expect(before.every((row) => row.status === 'sent' && row.message_id && row.sent_at)).toBe(true)
    const someRun = Number(before[0].run_id)

    // In a transaction rolled back at the end, so the tables are left as they were.
    const transactionID = (await payload.db.beginTransaction())!
    const req = { payload, transactionID } as unknown as PayloadRequest
    const db = (payload.db as unknown as { sessions: Record<string, { db: never }> }).sessions[String(transactionID)]!.db
    const sql = await sqlFor(req)
    try {
      await journalistNoticesMigration.down({ db, payload, req })
      expect((await sql(`SELECT to_regclass('journalist_notices') AS t`))[0]).toEqual({ t: null })
      expect((await sql<{ n: number }>(`SELECT count(*)::int AS n FROM payload_kv WHERE starts_with(key, 'press-notice:')`))[0]!.n).toBe(before.length)
      // Written exactly as the old ledger code wrote a row, and one for a run deleted since.
      await sql(
        `INSERT INTO payload_kv (key, data)
         SELECT $1 || $2::int || ':' || id,
                jsonb_build_object('runId', $2::int, 'journalistId', id, 'status', 'pending', 'attempts', 0, 'nextAttemptAt', now())
           FROM unnest($3::int[]) AS id`,
        ['press-notice:', someRun, [latecomer.id]],
      )
      await sql(`INSERT INTO payload_kv (key, data) VALUES ($1, '{"status":"pending","attempts":0}')`, [`press-notice:99999999:${latecomer.id}`])

      await journalistNoticesMigration.up({ db, payload, req })
      const after = await sql<Record<string, unknown>>(snapshot)
      const moved = after.filter((row) => !(Number(row.run_id) === someRun && Number(row.journalist_id) === latecomer.id))
      expect(moved).toEqual(before)
      expect(after.find((row) => Number(row.journalist_id) === latecomer.id)).toMatchObject({ run_id: someRun, status: 'pending', attempts: 0, sent_at: null })
      expect(after.some((row) => Number(row.run_id) === 99999999)).toBe(false)
      expect((await sql<{ n: number }>(`SELECT count(*)::int AS n FROM payload_kv WHERE starts_with(key, 'press-notice:')`))[0]!.n).toBe(0)
      const claimable = await sql<{ id: number }>(
        `SELECT id FROM journalist_notices WHERE run_id = $1 AND journalist_id = $2 AND status = 'pending' AND next_attempt_at <= clock_timestamp()`,
        [someRun, latecomer.id],
      )
      expect(claimable).toHaveLength(1)
    } finally {
      await payload.db.rollbackTransaction(transactionID)
    }
    expect((await poolOf(payload).query(snapshot)).rows).toEqual(before)
  })
})
