import crypto from 'node:crypto'

import { simpleParser, type ParsedMail } from 'mailparser'
import type { Payload } from 'payload'
import { SMTPServer } from 'smtp-server'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { withDeliveryErrors } from '@/delivery/api/errors'
import { poolOf } from '@/db/sql'
import { PEER_HEADER } from '@/platform/http/peerHeader'
import { handleConfirm } from '@/subscriptions/http/handleConfirm'
import { handleManageGet, handleManagePost } from '@/subscriptions/http/handleManage'
import { handleSubscribe } from '@/subscriptions/http/handleSubscribe'
import { handleUnsubscribeGet, handleUnsubscribePost } from '@/subscriptions/http/handleUnsubscribe'
import { subscribeAccepted, SUBSCRIBE_LIMITS } from '@/subscriptions/http/subscribeLimits'
import { getTestPayload } from '../helpers/testPayload'

/** One message as the relay saw it: the raw source, the SMTP envelope and the parsed mail. */
type Received = { raw: string; headers: Array<[string, string]>; mailFrom: string; rcptTo: string[]; mail: ParsedMail }

/**
 * A real SMTP server on loopback that keeps each message's raw source and envelope, so a
 * test can see every header and every RCPT TO the app sent, not only what a parser makes of them.
 */
async function startRawSink() {
  const received: Received[] = []
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS', 'AUTH'],
    logger: false,
    onData(stream, session, callback) {
      const chunks: Buffer[] = []
      stream.on('data', (chunk: Buffer) => chunks.push(chunk))
      stream.on('end', () => {
        const raw = Buffer.concat(chunks).toString('utf8')
        simpleParser(raw)
          .then((mail) => {
            received.push({
              raw,
              headers: headerLinesOf(raw),
              mailFrom: session.envelope.mailFrom ? session.envelope.mailFrom.address : '',
              rcptTo: session.envelope.rcptTo.map((rcpt) => rcpt.address.toLowerCase()),
              mail,
            })
            callback()
          })
          .catch(callback)
      })
    },
  })
  const port = await new Promise<number>((resolve) => server.listen(0, '127.0.0.1', () => resolve((server.server.address() as { port: number }).port)))
  return { port, received, close: () => new Promise<void>((resolve) => server.close(() => resolve())) }
}

/** The header block of a raw message, unfolded, as [name in lower case, value] pairs. */
function headerLinesOf(raw: string): Array<[string, string]> {
  const block = raw.split(/\r?\n\r?\n/, 1)[0] ?? ''
  return block
    .replace(/\r?\n(?=[ \t])/g, '')
    .split(/\r?\n/)
    .map((line): [string, string] => {
      const colon = line.indexOf(':')
      return [line.slice(0, colon).trim().toLowerCase(), line.slice(colon + 1).trim()]
    })
}

const headerOf = (message: Received, name: string): string[] => message.headers.filter(([key]) => key === name.toLowerCase()).map(([, value]) => value)

let sink: Awaited<ReturnType<typeof startRawSink>>
let payload: Payload

beforeAll(async () => {
  sink = await startRawSink()
  // Set before this file's Payload instance (and the mail transport) first read it.
  process.env.SMTP_URL = `smtp://127.0.0.1:${sink.port}`
  payload = await getTestPayload()
})

afterAll(async () => {
  await sink?.close()
  delete process.env.SMTP_URL
})

// ---------------------------------------------------------------------------------------
// Helpers: requests through the same handlers the Next.js routes use.

let serial = 0
const next = () => {
  serial += 1
  return serial
}
/** A fresh client network (IPv6 /64) per request unless a test pins one, so the per-network limit stays out of the way. */
const freshIp = () => `2001:db8:${next().toString(16)}::1`
const freshAddress = (label: string) => `${label}.${next()}@bao.vn`

const rethrow = (error: unknown) => {
  throw error
}

type JsonAnswer = { status: number; body: any; text: string; headers: Headers }

async function postSubscription(
  body: unknown,
  options: { headers?: Record<string, string>; raw?: string | ReadableStream; now?: Date } = {},
): Promise<JsonAnswer> {
  const request = new Request('http://newsroom.test/api/v1/subscriptions', {
    method: 'POST',
    // As the app's HTTP server writes it: the TCP peer, the only address a client cannot choose.
    headers: { 'content-type': 'application/json', [PEER_HEADER]: freshIp(), ...options.headers },
    body: options.raw ?? JSON.stringify(body),
    ...(options.raw instanceof ReadableStream ? { duplex: 'half' } : {}),
  } as RequestInit)
  const response = await withDeliveryErrors(() => handleSubscribe(payload, request, { now: options.now }), rethrow, request)
  const text = await response.text()
  return { status: response.status, body: text ? JSON.parse(text) : null, text, headers: response.headers }
}

type PageAnswer = { status: number; html: string; headers: Headers }

async function page(handler: (payload: Payload, request: Request) => Promise<Response>, url: string, init: RequestInit = {}): Promise<PageAnswer> {
  const response = await handler(payload, new Request(url, init))
  return { status: response.status, html: await response.text(), headers: response.headers }
}

