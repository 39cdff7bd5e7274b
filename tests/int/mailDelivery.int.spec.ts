import { simpleParser, type AddressObject, type ParsedMail } from 'mailparser'
import nodemailer from 'nodemailer'
import type { Payload } from 'payload'
import { SMTPServer } from 'smtp-server'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { liftDueEmbargoes } from '@/delivery/changes/liftDueEmbargoes'
import { poolOf } from '@/db/sql'
import { startDueDigests } from '@/email/digest/startDueDigests'
import { processDeliveries } from '@/email/ledger/processDeliveries'
import { makeCampaign, publishForTest } from '../helpers/content'
import { makeSubscriber, type SubscriberOptions } from '../helpers/subscribers'
import { getTestPayload } from '../helpers/testPayload'
import { formatDate } from '@/i18n/formatDateTime'

/**
 * A real SMTP relay on loopback that keeps what it accepts and, like a real one, refuses
 * chosen recipients at RCPT TO: 451 (try again later) or 550 (no such mailbox).
 */
type Relay = { port: number; messages: ParsedMail[]; tempFail: Set<string>; permFail: Set<string>; refusals: string[]; close: () => Promise<void> }

async function startRelay(): Promise<Relay> {
  const messages: ParsedMail[] = []
  const tempFail = new Set<string>()
  const permFail = new Set<string>()
  const refusals: string[] = []
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS', 'AUTH'],
    logger: false,
    onRcptTo(address, _session, callback) {
      const to = address.address.toLowerCase()
      const refuse = (code: number, text: string) => {
        refusals.push(`${code} ${to}`)
        callback(Object.assign(new Error(text), { responseCode: code }))
      }
      if (tempFail.has(to)) return refuse(451, '4.2.1 Mailbox busy, try again later')
      if (permFail.has(to)) return refuse(550, '5.1.1 No such user here')
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
  return { port, messages, tempFail, permFail, refusals, close: () => new Promise((resolve) => server.close(() => resolve())) }
}

let relay: Relay
let payload: Payload
let transport: nodemailer.Transporter
let counter = 0

const MINUTE = 60_000
const HOUR = 60 * MINUTE

const addressesOf = (mail: ParsedMail): string[] =>
  ((mail.to ? [mail.to].flat() : []) as AddressObject[]).flatMap((to) => to.value.map((entry) => String(entry.address).toLowerCase()))
const mailTo = (email: string) => relay.messages.filter((mail) => addressesOf(mail).includes(email.toLowerCase()))
const pass = () => processDeliveries(payload, { transport })
const query = async <T = any>(text: string, params: unknown[] = []) => (await poolOf(payload).query(text, params)).rows as T[]
const unique = (label: string) => `${label} ${++counter}-${Date.now()}`

type DeliveryRow = {
  id: number
  run_id: number
  status: string
  attempts: number
  next_attempt_at: Date | null
  last_error: string | null
  kind: string
  period: string
}

async function deliveriesOf(subscriberId: number): Promise<DeliveryRow[]> {
  return query<DeliveryRow>(
    `SELECT d.id, d.run_id, d.status::text AS status, d.attempts::int AS attempts, d.next_attempt_at, d.last_error, r.kind::text AS kind, r.period
       FROM deliveries d JOIN digest_runs r ON r.id = d.run_id WHERE d.subscriber_id = $1 ORDER BY d.id`,
    [subscriberId],
  )
}

async function subscriberRow(id: number) {
  const [row] = await query<{ status: string; bounce_count: number; last_digest_at: Date | null }>(
    'SELECT status::text AS status, coalesce(bounce_count, 0)::int AS bounce_count, last_digest_at FROM subscribers WHERE id = $1',
    [id],
  )
  return row!
}

const runsFor = (period: string) =>
  query<{ id: number; kind: string; status: string; headline: string | null; expected: number; sent: number; failed: number; suppressed: number }>(
    `SELECT id, kind::text AS kind, status::text AS status, headline, expected::int, sent::int, failed::int, suppressed::int FROM digest_runs WHERE period = $1`,
    [period],
  )

/** A published campaign of its own, so that subscribers who follow it hear of nothing else in this file. */
async function ownCampaign() {
  const campaign = await makeCampaign(payload, unique('Chiến dịch thư'))
  await publishForTest(payload, 'campaigns', campaign.id)
  return Number(campaign.id)
}

const follower = (campaignId: number, options: SubscriberOptions = {}) => makeSubscriber(payload, { campaigns: [campaignId], ...options })

async function article(campaignId: number, headline: string, extra: Record<string, unknown> = {}) {
  const doc = await payload.create({ collection: 'articles', data: { headline, campaign: campaignId, ...extra } as never, overrideAccess: true, draft: true })
  return Number(doc.id)
}

async function publishedArticle(campaignId: number, headline: string, extra: Record<string, unknown> = {}) {
  const id = await article(campaignId, headline, extra)
  await publishForTest(payload, 'articles', id)
  return id
}

/** A new version saved as a draft and published by the workflow, marked major or not. */
async function publishNewVersion(id: number, options: { major: boolean; changeNote?: string; data?: Record<string, unknown> }) {
  const draft = options.major ? { majorChange: true, changeNote: options.changeNote ?? 'Bổ sung số liệu mới.' } : {}
  await payload.update({ collection: 'articles', id, data: { ...draft, ...options.data } as never, draft: true, overrideAccess: true })
  await payload.update({
    collection: 'articles',
    id,
    data: { _status: 'published', stage: 'published', majorChange: false } as never,
    context: { workflow: 'publish', majorChange: options.major },
    overrideAccess: true,
  })
}

async function withdraw(id: number) {
  await payload.update({
    collection: 'articles',
    id,
    data: { _status: 'draft', stage: 'withdrawn' } as never,
    context: { workflow: 'withdraw' },
    overrideAccess: true,
  })
}

async function makeTopic(label: string) {
  const slug = `chu-de-${++counter}-${Date.now()}`
  const topic = await payload.create({ collection: 'topics', data: { name: `${label} ${slug}`, slug } as never, overrideAccess: true })
  return Number(topic.id)
}

beforeAll(async () => {
  relay = await startRelay()
  payload = await getTestPayload()
  transport = nodemailer.createTransport({ host: '127.0.0.1', port: relay.port, secure: false, ignoreTLS: true, pool: true, maxConnections: 5 })
})

afterAll(async () => {
  transport?.close()
  await relay?.close()
})

describe('alerts for new versions', () => {
  it('sends no alert for a new version that is not marked as a major change', async () => {
    const campaignId = await ownCampaign()
    const reader = await follower(campaignId)
    const id = await publishedArticle(campaignId, 'Phụ huynh cần biết về trò chơi trực tuyến')
    await pass()
    expect(mailTo(reader.email).map((mail) => mail.subject)).toEqual(['Mới: Phụ huynh cần biết về trò chơi trực tuyến'])

    await publishNewVersion(id, { major: false, data: { headline: 'Phụ huynh cần biết về trò chơi trực tuyến (sửa lỗi chính tả)' } })
    await pass()
    expect(mailTo(reader.email)).toHaveLength(1)
    expect(await runsFor(`article-${id}-vi@v2`)).toEqual([])
    expect((await deliveriesOf(reader.id)).map((row) => row.period)).toEqual([`article-${id}-vi@v1`])
  })

  it('sends an "updated" alert, once, for a new version marked as a major change', async () => {
    const campaignId = await ownCampaign()
    const reader = await follower(campaignId)
    const id = await publishedArticle(campaignId, 'Số liệu về bắt nạt qua mạng năm 2026')
    await pass()
    await publishNewVersion(id, { major: true, changeNote: 'Cập nhật số liệu quý IV.', data: { headline: 'Số liệu về bắt nạt qua mạng năm 2026, cả năm' } })
    await pass()
    await pass()

    const subjects = mailTo(reader.email).map((mail) => mail.subject)
    expect(subjects).toEqual(['Mới: Số liệu về bắt nạt qua mạng năm 2026', 'Cập nhật: Số liệu về bắt nạt qua mạng năm 2026, cả năm'])
    const [run] = await runsFor(`article-${id}-vi@v2`)
    // Titled in the admin by the item it announced, not by its key.
    expect(run).toMatchObject({ kind: 'alert', status: 'completed', headline: 'Số liệu về bắt nạt qua mạng năm 2026, cả năm' })
    expect((await deliveriesOf(reader.id)).map((row) => [row.period, row.status])).toEqual([
      [`article-${id}-vi@v1`, 'sent'],
      [`article-${id}-vi@v2`, 'sent'],
    ])
  })

  it('says in a major-update alert what changed, from the version’s change note', async () => {
    const campaignId = await ownCampaign()
    const reader = await follower(campaignId)
    const id = await publishedArticle(campaignId, 'Hướng dẫn báo cáo nội dung xâm hại')
    await publishNewVersion(id, { major: true, changeNote: 'Thêm số đường dây nóng 111.' })
    await pass()
    const updated = mailTo(reader.email).find((mail) => mail.subject?.startsWith('Cập nhật:'))
    expect(updated).toBeDefined()
    expect(updated!.text).toContain('Nội dung thay đổi: Thêm số đường dây nóng 111.')
  })

  it('sends no alert for an embargoed item until its embargo is lifted, and then exactly one', async () => {
    const campaignId = await ownCampaign()
    const reader = await follower(campaignId)
    const id = await publishedArticle(campaignId, 'Báo cáo cấm đăng trước giờ họp báo', { embargoUntil: new Date(Date.now() + HOUR).toISOString() })
    await pass()
    expect(mailTo(reader.email)).toHaveLength(0)
    expect(await deliveriesOf(reader.id)).toEqual([])
    expect(await liftDueEmbargoes(payload)).toBe(0)

    // The embargo passes.
    await query(`UPDATE delivery_changes SET embargo_until = now() - interval '1 second' WHERE item_id = $1 AND lift_pending`, [`article-${id}-vi`])
    expect(await liftDueEmbargoes(payload)).toBeGreaterThanOrEqual(1)
    await pass()
    expect(await liftDueEmbargoes(payload)).toBe(0)
    await pass()

    expect(mailTo(reader.email).map((mail) => mail.subject)).toEqual(['Mới: Báo cáo cấm đăng trước giờ họp báo'])
    expect(mailTo(reader.email)[0]!.text).not.toMatch(/cấm đăng đến|embargo/i)
  })
})

describe('who an alert goes to', () => {
  it('alerts only those who follow one of the item’s topics, or follow no topic at all', async () => {
    const campaignId = await ownCampaign()
    const [grooming, scams] = [await makeTopic('Dụ dỗ'), await makeTopic('Lừa đảo')]
    const followsGrooming = await follower(campaignId, { topics: [grooming] })
    const followsScams = await follower(campaignId, { topics: [scams] })
    const followsAnyTopic = await follower(campaignId)
    await publishedArticle(campaignId, 'Nhận diện kẻ dụ dỗ trẻ em trên mạng', { topics: [grooming] })
    await publishedArticle(campaignId, 'Bài không gắn chủ đề')
    await pass()

    expect(mailTo(followsGrooming.email).map((mail) => mail.subject)).toEqual(['Mới: Nhận diện kẻ dụ dỗ trẻ em trên mạng'])
    expect(mailTo(followsScams.email)).toHaveLength(0)
    expect(
      mailTo(followsAnyTopic.email)
        .map((mail) => mail.subject)
        .sort(),
    ).toEqual(['Mới: Bài không gắn chủ đề', 'Mới: Nhận diện kẻ dụ dỗ trẻ em trên mạng'])
  })

  it('alerts only those who follow the item’s campaign, or follow no campaign at all', async () => {
    const [first, second] = [await ownCampaign(), await ownCampaign()]
    const followsFirst = await follower(first)
    const followsSecond = await follower(second)
    await publishedArticle(first, 'Tin của chiến dịch thứ nhất')
    await pass()

    expect(mailTo(followsFirst.email).map((mail) => mail.subject)).toEqual(['Mới: Tin của chiến dịch thứ nhất'])
    expect(mailTo(followsSecond.email)).toHaveLength(0)
    expect(await deliveriesOf(followsSecond.id)).toEqual([])
  })

  it('alerts only those who chose the item’s content type, or chose none', async () => {
    const campaignId = await ownCampaign()
    const articles = await follower(campaignId, { contentTypes: ['article'] })
    const packsOnly = await follower(campaignId, { contentTypes: ['briefing-pack'] })
    const campaignsAndArticles = await follower(campaignId, { contentTypes: ['campaign', 'article'] })
    const everything = await follower(campaignId)
    await publishedArticle(campaignId, 'Bài viết về an toàn mạng')
    await pass()

    for (const reader of [articles, campaignsAndArticles, everything])
      expect(mailTo(reader.email).map((mail) => mail.subject)).toEqual(['Mới: Bài viết về an toàn mạng'])
    expect(mailTo(packsOnly.email)).toHaveLength(0)
    expect(await deliveriesOf(packsOnly.id)).toEqual([])
  })

  it('gives an English subscriber the English item and a Vietnamese subscriber the Vietnamese one', async () => {
    const campaignId = await ownCampaign()
    const english = await follower(campaignId, { locale: 'en' })
    const vietnamese = await follower(campaignId, { locale: 'vi' })
    const id = await article(campaignId, 'Mười lời khuyên an toàn cho trẻ')
    await payload.update({
      collection: 'articles',
      id,
      locale: 'en',
      data: { headline: 'Ten online safety tips for children' } as never,
      draft: true,
      overrideAccess: true,
    })
    await publishForTest(payload, 'articles', id)
    await pass()

    expect(mailTo(english.email).map((mail) => mail.subject)).toEqual(['New: Ten online safety tips for children'])
    expect(mailTo(english.email)[0]!.text).toContain('/en/')
    expect(mailTo(vietnamese.email).map((mail) => mail.subject)).toEqual(['Mới: Mười lời khuyên an toàn cho trẻ'])
    expect(mailTo(vietnamese.email)[0]!.text).not.toContain('Ten online safety tips')
    expect((await deliveriesOf(vietnamese.id)).map((row) => row.period)).toEqual([`article-${id}-vi@v1`])
    expect((await deliveriesOf(english.id)).map((row) => row.period)).toEqual([`article-${id}-en@v1`])
  })

  it('gives an English subscriber the Vietnamese item when there is no English one, in an English mail', async () => {
    const campaignId = await ownCampaign()
    const english = await follower(campaignId, { locale: 'en' })
    const id = await publishedArticle(campaignId, 'Chỉ có bản tiếng Việt')
    await pass()

    expect(mailTo(english.email).map((mail) => mail.subject)).toEqual(['New: Chỉ có bản tiếng Việt'])
    expect((await deliveriesOf(english.id)).map((row) => row.period)).toEqual([`article-${id}-vi@v1`])
  })

  it('never gives a Vietnamese subscriber an item that exists only in English', async () => {
    const campaignId = await ownCampaign()
    const vietnamese = await follower(campaignId, { locale: 'vi' })
    const english = await follower(campaignId, { locale: 'en' })
    // Written and published in English only.
    const created = await payload.create({
      collection: 'articles',
      locale: 'en',
      data: { headline: 'A statement for foreign press', slug: `statement-${Date.now()}`, campaign: campaignId } as never,
      overrideAccess: true,
      draft: true,
    })
    const id = Number(created.id)
    await payload.update({
      collection: 'articles',
      id,
      locale: 'en',
      data: { _status: 'published', stage: 'published' } as never,
      context: { workflow: 'publish' },
      overrideAccess: true,
    })
    const { rows } = await poolOf(payload).query<{ item_id: string }>('SELECT item_id FROM delivery_changes WHERE doc_id = $1 AND content_type = $2', [
      id,
      'article',
    ])
    // Only meaningful when the publication really has no Vietnamese item.
    expect(rows.map((row) => row.item_id)).toEqual([`article-${id}-en`])
    await pass()

    expect(mailTo(english.email).map((mail) => mail.subject)).toEqual(['New: A statement for foreign press'])
    expect(mailTo(vietnamese.email)).toHaveLength(0)
    expect(await deliveriesOf(vietnamese.id)).toEqual([])
  })
})

describe('who an alert does not go to', () => {
  it('sends nothing to unsubscribed, pending or bounced subscribers', async () => {
    const campaignId = await ownCampaign()
    const readers = [
      await follower(campaignId, { status: 'unsubscribed' }),
      await follower(campaignId, { status: 'pending' }),
      await follower(campaignId, { status: 'bounced' }),
    ]
    const active = await follower(campaignId)
    await publishedArticle(campaignId, 'Tin chỉ cho người đang nhận')
    await pass()

    expect(mailTo(active.email)).toHaveLength(1)
    for (const reader of readers) {
      expect(mailTo(reader.email)).toHaveLength(0)
      // Never planned, or planned and suppressed: never sent.
      for (const row of await deliveriesOf(reader.id)) expect(row.status).toBe('suppressed')
    }
  })

  it('suppresses an alert for a subscriber who unsubscribed after it was planned', async () => {
    const campaignId = await ownCampaign()
    const reader = await follower(campaignId)
    const id = await publishedArticle(campaignId, 'Tin gửi cho người vừa huỷ')
    expect((await deliveriesOf(reader.id)).map((row) => row.status)).toEqual(['pending'])
    await payload.update({
      collection: 'subscribers',
      id: reader.id,
      data: { status: 'unsubscribed', unsubscribedAt: new Date().toISOString() } as never,
      overrideAccess: true,
    })
    await pass()

    expect(mailTo(reader.email)).toHaveLength(0)
    const [row] = await deliveriesOf(reader.id)
    expect(row).toMatchObject({ period: `article-${id}-vi@v1`, status: 'suppressed', attempts: 0 })
    expect(row!.last_error).toContain('unsubscribed')
  })

  it('suppresses an alert for an item withdrawn before it went out, and sends no withdrawal notice either', async () => {
    const campaignId = await ownCampaign()
    const reader = await follower(campaignId)
    const id = await publishedArticle(campaignId, 'Tin bị gỡ trước khi gửi')
    await withdraw(id)
    await pass()

    expect(mailTo(reader.email)).toHaveLength(0)
    const rows = await deliveriesOf(reader.id)
    expect(rows.map((row) => [row.kind, row.status])).toEqual([['alert', 'suppressed']])
    expect(rows[0]!.last_error).toContain('withdrawn')
  })
})

describe('refusals from the relay', () => {
  it('keeps a delivery refused with 4xx pending, retries it after 1, 2, 4 and 8 minutes, and fails it after the fifth attempt', async () => {
    const campaignId = await ownCampaign()
    const reader = await follower(campaignId, { email: `busy-${Date.now()}@bao.test` })
    relay.tempFail.add(reader.email)
    const id = await publishedArticle(campaignId, 'Tin cho hộp thư đang bận')

    for (let attempt = 1; attempt <= 4; attempt += 1) {
      const before = Date.now()
      await pass()
      const after = Date.now()
      const [row] = await deliveriesOf(reader.id)
      expect(row).toMatchObject({ status: 'pending', attempts: attempt })
      expect(row!.last_error).toContain('451')
      const delay = 2 ** (attempt - 1) * MINUTE
      expect(row!.next_attempt_at!.getTime()).toBeGreaterThanOrEqual(before + delay - 1000)
      expect(row!.next_attempt_at!.getTime()).toBeLessThanOrEqual(after + delay + 1000)
      expect((await runsFor(`article-${id}-vi@v1`))[0]!.status).toBe('sending')

      // Not due yet: another pass leaves it alone.
      await pass()
      expect((await deliveriesOf(reader.id))[0]!.attempts).toBe(attempt)
      // The backoff passes.
      await query(`UPDATE deliveries SET next_attempt_at = now() - interval '1 second' WHERE id = $1`, [row!.id])
    }
    await pass()

    const [last] = await deliveriesOf(reader.id)
    expect(last).toMatchObject({ status: 'failed', attempts: 5, next_attempt_at: null })
    expect(relay.refusals.filter((line) => line === `451 ${reader.email}`)).toHaveLength(5)
    expect(mailTo(reader.email)).toHaveLength(0)
    // A temporary refusal is not a bounce.
    expect(await subscriberRow(reader.id)).toMatchObject({ status: 'active', bounce_count: 0 })
    const [run] = await runsFor(`article-${id}-vi@v1`)
    expect(run).toMatchObject({ status: 'completed' })
    expect(run!.failed).toBeGreaterThanOrEqual(1)
    relay.tempFail.delete(reader.email)
  })

  it('fails a delivery refused with 5xx at once, without retrying, and counts a bounce', async () => {
    const campaignId = await ownCampaign()
    const reader = await follower(campaignId, { email: `gone-${Date.now()}@bao.test` })
    relay.permFail.add(reader.email)
    await publishedArticle(campaignId, 'Tin cho hộp thư không tồn tại')
    await pass()
    const rows = await deliveriesOf(reader.id)
    expect(rows).toHaveLength(1)
    expect(rows[0]).toMatchObject({ status: 'failed', attempts: 1, next_attempt_at: null })
    expect(rows[0]!.last_error).toContain('550')

    // Even looking due, a failed delivery is never taken again.
    await query(`UPDATE deliveries SET next_attempt_at = now() - interval '1 second' WHERE id = $1`, [rows[0]!.id])
    await pass()
    expect((await deliveriesOf(reader.id))[0]).toMatchObject({ status: 'failed', attempts: 1 })
    expect(relay.refusals.filter((line) => line === `550 ${reader.email}`)).toHaveLength(1)
    expect(await subscriberRow(reader.id)).toMatchObject({ status: 'active', bounce_count: 1 })
  })

  it('marks a subscriber bounced after three 5xx refusals, and leaves them out of later runs', async () => {
    const campaignId = await ownCampaign()
    const reader = await follower(campaignId, { email: `dead-${Date.now()}@bao.test` })
    const neighbour = await follower(campaignId)
    relay.permFail.add(reader.email)
    for (const headline of ['Tin thứ nhất cho hộp thư chết', 'Tin thứ hai cho hộp thư chết']) {
      await publishedArticle(campaignId, headline)
      await pass()
    }
    expect(await subscriberRow(reader.id)).toMatchObject({ status: 'active', bounce_count: 2 })
    await publishedArticle(campaignId, 'Tin thứ ba cho hộp thư chết')
    await pass()
    expect(await subscriberRow(reader.id)).toMatchObject({ status: 'bounced', bounce_count: 3 })

    const later = await publishedArticle(campaignId, 'Tin sau khi bị trả lại')
    await pass()
    const rows = await deliveriesOf(reader.id)
    expect(rows.map((row) => row.status)).toEqual(['failed', 'failed', 'failed'])
    expect(rows.map((row) => row.period)).not.toContain(`article-${later}-vi@v1`)
    expect(relay.refusals.filter((line) => line === `550 ${reader.email}`)).toHaveLength(3)
    expect(mailTo(neighbour.email)).toHaveLength(4)
  })
})

describe('digests', () => {
  const oldHeadline = 'Tin đã có trong bản tin trước'
  const newHeadline = 'Tin mới đăng sau bản tin trước'
  const newestHeadline = 'Tin mới, bản đã sửa số liệu'
  const embargoedHeadline = 'Tin còn cấm đăng trong kỳ'
  const withdrawnHeadline = 'Tin đã bị gỡ trong kỳ'
  let reader: { id: number; email: string }
  let idle: { id: number; email: string }
  let twin: { id: number; email: string }
  let lastDigest: Date
  let periodEnd: Date
  let firstRun: number

  beforeAll(async () => {
    const campaignId = await ownCampaign()
    const old = await publishedArticle(campaignId, oldHeadline)
    await new Promise((resolve) => setTimeout(resolve, 20))
    lastDigest = new Date()
    await new Promise((resolve) => setTimeout(resolve, 20))
    reader = await follower(campaignId, { frequency: 'daily', lastDigestAt: lastDigest.toISOString() })
    idle = await follower(campaignId, { frequency: 'daily', lastDigestAt: lastDigest.toISOString(), contentTypes: ['briefing-pack'] })
    twin = await follower(campaignId, { frequency: 'daily', lastDigestAt: lastDigest.toISOString() })

    // An update of an old item that is not major does not bring it back.
    await publishNewVersion(old, { major: false, data: { standfirst: 'Sửa một lỗi nhỏ.' } })
    const fresh = await publishedArticle(campaignId, newHeadline)
    await publishNewVersion(fresh, { major: true, changeNote: 'Sửa số liệu.', data: { headline: newestHeadline } })
    await publishedArticle(campaignId, embargoedHeadline, { embargoUntil: new Date(Date.now() + 6 * HOUR).toISOString() })
    await withdraw(await publishedArticle(campaignId, withdrawnHeadline))

    periodEnd = new Date()
    const started = await startDueDigests(payload, periodEnd, [
      { kind: 'daily', period: unique('test-daily'), start: new Date(periodEnd.getTime() - 24 * HOUR), end: periodEnd },
    ])
    expect(started).toHaveLength(1)
    firstRun = started[0]!
    await processDeliveries(payload, { transport, runId: firstRun })
  })

  it('titles the digest run by the day it covers, as its mail does', async () => {
    const [run] = await query<{ headline: string }>('SELECT headline FROM digest_runs WHERE id = $1', [firstRun])
    expect(run!.headline).toBe(formatDate(new Date(periodEnd.getTime() - 1)))
    expect(mailTo(reader.email)[0]!.subject).toContain(run!.headline)
  })

  it('lists only what is new since the subscriber’s last digest, each item once at its newest change, nothing embargoed or withdrawn', () => {
    const mails = mailTo(reader.email)
    expect(mails).toHaveLength(1)
    const text = String(mails[0]!.text)
    expect(mails[0]!.subject).toMatch(/^Bản tin ngày/)
    expect(text.split(newestHeadline)).toHaveLength(2)
    // Its newest change was a major update, and the digest says so.
    expect(text).toContain(`[Cập nhật] ${newestHeadline}`)
    expect(text).not.toContain(newHeadline)
    expect(text).not.toContain(oldHeadline)
    expect(text).not.toContain(embargoedHeadline)
    expect(text).not.toContain(withdrawnHeadline)
    expect(String(mails[0]!.html)).not.toContain(embargoedHeadline)
  })

  it('gives subscribers with the same choices the same digest, each with their own manage and unsubscribe links', () => {
    const [mine] = mailTo(reader.email)
    const [theirs] = mailTo(twin.email)
    const links = (mail: ParsedMail) =>
      [...String(mail.text).matchAll(/\/subscriptions\/(manage|unsubscribe)\?token=([^\s"&]+)/g)].map((m) => `${m[1]} ${m[2]}`)
    const linksIn = (html: string) => [...html.matchAll(/href="[^"]*\/subscriptions\/(manage|unsubscribe)\?token=([^"&]+)"/g)].map((m) => `${m[1]} ${m[2]}`)
    for (const [mail, subscriber] of [
      [mine!, reader],
      [theirs!, twin],
    ] as const) {
      expect(
        links(mail)
          .map((link) => link.split(' ')[0])
          .sort(),
      ).toEqual(['manage', 'unsubscribe'])
      for (const link of [...links(mail), ...linksIn(String(mail.html))]) expect(link.split(' ')[1]!.startsWith(`${subscriber.id}.`)).toBe(true)
      expect(`${mail.text}${mail.html}`).not.toContain('newsroom.invalid')
    }
    const withoutLinks = (text: string) => text.replace(/token=[^\s"&]+/g, 'token=')
    expect(withoutLinks(String(theirs!.text))).toBe(withoutLinks(String(mine!.text)))
    expect(withoutLinks(String(theirs!.html))).toBe(withoutLinks(String(mine!.html)))
  })

  it('sends nothing to a daily subscriber whose interests match nothing new, and counts them suppressed', async () => {
    expect(mailTo(idle.email)).toHaveLength(0)
    const [row] = (await deliveriesOf(idle.id)).filter((delivery) => delivery.run_id === firstRun)
    expect(row).toMatchObject({ status: 'suppressed' })
    expect((await subscriberRow(idle.id)).last_digest_at?.getTime()).toBe(lastDigest.getTime())
  })

  it('moves the subscriber’s last digest to the end of the run’s period once it is sent', async () => {
    expect((await subscriberRow(reader.id)).last_digest_at?.getTime()).toBe(periodEnd.getTime())
  })

  it('suppresses the next digest when nothing new was published since', async () => {
    const end = new Date()
    const [runId] = await startDueDigests(payload, end, [{ kind: 'daily', period: unique('test-daily'), start: periodEnd, end }])
    await processDeliveries(payload, { transport, runId })

    expect(mailTo(reader.email)).toHaveLength(1)
    const [row] = (await deliveriesOf(reader.id)).filter((delivery) => delivery.run_id === runId)
    expect(row).toMatchObject({ status: 'suppressed' })
    expect(row!.last_error).toContain('nothing new')
    expect((await subscriberRow(reader.id)).last_digest_at?.getTime()).toBe(periodEnd.getTime())
  })

  it('leaves an item published after the period ended to the next digest', async () => {
    const campaignId = await ownCampaign()
    const late = await follower(campaignId, { frequency: 'daily' })
    await publishedArticle(campaignId, 'Tin đăng trong kỳ này')
    const end = new Date()
    const [runId] = await startDueDigests(payload, end, [{ kind: 'daily', period: unique('test-daily'), start: new Date(end.getTime() - 24 * HOUR), end }])
    await new Promise((resolve) => setTimeout(resolve, 20))
    await publishedArticle(campaignId, 'Tin đăng sau khi kỳ đã khép')
    await processDeliveries(payload, { transport, runId })
    expect(mailTo(late.email)).toHaveLength(1)
    expect(mailTo(late.email)[0]!.text).toContain('Tin đăng trong kỳ này')
    expect(mailTo(late.email)[0]!.text).not.toContain('Tin đăng sau khi kỳ đã khép')

    const next = new Date()
    const [nextRun] = await startDueDigests(payload, next, [{ kind: 'daily', period: unique('test-daily'), start: end, end: next }])
    await processDeliveries(payload, { transport, runId: nextRun })
    expect(mailTo(late.email)).toHaveLength(2)
    expect(mailTo(late.email)[1]!.text).toContain('Tin đăng sau khi kỳ đã khép')
    expect(mailTo(late.email)[1]!.text).not.toContain('Tin đăng trong kỳ này')
  })
})

describe('mailing runs', () => {
  it('completes every run with nothing left to send, including one with nobody to send to', async () => {
    // Every subscriber in this file follows a campaign made after that campaign was published,
    // so each campaign's own publication planned an alert run for nobody.
    await ownCampaign()
    await pass()
    const stuck = await query<{ id: number; period: string; expected: number }>(
      `SELECT r.id, r.period, r.expected::int FROM digest_runs r
        WHERE r.status = 'sending' AND NOT EXISTS (SELECT 1 FROM deliveries d WHERE d.run_id = r.id AND d.status IN ('pending', 'sending'))`,
    )
    expect(stuck).toEqual([])
  })

  it('leaves every completed run with expected = sent + failed + suppressed, matching its ledger', async () => {
    await pass()
    const runs = await query<{
      id: number
      expected: number
      sent: number
      failed: number
      suppressed: number
      ledger_total: number
      ledger_sent: number
      ledger_failed: number
      ledger_suppressed: number
      open: number
    }>(
      `SELECT r.id, r.expected::int, r.sent::int, r.failed::int, r.suppressed::int,
              count(d.id)::int AS ledger_total,
              (count(d.id) FILTER (WHERE d.status = 'sent'))::int AS ledger_sent,
              (count(d.id) FILTER (WHERE d.status = 'failed'))::int AS ledger_failed,
              (count(d.id) FILTER (WHERE d.status = 'suppressed'))::int AS ledger_suppressed,
              (count(d.id) FILTER (WHERE d.status IN ('pending', 'sending')))::int AS open
         FROM digest_runs r LEFT JOIN deliveries d ON d.run_id = r.id
        WHERE r.status = 'completed' GROUP BY r.id ORDER BY r.id`,
    )
    expect(runs.length).toBeGreaterThanOrEqual(20)
    for (const run of runs) {
      expect({ id: run.id, total: run.sent + run.failed + run.suppressed }).toEqual({ id: run.id, total: run.expected })
      expect([run.expected, run.sent, run.failed, run.suppressed, run.open]).toEqual([
        run.ledger_total,
        run.ledger_sent,
        run.ledger_failed,
        run.ledger_suppressed,
        0,
      ])
    }
  })
})
