import crypto from 'node:crypto'

import type { ParsedMail } from 'mailparser'
import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { withDeliveryErrors } from '@/delivery/api/errors'
import { poolOf } from '@/db/sql'
import { PEER_HEADER } from '@/platform/http/peerHeader'
import { handleConfirm } from '@/subscriptions/http/handleConfirm'
import { handleManageGet } from '@/subscriptions/http/handleManage'
import { handleSubscribe } from '@/subscriptions/http/handleSubscribe'
import { handleUnsubscribePost } from '@/subscriptions/http/handleUnsubscribe'
import { subscribeAccepted } from '@/subscriptions/http/subscribeLimits'
import { mintToken } from '@/subscriptions/tokens'
import { startSmtpSink, type SmtpSink } from '../helpers/smtpSink'
import { getTestPayload } from '../helpers/testPayload'

let sink: SmtpSink
let payload: Payload

beforeAll(async () => {
  sink = await startSmtpSink()
  // Set before this file's Payload instance (and the mail transport) first read it.
  process.env.SMTP_URL = `smtp://relay:relay-pass@127.0.0.1:${sink.port}`
  payload = await getTestPayload()
})

afterAll(async () => {
  await sink?.close()
  delete process.env.SMTP_URL
})

let serial = 0
const next = () => (serial += 1)
const freshAddress = (label: string) => `${label}.${next()}@toasoan.vn`

const rethrow = (error: unknown) => {
  throw error
}

/** POST /api/v1/subscriptions through the handler the route uses, each from its own client network. */
async function subscribe(email: string, now?: Date) {
  const request = new Request('http://newsroom.test/api/v1/subscriptions', {
    method: 'POST',
    headers: { 'content-type': 'application/json', [PEER_HEADER]: `2001:db8:${next().toString(16)}::1` },
    body: JSON.stringify({ email, locale: 'vi', frequency: 'daily' }),
  })
  const response = await withDeliveryErrors(() => handleSubscribe(payload, request, { now }), rethrow, request)
  return { status: response.status, text: await response.text() }
}

const recipientsOf = (mail: ParsedMail): string[] => [mail.to ?? []].flat().flatMap((to) => to.value.map((address) => String(address.address).toLowerCase()))

/** The mails to one address so far. The app answers after the relay accepted its mail, so a short pause makes a count honest. */
async function mailsTo(address: string): Promise<ParsedMail[]> {
  await new Promise((resolve) => setTimeout(resolve, 150))
  return sink.messages.filter((mail) => recipientsOf(mail).includes(address))
}

const CONFIRM_LINK = /http:\/\/newsroom\.test\/subscriptions\/confirm\?token=([A-Za-z0-9._%-]+)/

function confirmTokenOf(mail: ParsedMail): string {
  const found = String(mail.text).match(CONFIRM_LINK)?.[1]
  expect(found, 'confirm link in the mail').toBeTruthy()
  return decodeURIComponent(found!)
}

function unsubscribeUrlOf(mail: ParsedMail): string {
  // The raw header line: mailparser turns List-* headers into objects.
  const header =
    mail.headerLines
      .find((line) => line.key === 'list-unsubscribe')
      ?.line.replace(/^list-unsubscribe:\s*/i, '')
      .replace(/\r?\n[ \t]+/g, ' ') ?? ''
  const url = header.match(/<(http:\/\/newsroom\.test\/subscriptions\/unsubscribe\?token=[^>]+)>/)?.[1]
  expect(url, `List-Unsubscribe: ${header}`).toBeTruthy()
  return url!
}

async function click(token: string) {
  const response = await handleConfirm(payload, new Request(`http://newsroom.test/subscriptions/confirm?token=${encodeURIComponent(token)}`))
  const html = await response.text()
  return { status: response.status, h1: html.match(/<h1[^>]*>([^<]*)<\/h1>/)?.[1] ?? '' }
}

async function subscriberOf(email: string) {
  const { rows } = await poolOf(payload).query<{ id: number; status: string; confirm_token_hash: string | null }>(
    'SELECT id, status, confirm_token_hash FROM subscribers WHERE email = $1',
    [email],
  )
  expect(rows).toHaveLength(1)
  return rows[0]!
}

async function linkRows(subscriberId: number) {
  const { rows } = await poolOf(payload).query('SELECT * FROM subscription_confirmations WHERE subscriber_id = $1 ORDER BY created_at', [subscriberId])
  return rows as Array<{ token_hash: string; subscriber_id: number; expires_at: Date; created_at: Date }>
}

/** As if the subscriber's links had been sent that much earlier: the minute between mails is measured from the newest row. */
async function ageLinks(subscriberId: number, seconds: number) {
  await poolOf(payload).query(`UPDATE subscription_confirmations SET created_at = created_at - make_interval(secs => $2) WHERE subscriber_id = $1`, [
    subscriberId,
    seconds,
  ])
}