const formPost = (fields: Array<[string, string]>): RequestInit => ({
  method: 'POST',
  headers: { 'content-type': 'application/x-www-form-urlencoded' },
  body: new URLSearchParams(fields).toString(),
})

/** What every subscription page must be: complete, in one language, not cached, leaking no token, with no script. */
function expectCompletePage(answer: PageAnswer, lang: 'vi' | 'en') {
  expect(answer.html.startsWith('<!doctype html>')).toBe(true)
  expect(answer.html).toContain(`<html lang="${lang}">`)
  expect(answer.html.match(/<main[\s>]/g)).toHaveLength(1)
  expect(answer.html.match(/<h1[\s>]/g)).toHaveLength(1)
  expect(answer.html).toMatch(/<title>[^<]+<\/title>/)
  expect(answer.html).not.toMatch(/<script|javascript:/i)
  // Event handler attributes, looked for outside quoted values (where escaped text may say anything).
  expect(answer.html.replace(/"[^"]*"/g, '""')).not.toMatch(/\son[a-z]+=/i)
  expect(answer.headers.get('content-type')).toBe('text/html; charset=utf-8')
  expect(answer.headers.get('cache-control')).toBe('no-store')
  expect(answer.headers.get('referrer-policy')).toBe('no-referrer')
}

const h1Of = (html: string): string => html.match(/<h1[^>]*>([^<]*)<\/h1>/)?.[1] ?? ''

/** Waits for the mails to one address; after the first arrives, gives stragglers a moment so a count is honest. */
async function mailsTo(address: string, count = 1, timeoutMs = 10_000): Promise<Received[]> {
  const deadline = Date.now() + timeoutMs
  const of = () => sink.received.filter((message) => message.rcptTo.includes(address.toLowerCase()))
  while (of().length < count && Date.now() < deadline) await new Promise((resolve) => setTimeout(resolve, 25))
  await new Promise((resolve) => setTimeout(resolve, 250))
  return of()
}

const CONFIRM_LINK = /http:\/\/newsroom\.test\/subscriptions\/confirm\?token=([A-Za-z0-9._%-]+)/
const UNSUBSCRIBE_LINK = /^<(http:\/\/newsroom\.test\/subscriptions\/unsubscribe\?token=([A-Za-z0-9._%-]+))>, <mailto:[^>]+>$/

function confirmTokenOf(message: Received): string {
  const fromText = String(message.mail.text).match(CONFIRM_LINK)?.[1]
  const fromHtml = String(message.mail.html).match(CONFIRM_LINK)?.[1]
  expect(fromText, 'confirm link in the text part').toBeTruthy()
  expect(fromHtml, 'confirm link in the html part').toBe(fromText)
  return decodeURIComponent(fromText!)
}

function accessTokenOf(message: Received): { url: string; token: string } {
  const [header] = headerOf(message, 'List-Unsubscribe')
  const match = header?.match(UNSUBSCRIBE_LINK)
  expect(match, `List-Unsubscribe: ${header}`).toBeTruthy()
  return { url: match![1]!, token: decodeURIComponent(match![2]!) }
}

async function subscriberRow(email: string) {
  const found = await payload.find({
    collection: 'subscribers',
    where: { email: { equals: email.toLowerCase() } },
    overrideAccess: true,
    showHiddenFields: true,
    depth: 0,
  })
  return found.docs as unknown as Array<{
    id: number
    email: string
    status: string
    frequency: string
    locale: string
    name?: string | null
    outlet?: string | null
    topics?: number[]
    contentTypes?: string[]
    unsubscribedAt?: string | null
  }>
}

/** Subscribes, follows the confirmation link, and hands back the address and its access token. */
async function activeSubscriber(body: Record<string, unknown> = {}) {
  const email = freshAddress('active')
  const accepted = await postSubscription({ email, locale: 'vi', frequency: 'daily', ...body })
  expect(accepted.status).toBe(202)
  const [confirmation] = await mailsTo(email)
  const confirmed = await page(handleConfirm, `http://newsroom.test/subscriptions/confirm?token=${encodeURIComponent(confirmTokenOf(confirmation!))}`)
  expect(confirmed.status).toBe(200)
  const { token, url } = accessTokenOf(confirmation!)
  const [row] = await subscriberRow(email)
  return { email, token, unsubscribeUrl: url, id: row!.id }
}

async function makeTopic(vi: string, en: string) {
  const slug = `chu-de-${next()}`
  const topic = await payload.create({ collection: 'topics', data: { name: vi, slug } as never, locale: 'vi', overrideAccess: true })
  await payload.update({ collection: 'topics', id: topic.id, data: { name: en } as never, locale: 'en', overrideAccess: true })
  return { id: Number(topic.id), slug }
}

const manageUrl = (token: string) => `http://newsroom.test/subscriptions/manage?token=${encodeURIComponent(token)}`
const unsubscribeUrl = (token: string) => `http://newsroom.test/subscriptions/unsubscribe?token=${encodeURIComponent(token)}`
const confirmUrl = (token: string) => `http://newsroom.test/subscriptions/confirm?token=${encodeURIComponent(token)}`
const forgedToken = (id: number) => `${id}.${crypto.randomBytes(32).toString('base64url')}`

// ---------------------------------------------------------------------------------------

describe('POST /api/v1/subscriptions', () => {
  it('sends exactly one confirmation mail, text and html, with an absolute confirm link and one-click unsubscribe headers', async () => {
    const email = freshAddress('anh')
    const answer = await postSubscription({ email, name: 'Nguyễn Văn Anh', locale: 'vi', frequency: 'daily' })
    expect(answer.status).toBe(202)
    expect(answer.body).toEqual({
      status: 'accepted',
      message:
        'Nếu địa chỉ này nhận được thư, một thư đang được gửi tới: hãy mở đường dẫn trong thư để xác nhận. Yêu cầu lại trong vòng một phút sẽ không gửi thêm thư.',
    })
    expect(answer.headers.get('cache-control')).toBe('no-store')

    const mails = await mailsTo(email)
    expect(mails).toHaveLength(1)
    const [message] = mails
    expect(message!.rcptTo).toEqual([email])
    expect(message!.mail.subject).toBe('Xác nhận đăng ký nhận tin')
    expect(String(message!.mail.text)).toContain('http://newsroom.test/subscriptions/confirm?token=')
    expect(String(message!.mail.html)).toContain('http://newsroom.test/subscriptions/confirm?token=')
    confirmTokenOf(message!)
    expect(message!.raw).toMatch(/Content-Type: multipart\/alternative/i)
    expect(message!.raw).toMatch(/Content-Type: text\/plain/i)
    expect(message!.raw).toMatch(/Content-Type: text\/html/i)
    accessTokenOf(message!)
    expect(headerOf(message!, 'List-Unsubscribe')[0]).toMatch(/, <mailto:[^@>]+@[^>]+\?subject=unsubscribe%20/)
    expect(headerOf(message!, 'List-Unsubscribe-Post')).toEqual(['List-Unsubscribe=One-Click'])

    const [row] = await subscriberRow(email)
    expect(row).toMatchObject({ status: 'pending', name: 'Nguyễn Văn Anh', locale: 'vi', frequency: 'daily' })
  })

  it('makes the subscriber active when the link is followed, links to the preferences, says so again on a second visit, and refuses the link once unsubscribed', async () => {
    const email = freshAddress('binh')
    await postSubscription({ email, locale: 'vi', frequency: 'weekly' })
    const [message] = await mailsTo(email)
    const token = confirmTokenOf(message!)

    const confirmed = await page(handleConfirm, confirmUrl(token))
    expect(confirmed.status).toBe(200)
    expectCompletePage(confirmed, 'vi')
    expect(h1Of(confirmed.html)).toBe('Đăng ký đã được xác nhận')
    const [row] = await subscriberRow(email)
    expect(row!.status).toBe('active')

    // The preferences link on the page is the one the mails carry, and it opens the form.
    const manageHref = confirmed.html.match(/href="(\/subscriptions\/manage\?token=[^"]+)"/)?.[1]
    expect(manageHref).toBe(`/subscriptions/manage?token=${encodeURIComponent(accessTokenOf(message!).token)}`)
    expect((await page(handleManageGet, `http://newsroom.test${manageHref}`)).status).toBe(200)

    // Browsers repeat navigations (Critical-CH) and people click twice: the same answer.
    const again = await page(handleConfirm, confirmUrl(token))
    expect(again.status).toBe(200)
    expect(h1Of(again.html)).toBe('Đăng ký đã được xác nhận')
    expect((await subscriberRow(email))[0]!.status).toBe('active')

    await page(handleUnsubscribePost, `http://newsroom.test/subscriptions/unsubscribe?token=${encodeURIComponent(accessTokenOf(message!).token)}`, {
      method: 'POST',
      body: 'List-Unsubscribe=One-Click',
      headers: { 'Content-Type': 'application/x-www-form-urlencoded' },
    })
    const afterLeaving = await page(handleConfirm, confirmUrl(token))
    expect(afterLeaving.status).toBe(400)
    expect((await subscriberRow(email))[0]!.status).toBe('unsubscribed')
  })

  it('answers 410 with the way to subscribe again when the link is more than seven days old', async () => {
    const email = freshAddress('chi')
    await postSubscription({ email, locale: 'en', frequency: 'daily' })
    const [message] = await mailsTo(email)
    const [row] = await subscriberRow(email)
    await poolOf(payload).query(`UPDATE subscription_confirmations SET expires_at = now() - interval '1 minute' WHERE subscriber_id = $1`, [row!.id])

    const expired = await page(handleConfirm, confirmUrl(confirmTokenOf(message!)))
    expect(expired.status).toBe(410)
    expectCompletePage(expired, 'en')
    expect(h1Of(expired.html)).toBe('This link has expired')
    expect(expired.html).toContain('subscribe again')
    expect(expired.html).toContain('href="http://newsroom.test/"')
    expect((await subscriberRow(email))[0]!.status).toBe('pending')
  })

  it('answers 400 to a forged, mangled, missing or someone else’s confirmation token', async () => {
    const email = freshAddress('dung')
    await postSubscription({ email, locale: 'vi', frequency: 'daily' })
    const [message] = await mailsTo(email)
    const real = confirmTokenOf(message!)
    const [row] = await subscriberRow(email)
    const other = await activeSubscriber()

    const secret = real.slice(real.indexOf('.') + 1)
    for (const token of [
      forgedToken(row!.id),
      `${other.id}.${secret}`,
      `${row!.id}.${secret.slice(0, -1)}`,
      'abc',
      `${row!.id}`,
      '',
      `${row!.id}.${secret}x`,
    ]) {
      const answer = await page(handleConfirm, confirmUrl(token))
      expect(answer.status, token).toBe(400)
      expectCompletePage(answer, 'vi')
      expect(h1Of(answer.html)).toBe('Liên kết không hợp lệ')
    }
    expect((await page(handleConfirm, 'http://newsroom.test/subscriptions/confirm')).status).toBe(400)
    // A browser that prefers English gets the same answer in English.
    const english = await page(handleConfirm, confirmUrl(forgedToken(row!.id)), { headers: { 'accept-language': 'en-GB,en;q=0.9,vi;q=0.5' } })
    expectCompletePage(english, 'en')
    expect((await subscriberRow(email))[0]!.status).toBe('pending')
    // The real link still works after all that.
    expect((await page(handleConfirm, confirmUrl(real))).status).toBe(200)
  })

  it('keeps one row for an address whatever its case, answers the identical 202, and the newest link confirms', async () => {
    const email = freshAddress('anh')
    const first = await postSubscription({ email, locale: 'vi', frequency: 'daily' })
    const shouted = email.replace('anh', 'ANH').replace('@bao.vn', '@Bao.VN')
    expect(shouted).not.toBe(email)
    // Past the minute in which a repeat sends nothing.
    const second = await postSubscription({ email: `  ${shouted} `, locale: 'vi', frequency: 'daily' }, { now: new Date(Date.now() + 61_000) })

    expect(second.status).toBe(first.status)
    expect(second.text).toBe(first.text)
    expect(second.body).toEqual(subscribeAccepted('vi'))
    expect(second.body.message).toMatch(/^Nếu địa chỉ này nhận được thư/)
    const inEnglish = await postSubscription({ email, locale: 'vi', frequency: 'daily' }, { headers: { 'accept-language': 'en' } })
    expect(inEnglish.body).toEqual(subscribeAccepted('en'))
    expect(inEnglish.body.message).toMatch(/^If the address can receive mail/)
    const { rows } = await poolOf(payload).query('SELECT id FROM subscribers WHERE lower(email) = $1', [email])
    expect(rows).toHaveLength(1)

    const mails = await mailsTo(email, 2)
    expect(mails).toHaveLength(2)
    expect((await page(handleConfirm, confirmUrl(confirmTokenOf(mails[1]!)))).status).toBe(200)
  })

  it('sends an active address an "already subscribed" note instead of a confirmation, with the identical 202, and changes nothing', async () => {
    const { email } = await activeSubscriber({ frequency: 'weekly', name: 'Chị Lan' })
    const before = sink.received.filter((message) => message.rcptTo.includes(email)).length
    const fresh = await postSubscription({ email: freshAddress('new'), locale: 'vi', frequency: 'daily' })

    const again = await postSubscription({ email: email.toUpperCase(), locale: 'en', frequency: 'immediate', name: 'Someone else' })
    expect(again.status).toBe(202)
    expect(again.text).toBe(fresh.text)

    const mails = await mailsTo(email, before + 1)
    expect(mails).toHaveLength(before + 1)
    const note = mails[mails.length - 1]!
    // In the subscriber's own language, not the language of whoever asked.
    expect(note.mail.subject).toBe('Địa chỉ email này đã được đăng ký nhận tin')
    expect(String(note.mail.text)).not.toMatch(CONFIRM_LINK)
    expect(String(note.mail.text)).toContain('http://newsroom.test/subscriptions/manage?token=')
    expect(headerOf(note, 'List-Unsubscribe-Post')).toEqual(['List-Unsubscribe=One-Click'])
    const [row] = await subscriberRow(email)
    expect(row).toMatchObject({ status: 'active', frequency: 'weekly', locale: 'vi', name: 'Chị Lan' })
  })

  it('answers an active subscriber a press officer added by hand (no token yet) like any other, and gives them a working link', async () => {
    const email = freshAddress('by-hand')
    await payload.create({ collection: 'subscribers', data: { email, locale: 'en', frequency: 'daily', status: 'active' } as never, overrideAccess: true })
    const fresh = await postSubscription({ email: freshAddress('other'), locale: 'vi', frequency: 'daily' })
    const answer = await postSubscription({ email, locale: 'vi', frequency: 'daily' })
    expect(answer.status).toBe(202)
    expect(answer.text).toBe(fresh.text)
    const [note] = await mailsTo(email, 1)
    expect(note!.mail.subject).toBe('This email address is already subscribed')
    const { url } = accessTokenOf(note!)
    const manage = await page(handleManageGet, url)
    expect(manage.status).toBe(200)
  })

  it('answers 400 naming the field for a bad address, locale, frequency, slug or body, and neither stores nor sends anything', async () => {
    const topic = await makeTopic('Bắt nạt trên mạng', 'Cyberbullying')
    const email = freshAddress('loi')
    const cases: Array<[unknown, string]> = [
      [{ email: 'not-an-address', locale: 'vi', frequency: 'daily' }, 'email'],
      [{ email: `${email}\r\nBcc: evil@x.test`, locale: 'vi', frequency: 'daily' }, 'email'],
      [{ email, locale: 'fr', frequency: 'daily' }, 'locale'],
      [{ email, locale: 'vi', frequency: 'monthly' }, 'frequency'],
      [{ email, locale: 'vi', frequency: 'daily', topics: [topic.slug, 'khong-ton-tai'] }, 'topics'],
      [{ email, locale: 'vi', frequency: 'daily', topics: ['Not a slug'] }, 'topics'],
      [{ email, locale: 'vi', frequency: 'daily', campaigns: ['chien-dich-khong-co'] }, 'campaigns'],
      [{ email, locale: 'vi', frequency: 'daily', contentTypes: ['video'] }, 'contentTypes'],
      [[email], 'body'],
    ]
    for (const [body, field] of cases) {
      const answer = await postSubscription(body)
      expect(answer.status, JSON.stringify(body)).toBe(400)
      expect(answer.body.error).toMatchObject({ code: 'invalid_parameter', field })
      expect(answer.body.error.message.length).toBeGreaterThan(10)
    }
    for (const raw of ['{"email":', 'email=anh@bao.vn', '']) {
      const answer = await postSubscription(null, { raw })
      expect(answer.status, raw).toBe(400)
      expect(answer.body.error).toMatchObject({ code: 'invalid_parameter', field: 'body' })
    }
    const unknownTopic = { email, locale: 'vi', frequency: 'daily', topics: ['khong-ton-tai'] }
    expect((await postSubscription(unknownTopic)).body.error.message).toBe('Không có chủ đề "khong-ton-tai".')
    expect((await postSubscription(unknownTopic, { headers: { 'accept-language': 'en' } })).body.error).toEqual({
      code: 'invalid_parameter',
      field: 'topics',
      message: 'Unknown topic "khong-ton-tai".',
    })
    expect(await subscriberRow(email)).toHaveLength(0)
    expect(await mailsTo(email, 1, 300)).toHaveLength(0)
    expect((await postSubscription({ email, locale: 'vi', frequency: 'daily', topics: [topic.slug] })).status).toBe(202)
  })

  it('answers 429 with Retry-After on the sixth request for one address within the hour, from whatever client address', async () => {
    const email = freshAddress('limit')
    const now = new Date(Math.floor(Date.now() / 3_600_000) * 3_600_000 + 60_000)
    for (let i = 0; i < 5; i += 1) {
      const answer = await postSubscription({ email: i % 2 ? email.toUpperCase() : email, locale: 'vi', frequency: 'daily' }, { now })
      expect(answer.status, `request ${i + 1}`).toBe(202)
    }
    const limited = await postSubscription({ email, locale: 'vi', frequency: 'daily' }, { now })
    expect(limited.status).toBe(429)
    expect(limited.body.error.code).toBe('rate_limited')
    expect(limited.headers.get('retry-after')).toBe(String(3600 - 60))
    expect(limited.headers.get('cache-control')).toBe('no-store')
    // Said in the reader's language: Vietnamese unless the page or client asks for English.
    expect(limited.body.error.message).toBe('Địa chỉ email này đã được yêu cầu đăng ký quá nhiều lần trong một giờ qua. Vui lòng thử lại sau 59 phút.')
    const inEnglish = await postSubscription({ email, locale: 'vi', frequency: 'daily' }, { now, headers: { 'accept-language': 'en-GB,en;q=0.9,vi;q=0.5' } })
    expect(inEnglish.body.error.message).toBe('Too many subscription requests for this email address in the last hour. Please try again in 59 minutes.')
    // The limit is the address's, not everyone's.
    expect((await postSubscription({ email: freshAddress('other'), locale: 'vi', frequency: 'daily' }, { now })).status).toBe(202)
    // All five came within one minute: the first sent the only mail.
    expect(await mailsTo(email, 1)).toHaveLength(1)
  })

  it('answers 429 once one client address has sent its hourly requests, whatever X-Forwarded-For it claims', async () => {
    const now = new Date(Math.floor(Date.now() / 3_600_000) * 3_600_000 + 120_000)
    // Malformed bodies count too, and send no mail. Without TRUST_PROXY a forged header changes nothing.
    for (let i = 0; i < SUBSCRIBE_LIMITS.perIpPerHour; i += 1) {
      const headers = { [PEER_HEADER]: '203.0.113.7', 'x-forwarded-for': `198.51.100.${i % 250}` }
      expect((await postSubscription(null, { raw: '{', headers, now })).status, `request ${i + 1}`).toBe(400)
    }
    const limited = await postSubscription(
      { email: freshAddress('ip'), locale: 'vi', frequency: 'daily' },
      { headers: { [PEER_HEADER]: '203.0.113.7', 'x-forwarded-for': '198.51.100.251' }, now },
    )
    expect(limited.status).toBe(429)
    expect(limited.body.error.code).toBe('rate_limited')
    expect(Number(limited.headers.get('retry-after'))).toBe(3600 - 120)
    // Another client address is not held back.
    expect((await postSubscription(null, { raw: '{', headers: { [PEER_HEADER]: '203.0.113.8' }, now })).status).toBe(400)
  })

  it('lets 100 journalists behind one newsroom address subscribe within the hour', async () => {
    const now = new Date(Math.floor(Date.now() / 3_600_000) * 3_600_000 + 180_000)
    const newsroom = { [PEER_HEADER]: '192.0.2.44' }
    for (let i = 0; i < 100; i += 1) {
      const answer = await postSubscription({ email: freshAddress(`newsroom${i}`), locale: 'vi', frequency: 'weekly' }, { headers: newsroom, now })
      expect(answer.status, `journalist ${i + 1}: ${answer.text}`).toBe(202)
    }
  })

  it('refuses a body over 10 KB with 413, whether or not it declares its length', async () => {
    const big = JSON.stringify({ email: freshAddress('big'), locale: 'vi', frequency: 'daily', name: 'x'.repeat(11 * 1024) })
    const streamed = await postSubscription(null, { raw: big })
    expect(streamed.status).toBe(413)
    expect(streamed.body.error.code).toBe('payload_too_large')
    const declared = await postSubscription(null, { raw: big, headers: { 'content-length': String(Buffer.byteLength(big)) } })
    expect(declared.status).toBe(413)
    const chunks = new ReadableStream<Uint8Array>({
      start(controller) {
        for (let i = 0; i < 12; i += 1) controller.enqueue(new TextEncoder().encode(' '.repeat(1024)))
        controller.close()
      },
    })
    expect((await postSubscription(null, { raw: chunks })).status).toBe(413)
    // Just under the limit is read (and refused for what it says, not for its size).
    expect((await postSubscription(null, { raw: ' '.repeat(10 * 1024 - 2) + '{}' })).status).toBe(400)
  })

  it('never lets a line break in the name reach a header: no Bcc, and the relay is asked for the subscriber alone', async () => {
    const email = freshAddress('header')
    expect((await postSubscription({ email, name: 'Anh\r\nBcc: evil@x.test', outlet: 'VNN\nCc: evil@x.test', locale: 'vi', frequency: 'daily' })).status).toBe(
      202,
    )
    const [message] = await mailsTo(email)
    expect(message!.rcptTo).toEqual([email])
    expect(sink.received.flatMap((received) => received.rcptTo)).not.toContain('evil@x.test')
    expect(message!.headers.map(([name]) => name)).not.toContain('bcc')
    expect(message!.headers.map(([name]) => name)).not.toContain('cc')
    expect(message!.headers.filter(([, value]) => value.includes('evil@x.test'))).toEqual([])
    expect(message!.mail.bcc).toBeUndefined()
    expect(String(message!.mail.text)).toContain('Anh Bcc: evil@x.test')
    expect((await subscriberRow(email))[0]!.name).toBe('Anh Bcc: evil@x.test')
  })

  it('stores the confirmation and access tokens only as hashes, and the access token sealed', async () => {
    const email = freshAddress('hash')
    await postSubscription({ email, locale: 'vi', frequency: 'daily' })
    const [message] = await mailsTo(email)
    const confirmToken = confirmTokenOf(message!)
    const { token: accessToken } = accessTokenOf(message!)
    const secretOf = (token: string) => token.slice(token.indexOf('.') + 1)

    const { rows } = await poolOf(payload).query('SELECT * FROM subscribers WHERE email = $1', [email])
    expect(rows).toHaveLength(1)
    const stored = JSON.stringify(rows[0])
    for (const secret of [confirmToken, accessToken, secretOf(confirmToken), secretOf(accessToken)]) expect(stored).not.toContain(secret)
    const sha256 = (text: string) => crypto.createHash('sha256').update(text).digest('hex')
    // Each confirmation link has its own row (tests/int/subscriptionConfirmLinks.int.spec.ts).
    expect(rows[0].confirm_token_hash).toBeNull()
    const links = await poolOf(payload).query('SELECT token_hash FROM subscription_confirmations WHERE subscriber_id = $1', [rows[0].id])
    expect(links.rows).toEqual([{ token_hash: sha256(secretOf(confirmToken)) }])
    expect(rows[0].access_token_hash).toBe(sha256(secretOf(accessToken)))
    expect(rows[0].access_token_sealed).toMatch(/^[0-9a-f]+$/)
  })
})

describe('the preferences page', () => {
  it('shows a form with every topic named in the subscriber’s language and the stored choices ticked', async () => {
    const online = await makeTopic('An toàn trên mạng', 'Online safety')
    const privacy = await makeTopic('Quyền riêng tư của trẻ', 'Children’s privacy')
    const { token, email } = await activeSubscriber({
      locale: 'en',
      frequency: 'weekly',
      name: 'Anh',
      outlet: 'VietNamNet',
      topics: [online.slug],
      contentTypes: ['article'],
    })

    const answer = await page(handleManageGet, manageUrl(token))
    expect(answer.status).toBe(200)
    expectCompletePage(answer, 'en')
    expect(h1Of(answer.html)).toBe('Your email preferences')
    expect(answer.html).toContain(email)
    expect(answer.html).toContain(`<form accept-charset="utf-8" action="/subscriptions/manage?token=${encodeURIComponent(token)}" method="post">`)
    expect(answer.html).toMatch(/<label for="field-name">Name<\/label>\s*<input type="text" id="field-name" [^>]*name="name" value="Anh"/)
    expect(answer.html).toContain('name="outlet" value="VietNamNet"')
    expect(answer.html).toContain('<input type="radio" name="locale" checked="" value="en"/>')
    expect(answer.html).toContain('<input type="radio" name="frequency" checked="" value="weekly"/>')
    expect(answer.html).toContain(`<input type="checkbox" name="topics" checked="" value="${online.slug}"/>Online safety</label>`)
    expect(answer.html).toContain(`<input type="checkbox" name="topics" value="${privacy.slug}"/>Children’s privacy</label>`)
    expect(answer.html).toContain('<input type="checkbox" name="contentTypes" checked="" value="article"/>Articles</label>')
    expect(answer.html).toContain('<input type="checkbox" name="contentTypes" value="briefing-pack"/>Briefing packs</label>')
    expect(answer.html.match(/<legend>/g)!.length).toBeGreaterThanOrEqual(4)
    expect(answer.html).toContain(`href="/subscriptions/unsubscribe?token=${encodeURIComponent(token)}"`)
  })

  it('saves a new frequency, topics, language and types posted from the form, and clears an emptied outlet', async () => {
    const online = await makeTopic('Lừa đảo trực tuyến', 'Online scams')
    const privacy = await makeTopic('Dữ liệu cá nhân', 'Personal data')
    const { token, email, id } = await activeSubscriber({ locale: 'en', frequency: 'daily', outlet: 'Tuổi Trẻ', topics: [online.slug] })

    const saved = await page(
      handleManagePost,
      manageUrl(token),
      formPost([
        ['name', 'Trần Thị Bình'],
        ['outlet', ''],
        ['locale', 'vi'],
        ['frequency', 'weekly'],
        ['topics', privacy.slug],
        ['topics', online.slug],
        ['contentTypes', 'briefing-pack'],
      ]),
    )
    expect(saved.status).toBe(200)
    expectCompletePage(saved, 'vi')
    expect(h1Of(saved.html)).toBe('Đã lưu tùy chọn')

    const [row] = await subscriberRow(email)
    expect(row).toMatchObject({ id, status: 'active', frequency: 'weekly', locale: 'vi', name: 'Trần Thị Bình', outlet: null, contentTypes: ['briefing-pack'] })
    expect([...row!.topics!].sort()).toEqual([online.id, privacy.id].sort())

    // Unticking every topic means every topic again.
    await page(
      handleManagePost,
      manageUrl(token),
      formPost([
        ['locale', 'vi'],
        ['frequency', 'weekly'],
      ]),
    )
    expect((await subscriberRow(email))[0]).toMatchObject({ topics: [], contentTypes: [], name: null })
  })

  it('answers 400 with the form again, the field named and marked, when a value is wrong, and saves nothing', async () => {
    const { token, email } = await activeSubscriber({ frequency: 'daily' })
    const bad = await page(
      handleManagePost,
      manageUrl(token),
      formPost([
        ['name', 'Lan'],
        ['locale', 'vi'],
        ['frequency', 'monthly'],
      ]),
    )
    expect(bad.status).toBe(400)
    expectCompletePage(bad, 'vi')
    expect(bad.html).toMatch(/<div class="error" id="form-error" role="alert">[\s\S]*Tần suất/)
    expect(bad.html).toContain('<a href="#field-frequency">')
    expect(bad.html).toMatch(/<fieldset id="field-frequency" aria-invalid="true"/)
    expect(bad.html).toContain('value="Lan"')

    const unknownTopic = await page(
      handleManagePost,
      manageUrl(token),
      formPost([
        ['locale', 'vi'],
        ['frequency', 'weekly'],
        ['topics', 'khong-co-chu-de-nay'],
      ]),
    )
    expect(unknownTopic.status).toBe(400)
    expect(unknownTopic.html).toContain('<a href="#field-topics">')
    const badLocale = await page(
      handleManagePost,
      manageUrl(token),
      formPost([
        ['locale', 'fr'],
        ['frequency', 'weekly'],
      ]),
    )
    expect(badLocale.status).toBe(400)
    expect(badLocale.html).toContain('<a href="#field-locale">')
    expect((await subscriberRow(email))[0]).toMatchObject({ frequency: 'daily', locale: 'vi', name: null })
  })

  it('escapes HTML typed into the name and outlet', async () => {
    const name = '<script>alert(1)</script>"><img src=x onerror=alert(2)>'
    const { token } = await activeSubscriber({ name, outlet: "Báo 'A' & <b>B</b>" })
    const answer = await page(handleManageGet, manageUrl(token))
    expect(answer.status).toBe(200)
    expectCompletePage(answer, 'vi')
    expect(answer.html).not.toContain('<script')
    expect(answer.html).not.toContain('<img')
    expect(answer.html).not.toContain('<b>B</b>')
    expect(answer.html).toContain('value="&lt;script&gt;alert(1)&lt;/script&gt;&quot;&gt;&lt;img src=x onerror=alert(2)&gt;"')
    expect(answer.html).toContain('value="Báo &#x27;A&#x27; &amp; &lt;b&gt;B&lt;/b&gt;"')
  })

  it('answers 400 to a forged, mangled or missing token, and a forged POST changes nothing', async () => {
    const { id, email } = await activeSubscriber({ frequency: 'daily' })
    for (const url of [manageUrl(forgedToken(id)), manageUrl('x'), 'http://newsroom.test/subscriptions/manage']) {
      const answer = await page(handleManageGet, url)
      expect(answer.status, url).toBe(400)
      expectCompletePage(answer, 'vi')
    }
    const forged = await page(
      handleManagePost,
      manageUrl(forgedToken(id)),
      formPost([
        ['locale', 'en'],
        ['frequency', 'weekly'],
      ]),
    )
    expect(forged.status).toBe(400)
    expect((await subscriberRow(email))[0]).toMatchObject({ frequency: 'daily', locale: 'vi' })
  })
})