/** Two subscribes a minute apart, and the two confirmation mails they sent. */
async function twoMails(label: string) {
  const email = freshAddress(label)
  expect((await subscribe(email)).status).toBe(202)
  const { id } = await subscriberOf(email)
  await ageLinks(id, 61)
  expect((await subscribe(email)).status).toBe(202)
  const mails = await mailsTo(email)
  expect(mails).toHaveLength(2)
  const [first, second] = mails.map(confirmTokenOf)
  expect(first).not.toBe(second)
  return { email, id, mails, first: first!, second: second! }
}

const sha256 = (text: string) => crypto.createHash('sha256').update(text).digest('hex')
const secretOf = (token: string) => token.slice(token.indexOf('.') + 1)

describe('every confirmation link that was sent', () => {
  it('keeps the first mail’s link working after a second subscribe, confirms with it, then refuses the second link with the usual 400', async () => {
    const { email, id, first, second } = await twoMails('first')
    expect(await linkRows(id)).toHaveLength(2)

    const confirmed = await click(first)
    expect(confirmed).toEqual({ status: 200, h1: 'Đăng ký đã được xác nhận' })
    expect((await subscriberOf(email)).status).toBe('active')
    expect(await linkRows(id)).toHaveLength(0)

    // A repeated navigation of the link that was used is answered again.
    expect((await click(first)).status).toBe(200)
    expect(await click(second)).toEqual({ status: 400, h1: 'Liên kết không hợp lệ' })
    expect((await subscriberOf(email)).status).toBe('active')
  })

  it('confirms with the second link just as well, and then refuses the first', async () => {
    const { email, first, second } = await twoMails('second')
    expect((await click(second)).status).toBe(200)
    expect((await subscriberOf(email)).status).toBe('active')
    expect(await click(first)).toEqual({ status: 400, h1: 'Liên kết không hợp lệ' })
  })

  it('keeps the preferences and unsubscribe links of the first mail working after a second subscribe', async () => {
    const { email, mails } = await twoMails('manage')
    const firstUnsubscribe = unsubscribeUrlOf(mails[0]!)
    expect(firstUnsubscribe).toBe(unsubscribeUrlOf(mails[1]!))
    expect((await handleManageGet(payload, new Request(firstUnsubscribe.replace('/unsubscribe?', '/manage?')))).status).toBe(200)
    expect((await subscriberOf(email)).status).toBe('pending')
  })

  it('refuses an expired link with 410 while a newer one still confirms', async () => {
    const { email, id, first, second } = await twoMails('expired')
    await poolOf(payload).query(`UPDATE subscription_confirmations SET expires_at = now() - interval '1 minute' WHERE subscriber_id = $1 AND token_hash = $2`, [
      id,
      sha256(secretOf(first)),
    ])

    const expired = await click(first)
    expect(expired).toEqual({ status: 410, h1: 'Liên kết đã hết hạn' })
    expect((await subscriberOf(email)).status).toBe('pending')
    expect((await click(second)).status).toBe(200)
    expect((await subscriberOf(email)).status).toBe('active')
  })

  it('refuses a link on its seventh day’s end, judged by the time of the click', async () => {
    const email = freshAddress('week')
    await subscribe(email)
    const [mail] = await mailsTo(email)
    const token = confirmTokenOf(mail!)
    const [row] = await linkRows((await subscriberOf(email)).id)
    const expiresAt = new Date(row!.expires_at).getTime()
    expect(expiresAt - Date.now()).toBeGreaterThan(7 * 24 * 3600_000 - 60_000)
    const late = await handleConfirm(payload, new Request(`http://newsroom.test/subscriptions/confirm?token=${encodeURIComponent(token)}`), new Date(expiresAt))
    expect(late.status).toBe(410)
    expect((await subscriberOf(email)).status).toBe('pending')
  })

  it('confirms once when two links are clicked at the same moment: one 200, one 400, no 500', async () => {
    const { email, first, second } = await twoMails('race')
    const answers = await Promise.all([click(first), click(second)])
    expect(answers.map((answer) => answer.status).sort()).toEqual([200, 400])
    expect((await subscriberOf(email)).status).toBe('active')
  })

  it('kills every unused link when the address unsubscribes from the first mail', async () => {
    const { email, id, mails, first, second } = await twoMails('leave')
    const left = await handleUnsubscribePost(
      payload,
      new Request(unsubscribeUrlOf(mails[0]!), {
        method: 'POST',
        headers: { 'content-type': 'application/x-www-form-urlencoded' },
        body: 'List-Unsubscribe=One-Click',
      }),
    )
    expect(left.status).toBe(200)
    expect(await linkRows(id)).toHaveLength(0)
    expect((await click(first)).status).toBe(400)
    expect((await click(second)).status).toBe(400)
    expect((await subscriberOf(email)).status).toBe('unsubscribed')
  })

  it('stores each link only as the SHA-256 of its secret, beside its subscriber and a seven-day expiry', async () => {
    const { id, first, second } = await twoMails('hash')
    const rows = await linkRows(id)
    expect(rows.map((row) => row.token_hash)).toEqual([sha256(secretOf(first)), sha256(secretOf(second))])
    const stored = JSON.stringify(rows)
    for (const token of [first, second]) expect(stored).not.toContain(secretOf(token))
    // The first row was made 61 seconds older to let the second mail go.
    const lifetimes = rows.map((row) => new Date(row.expires_at).getTime() - new Date(row.created_at).getTime())
    expect(lifetimes).toEqual([7 * 24 * 3600_000 + 61_000, 7 * 24 * 3600_000])
  })
})

describe('a link sent before each link had its own row', () => {
  /** A pending subscriber whose one link lives in `confirmTokenHash`, as every mail sent before this change left it. */
  async function legacyPending(label: string, expiresInMs: number) {
    const email = freshAddress(label)
    const created = await payload.create({
      collection: 'subscribers',
      data: { email, locale: 'vi', frequency: 'daily', status: 'pending' } as never,
      overrideAccess: true,
    })
    const link = mintToken(Number(created.id))
    await payload.update({
      collection: 'subscribers',
      id: created.id,
      data: { confirmTokenHash: link.hash, confirmTokenExpiresAt: new Date(Date.now() + expiresInMs).toISOString() } as never,
      overrideAccess: true,
    })
    return { email, id: Number(created.id), token: link.token }
  }

  it('still confirms, and a link sent since then stops working', async () => {
    const old = await legacyPending('legacy', 3 * 24 * 3600_000)
    expect((await subscribe(old.email)).status).toBe(202)
    const [mail] = await mailsTo(old.email)
    const fresh = confirmTokenOf(mail!)

    expect((await click(old.token)).status).toBe(200)
    expect((await subscriberOf(old.email)).status).toBe('active')
    expect(await linkRows(old.id)).toHaveLength(0)
    expect((await click(fresh)).status).toBe(400)
  })

  it('works alongside a newer link, which may confirm instead; then the old one is refused', async () => {
    const old = await legacyPending('legacy-new', 3 * 24 * 3600_000)
    await subscribe(old.email)
    const [mail] = await mailsTo(old.email)
    expect((await click(confirmTokenOf(mail!))).status).toBe(200)
    expect((await click(old.token)).status).toBe(400)
  })

  it('answers 410 once it has expired', async () => {
    const old = await legacyPending('legacy-expired', -60_000)
    expect((await click(old.token)).status).toBe(410)
    expect((await subscriberOf(old.email)).status).toBe('pending')
  })
})

describe('a repeated subscribe within a minute', () => {
  it('sends exactly one mail, and the two answers are identical and neutral', async () => {
    const email = freshAddress('twice')
    const first = await subscribe(email)
    const second = await subscribe(email)
    expect(first.status).toBe(202)
    expect(second).toEqual(first)
    expect(JSON.parse(second.text)).toEqual(subscribeAccepted('vi'))
    expect(await mailsTo(email)).toHaveLength(1)
    expect(await linkRows((await subscriberOf(email)).id)).toHaveLength(1)
    // The answer is the one an unknown address gets.
    expect(await subscribe(freshAddress('stranger'))).toEqual(first)
  })

  it('sends one mail when three requests for a new address arrive at once', async () => {
    const email = freshAddress('burst')
    const answers = await Promise.all([subscribe(email), subscribe(email), subscribe(email)])
    for (const answer of answers) expect(answer).toEqual(answers[0])
    expect(answers[0]!.status).toBe(202)
    expect(await mailsTo(email)).toHaveLength(1)
  })

  it('sends no second mail at 59 seconds and a new one at 61, whose link works beside the first', async () => {
    const email = freshAddress('clock')
    const start = new Date()
    await subscribe(email, start)
    await subscribe(email, new Date(start.getTime() + 59_000))
    expect(await mailsTo(email)).toHaveLength(1)
    await subscribe(email, new Date(start.getTime() + 61_000))
    const mails = await mailsTo(email)
    expect(mails).toHaveLength(2)
    expect((await click(confirmTokenOf(mails[0]!))).status).toBe(200)
  })

  it('sends an active subscriber one "already subscribed" note, not two, with the same answer as anyone gets', async () => {
    const email = freshAddress('active')
    await subscribe(email)
    const [confirmation] = await mailsTo(email)
    expect((await click(confirmTokenOf(confirmation!))).status).toBe(200)

    const first = await subscribe(email)
    const second = await subscribe(email)
    expect(second).toEqual(first)
    expect(first).toEqual(await subscribe(freshAddress('someone')))
    const notes = (await mailsTo(email)).slice(1)
    expect(notes.map((mail) => mail.subject)).toEqual(['Địa chỉ email này đã được đăng ký nhận tin'])
    // A minute later the owner may be told again.
    await subscribe(email, new Date(Date.now() + 61_000))
    expect(await mailsTo(email)).toHaveLength(3)
  })
})