describe('unsubscribing', () => {
  it('shows one button that posts back on GET, and unsubscribes no one', async () => {
    const { token, email } = await activeSubscriber({ locale: 'en' })
    for (let i = 0; i < 2; i += 1) {
      const answer = await page(handleUnsubscribeGet, unsubscribeUrl(token))
      expect(answer.status).toBe(200)
      expectCompletePage(answer, 'en')
      expect(answer.html.match(/<button/g)).toHaveLength(1)
      expect(answer.html).toContain(`<form action="/subscriptions/unsubscribe?token=${encodeURIComponent(token)}" method="post">`)
      expect(answer.html).toContain(email)
    }
    expect((await subscriberRow(email))[0]!.status).toBe('active')
  })

  it('unsubscribes on the one-click POST a mail client sends to the List-Unsubscribe link, and stays unsubscribed', async () => {
    const { email, unsubscribeUrl: oneClick } = await activeSubscriber()
    const answer = await page(handleUnsubscribePost, oneClick, formPost([['List-Unsubscribe', 'One-Click']]))
    expect(answer.status).toBe(200)
    expectCompletePage(answer, 'vi')
    expect(h1Of(answer.html)).toBe('Bạn đã huỷ đăng ký')
    const [row] = await subscriberRow(email)
    expect(row!.status).toBe('unsubscribed')
    expect(row!.unsubscribedAt).toBeTruthy()

    // Any body, or none, is accepted; a second click is harmless.
    expect((await page(handleUnsubscribePost, oneClick, { method: 'POST', body: 'whatever\u0000' })).status).toBe(200)
    expect((await page(handleUnsubscribePost, oneClick, { method: 'POST' })).status).toBe(200)
    const after = await page(handleUnsubscribeGet, oneClick)
    expect(after.status).toBe(200)
    expect(after.html).not.toContain('<button')
    expect((await subscriberRow(email))[0]!.status).toBe('unsubscribed')

    // Subscribing again starts over with a new confirmation.
    expect((await postSubscription({ email, locale: 'vi', frequency: 'daily' })).status).toBe(202)
    const mails = await mailsTo(email, 2)
    expect(mails[mails.length - 1]!.mail.subject).toBe('Xác nhận đăng ký nhận tin')
    expect((await subscriberRow(email))[0]!.status).toBe('pending')
  })

  it('answers 400 to a forged or confirmation token on GET and POST, and unsubscribes no one', async () => {
    const email = freshAddress('giau')
    await postSubscription({ email, locale: 'vi', frequency: 'daily' })
    const [message] = await mailsTo(email)
    const confirmToken = confirmTokenOf(message!)
    const [row] = await subscriberRow(email)
    for (const token of [forgedToken(row!.id), confirmToken, 'nope']) {
      expect((await page(handleUnsubscribeGet, unsubscribeUrl(token))).status, token).toBe(400)
      const posted = await page(handleUnsubscribePost, unsubscribeUrl(token), formPost([['List-Unsubscribe', 'One-Click']]))
      expect(posted.status, token).toBe(400)
      expectCompletePage(posted, 'vi')
    }
    expect((await subscriberRow(email))[0]!.status).toBe('pending')
  })
})
