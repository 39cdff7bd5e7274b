import { createHmac } from 'node:crypto'

import { createLocalReq, initTransaction, killTransaction, type Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { liftDueEmbargoes } from '@/delivery/changes/liftDueEmbargoes'
import { poolOf, sqlFor } from '@/db/sql'
import { sendDueWebhooks } from '@/delivery/webhooks/sendDueWebhooks'
import { verifyWebhookSignature } from '@/delivery/webhooks/signWebhook'
import { makeCampaign, publishForTest } from '../helpers/content'
import { makeAgency, type AgencyOptions } from '../helpers/delivery'
import { login, rest } from '../helpers/rest'
import { getTestPayload } from '../helpers/testPayload'
import { makeStaff } from '../helpers/users'
import { startWebhookReceiver, type ReceivedWebhook, type WebhookReceiver } from '../helpers/webhookReceiver'

let payload: Payload
let receiver: WebhookReceiver
let campaignId: number
/** Every agency this file makes: switched off afterwards so later files do not post to a closed receiver. */
const agencyIds: number[] = []

const minute = 60_000
const hour = 60 * minute

type LedgerRow = {
  id: number
  event: string
  itemId: string
  status: 'pending' | 'sending' | 'delivered' | 'failed'
  attempts: number
  responseCode?: number | null
  lastError?: string | null
  nextAttemptAt?: string | null
  deliveredAt?: string | null
  change: number
}

/** The ledger rows of one agency, oldest first. */
async function ledgerOf(agencyId: number): Promise<LedgerRow[]> {
  const found = await payload.find({
    collection: 'webhook-deliveries',
    where: { agency: { equals: agencyId } },
    sort: 'id',
    depth: 0,
    limit: 100,
    overrideAccess: true,
  })
  return found.docs as unknown as LedgerRow[]
}

async function onlyRowOf(agencyId: number): Promise<LedgerRow> {
  const rows = await ledgerOf(agencyId)
  expect(rows).toHaveLength(1)
  return rows[0]!
}

/** Makes a ledger row due now, as if its backoff had passed. */
async function forceDue(deliveryId: number): Promise<void> {
  await poolOf(payload).query(`UPDATE webhook_deliveries SET next_attempt_at = now() - interval '1 second' WHERE id = $1`, [deliveryId])
}

/** An agency whose webhook points at its own path on the receiver. */
async function hookAgency(path: string, options: AgencyOptions = {}) {
  const made = await makeAgency(payload, { webhookUrl: receiver.url(path), name: `Webhook agency ${path}`, ...options })
  agencyIds.push(made.agency.id)
  return made.agency
}

async function secretOf(agencyId: number): Promise<string> {
  const agency = (await payload.findByID({ collection: 'agencies', id: agencyId, overrideAccess: true })) as { webhookSecret?: string | null }
  return String(agency.webhookSecret ?? '')
}

async function makeArticle(headline: string, extra: Record<string, unknown> = {}) {
  return payload.create({ collection: 'articles', data: { headline, campaign: campaignId, ...extra } as never, overrideAccess: true, draft: true })
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

const bodyOf = (hit: ReceivedWebhook) => JSON.parse(hit.body) as { event: string; occurredAt: string; item: Record<string, any> }

const header = (hit: ReceivedWebhook, name: string) => {
  const value = hit.headers[name.toLowerCase()]
  return Array.isArray(value) ? value.join(',') : value
}

beforeAll(async () => {
  payload = await getTestPayload()
  receiver = await startWebhookReceiver()
  const campaign = await makeCampaign(payload, `Chiến dịch webhook ${Date.now()}`)
  await publishForTest(payload, 'campaigns', campaign.id)
  campaignId = campaign.id
})

afterAll(async () => {
  if (payload && agencyIds.length > 0) await poolOf(payload).query('UPDATE agencies SET active = false WHERE id = ANY($1)', [agencyIds])
  await receiver?.close()
})

describe('webhook deliveries to press agencies', () => {
  it('posts item.published with the ninjs item, signed with the agency secret, when an article is published', async () => {
    const path = '/published'
    const agency = await hookAgency(path)
    const article = await makeArticle('Giữ an toàn cho trẻ em trên mạng')
    await publishForTest(payload, 'articles', article.id)
    await sendDueWebhooks(payload)

    const hits = receiver.hitsOn(path)
    expect(hits).toHaveLength(1)
    const hit = hits[0]!
    expect(hit.method).toBe('POST')
    expect(header(hit, 'content-type')).toBe('application/json')
    expect(header(hit, 'x-newsroom-event')).toBe('item.published')

    const body = bodyOf(hit)
    expect(Object.keys(body).sort()).toEqual(['event', 'item', 'occurredAt'])
    expect(body.event).toBe('item.published')
    expect(body.item.uri).toBe(`urn:newsroom:article:${article.id}:vi`)
    expect(body.item.pubStatus).toBe('usable')
    expect(body.item.version).toBe('1')
    expect(body.item.headlines[0].value).toBe('Giữ an toàn cho trẻ em trên mạng')
    expect(body.item).not.toHaveProperty('embargoedUntil')

    // The body carries exactly what the change log holds for this change.
    const row = await onlyRowOf(agency.id)
    const { rows: changes } = await poolOf(payload).query<{ occurred_at: Date; ninjs: unknown }>(
      'SELECT occurred_at, ninjs FROM delivery_changes WHERE id = $1',
      [row.change],
    )
    expect(body.occurredAt).toBe(changes[0]!.occurred_at.toISOString())
    expect(body.item).toEqual(changes[0]!.ninjs)

    const secret = await secretOf(agency.id)
    expect(secret).toMatch(/^whsec_/)
    const signature = header(hit, 'x-newsroom-signature')
    expect(verifyWebhookSignature({ secret, body: hit.body, header: signature })).toBe(true)
    expect(verifyWebhookSignature({ secret: `${secret}x`, body: hit.body, header: signature })).toBe(false)
    expect(verifyWebhookSignature({ secret, body: hit.body.replace('item.published', 'item.withdrawn'), header: signature })).toBe(false)

    // Checked independently of signWebhook.ts: HMAC-SHA256 of "<t>.<raw body>".
    const parts = /^t=(\d+),v1=([0-9a-f]{64})$/.exec(signature ?? '')
    expect(parts).not.toBeNull()
    const [, t, v1] = parts!
    expect(Math.abs(Number(t) - Date.now() / 1000)).toBeLessThan(60)
    expect(createHmac('sha256', secret).update(`${t}.${hit.body}`).digest('hex')).toBe(v1)

    expect(header(hit, 'x-newsroom-delivery')).toBe(String(row.id))
    expect(row).toMatchObject({ event: 'item.published', itemId: `article-${article.id}-vi`, status: 'delivered', responseCode: 200, attempts: 1 })
    expect(row.lastError ?? null).toBeNull()
    expect(row.deliveredAt).toBeTruthy()
  })

  it('sends item.updated for a new published version and item.withdrawn with pubStatus canceled for a withdrawal', async () => {
    const path = '/lifecycle'
    const agency = await hookAgency(path)
    const article = await makeArticle('Bài sẽ được cập nhật')
    // Only this article's calls: other files' embargoes may lift while this one runs.
    const mine = () => receiver.hitsOn(path).filter((hit) => bodyOf(hit).item?.uri === `urn:newsroom:article:${article.id}:vi`)
    await publishForTest(payload, 'articles', article.id)
    await sendDueWebhooks(payload)
    expect(mine().map((hit) => bodyOf(hit).event)).toEqual(['item.published'])

    await payload.update({ collection: 'articles', id: article.id, data: { headline: 'Bài đã cập nhật' } as never, draft: true, overrideAccess: true })
    await publishForTest(payload, 'articles', article.id)
    await sendDueWebhooks(payload)
    const updated = mine()[1]!
    expect(header(updated, 'x-newsroom-event')).toBe('item.updated')
    expect(bodyOf(updated).event).toBe('item.updated')
    expect(bodyOf(updated).item).toMatchObject({ uri: `urn:newsroom:article:${article.id}:vi`, version: '2', pubStatus: 'usable' })
    expect(bodyOf(updated).item.headlines[0].value).toBe('Bài đã cập nhật')

    await withdraw(article.id)
    await sendDueWebhooks(payload)
    const hits = mine()
    expect(hits).toHaveLength(3)
    const withdrawn = bodyOf(hits[2]!)
    expect(header(hits[2]!, 'x-newsroom-event')).toBe('item.withdrawn')
    expect(withdrawn.event).toBe('item.withdrawn')
    expect(withdrawn.item.uri).toBe(`urn:newsroom:article:${article.id}:vi`)
    expect(withdrawn.item.pubStatus).toBe('canceled')
    expect(withdrawn.item.version).toBe('3')

    const rows = await ledgerOf(agency.id)
    expect(rows.filter((row) => row.itemId === `article-${article.id}-vi`).map((row) => [row.event, row.status])).toEqual([
      ['item.published', 'delivered'],
      ['item.updated', 'delivered'],
      ['item.withdrawn', 'delivered'],
    ])
  })

  it('retries a failing endpoint with doubling delays and gives up after seven attempts', async () => {
    const path = '/failing'
    receiver.replyOn(path, { status: 500 })
    const agency = await hookAgency(path)
    const article = await makeArticle('Bài cho điểm nhận lỗi')
    await publishForTest(payload, 'articles', article.id)

    let before = Date.now()
    await sendDueWebhooks(payload)
    let after = Date.now()
    let row = await onlyRowOf(agency.id)
    expect(row).toMatchObject({ status: 'pending', attempts: 1, responseCode: 500 })
    expect(row.lastError).toBeTruthy()
    expect(row.lastError).toContain('500')
    expect(Date.parse(row.nextAttemptAt!)).toBeGreaterThanOrEqual(before + minute)
    expect(Date.parse(row.nextAttemptAt!)).toBeLessThanOrEqual(after + minute)

    // Not due yet: a pass leaves it alone.
    await sendDueWebhooks(payload)
    expect(receiver.hitsOn(path)).toHaveLength(1)

    for (let attempt = 2; attempt <= 7; attempt += 1) {
      await forceDue(row.id)
      before = Date.now()
      await sendDueWebhooks(payload)
      after = Date.now()
      row = await onlyRowOf(agency.id)
      expect(row.attempts).toBe(attempt)
      expect(row.responseCode).toBe(500)
      expect(receiver.hitsOn(path)).toHaveLength(attempt)
      if (attempt < 7) {
        const delay = minute * 2 ** (attempt - 1)
        expect(row.status).toBe('pending')
        expect(Date.parse(row.nextAttemptAt!)).toBeGreaterThanOrEqual(before + delay)
        expect(Date.parse(row.nextAttemptAt!)).toBeLessThanOrEqual(after + delay)
      }
    }
    expect(row.status).toBe('failed')
    expect(row.nextAttemptAt ?? null).toBeNull()
    expect(row.lastError).toContain('500')

    // A failed row is never picked up again, even when its time has come.
    await forceDue(row.id)
    await sendDueWebhooks(payload)
    expect(receiver.hitsOn(path)).toHaveLength(7)
    expect(await onlyRowOf(agency.id)).toMatchObject({ status: 'failed', attempts: 7 })
  })

  it('posts each delivery exactly once when two passes run at the same time', async () => {
    const paths = ['/concurrent-a', '/concurrent-b', '/concurrent-c']
    // A slow endpoint keeps the first pass busy while the second one looks for work.
    for (const path of paths) receiver.replyOn(path, { status: 200, delayMs: 150 })
    const agencies = await Promise.all(paths.map((path) => hookAgency(path)))
    for (const headline of ['Bài đồng thời một', 'Bài đồng thời hai']) {
      const article = await makeArticle(headline)
      await publishForTest(payload, 'articles', article.id)
    }

    await Promise.all([sendDueWebhooks(payload), sendDueWebhooks(payload)])

    const ids = (await Promise.all(agencies.map((agency) => ledgerOf(agency.id)))).flat()
    expect(ids).toHaveLength(6)
    const hits = paths.flatMap((path) => receiver.hitsOn(path))
    const perDelivery = new Map<string, number>()
    for (const hit of hits) perDelivery.set(String(header(hit, 'x-newsroom-delivery')), (perDelivery.get(String(header(hit, 'x-newsroom-delivery'))) ?? 0) + 1)
    expect(Object.fromEntries(perDelivery)).toEqual(Object.fromEntries(ids.map((row) => [String(row.id), 1])))
    for (const row of ids) expect(row).toMatchObject({ status: 'delivered', attempts: 1 })
  })

  it('posts each delivery exactly once when several passes take one row at a time', async () => {
    const paths = ['/one-at-a-time-a', '/one-at-a-time-b']
    for (const path of paths) receiver.replyOn(path, { status: 200, delayMs: 50 })
    const agencies = await Promise.all(paths.map((path) => hookAgency(path)))
    for (const headline of ['Bài từng dòng một', 'Bài từng dòng hai', 'Bài từng dòng ba']) {
      const article = await makeArticle(headline)
      await publishForTest(payload, 'articles', article.id)
    }

    await Promise.all([1, 2, 3].map(() => sendDueWebhooks(payload, { batch: 1 })))

    const rows = (await Promise.all(agencies.map((agency) => ledgerOf(agency.id)))).flat()
    expect(rows).toHaveLength(6)
    const delivered = paths.flatMap((path) => receiver.hitsOn(path)).map((hit) => Number(header(hit, 'x-newsroom-delivery')))
    expect([...delivered].sort((a, b) => a - b)).toEqual(rows.map((row) => row.id).sort((a, b) => a - b))
    for (const row of rows) expect(row).toMatchObject({ status: 'delivered', attempts: 1 })
  })

  it('posts an embargoed publication at once to a trusted agency only, and to the others when the embargo lifts', async () => {
    const trustedPath = '/embargo-trusted'
    const publicPath = '/embargo-public'
    const trusted = await hookAgency(trustedPath, { trusted: true })
    const untrusted = await hookAgency(publicPath)
    const embargoUntil = new Date(Date.now() + hour).toISOString()
    const article = await makeArticle('Tin cấm đăng qua webhook', { embargoUntil })
    await publishForTest(payload, 'articles', article.id)
    await sendDueWebhooks(payload)

    const early = receiver.hitsOn(trustedPath)
    expect(early).toHaveLength(1)
    expect(bodyOf(early[0]!).event).toBe('item.published')
    expect(bodyOf(early[0]!).item.uri).toBe(`urn:newsroom:article:${article.id}:vi`)
    expect(bodyOf(early[0]!).item.embargoedUntil).toBe(embargoUntil)
    expect(receiver.hitsOn(publicPath)).toHaveLength(0)
    expect(await ledgerOf(untrusted.id)).toHaveLength(0)

    // The embargo passes.
    await poolOf(payload).query(`UPDATE delivery_changes SET embargo_until = now() - interval '1 second' WHERE item_id = $1 AND lift_pending`, [
      `article-${article.id}-vi`,
    ])
    expect(await liftDueEmbargoes(payload)).toBeGreaterThanOrEqual(1)
    await sendDueWebhooks(payload)

    const released = receiver.hitsOn(publicPath)
    expect(released).toHaveLength(1)
    const body = bodyOf(released[0]!)
    expect(body.event).toBe('item.published')
    expect(body.item.uri).toBe(`urn:newsroom:article:${article.id}:vi`)
    expect(body.item).not.toHaveProperty('embargoedUntil')
    expect(
      verifyWebhookSignature({ secret: await secretOf(untrusted.id), body: released[0]!.body, header: header(released[0]!, 'x-newsroom-signature') }),
    ).toBe(true)
    expect(await onlyRowOf(untrusted.id)).toMatchObject({ event: 'item.published', status: 'delivered' })

    expect(receiver.hitsOn(trustedPath)).toHaveLength(1)
    expect(await ledgerOf(trusted.id)).toHaveLength(1)
  })

  it('gives no ledger rows for an article to an inactive agency, one without a webhook URL, or one limited to campaigns', async () => {
    const inactive = await hookAgency('/inactive', { active: false })
    const withoutUrl = (await makeAgency(payload, { name: 'Agency without webhook' })).agency
    agencyIds.push(withoutUrl.id)
    const campaignsOnly = await hookAgency('/campaigns-only', { allowedTypes: ['campaign'] })
    const everything = await hookAgency('/everything')

    const article = await makeArticle('Bài không gửi cho mọi cơ quan')
    await publishForTest(payload, 'articles', article.id)
    expect(await ledgerOf(inactive.id)).toHaveLength(0)
    expect(await ledgerOf(withoutUrl.id)).toHaveLength(0)
    expect(await ledgerOf(campaignsOnly.id)).toHaveLength(0)
    expect(await onlyRowOf(everything.id)).toMatchObject({ itemId: `article-${article.id}-vi`, status: 'pending' })

    // The campaign-only agency is not simply left out of everything.
    const campaign = await makeCampaign(payload, `Chiến dịch chỉ cho cơ quan chọn lọc ${Date.now()}`)
    await publishForTest(payload, 'campaigns', campaign.id)
    expect(await onlyRowOf(campaignsOnly.id)).toMatchObject({ itemId: `campaign-${campaign.id}-vi`, event: 'item.published' })
    expect(await ledgerOf(inactive.id)).toHaveLength(0)

    await sendDueWebhooks(payload)
    expect(receiver.hitsOn('/inactive')).toHaveLength(0)
    expect(receiver.hitsOn('/campaigns-only').map((hit) => bodyOf(hit).item.uri)).toEqual([`urn:newsroom:campaign:${campaign.id}:vi`])
  })

  it('lets an admin send a failed delivery again, and refuses editors, press officers and anonymous callers', async () => {
    const path = '/resend'
    receiver.replyOn(path, { status: 500 })
    const agency = await hookAgency(path)
    const article = await makeArticle('Bài gửi lại')
    await publishForTest(payload, 'articles', article.id)
    await sendDueWebhooks(payload)
    let row = await onlyRowOf(agency.id)
    expect(row).toMatchObject({ status: 'pending', attempts: 1 })
    // Skip to the last attempt rather than wait an hour.
    await poolOf(payload).query(`UPDATE webhook_deliveries SET attempts = 6, next_attempt_at = now() - interval '1 second' WHERE id = $1`, [row.id])
    await sendDueWebhooks(payload)
    row = await onlyRowOf(agency.id)
    expect(row).toMatchObject({ status: 'failed', attempts: 7 })
    receiver.replyOn(path, { status: 200 })

    const editor = await makeStaff(payload, ['editor'])
    const officer = await makeStaff(payload, ['press-officer'])
    const admin = await makeStaff(payload, ['admin'])
    const resendPath = `/webhook-deliveries/${row.id}/resend`
    expect((await rest('POST', resendPath, { token: await login(editor.email, editor.password) })).status).toBe(403)
    expect((await rest('POST', resendPath, { token: await login(officer.email, officer.password) })).status).toBe(403)
    expect((await rest('POST', resendPath)).status).toBe(401)
    expect(await onlyRowOf(agency.id)).toMatchObject({ status: 'failed', attempts: 7 })

    const response = await rest('POST', resendPath, { token: await login(admin.email, admin.password) })
    expect(response.status).toBe(202)
    expect(response.body).toEqual({ id: row.id, status: 'pending' })
    expect(await onlyRowOf(agency.id)).toMatchObject({ status: 'pending', attempts: 0 })

    await sendDueWebhooks(payload)
    expect(await onlyRowOf(agency.id)).toMatchObject({ status: 'delivered', attempts: 1, responseCode: 200 })
    const hits = receiver.hitsOn(path)
    expect(hits).toHaveLength(3)
    expect(header(hits[2]!, 'x-newsroom-delivery')).toBe(String(row.id))

    const audit = await payload.find({
      collection: 'audit-log',
      where: { event: { equals: 'webhook_resend' }, targetId: { equals: String(row.id) } },
      overrideAccess: true,
    })
    expect(audit.docs).toHaveLength(1)
    expect(audit.docs[0]).toMatchObject({ actorEmail: admin.email, targetCollection: 'webhook-deliveries' })
  })

  it('answers 400 for a delivery id that is not a number and 404 for one that does not exist', async () => {
    const admin = await makeStaff(payload, ['admin'])
    const token = await login(admin.email, admin.password)
    const notNumber = await rest('POST', '/webhook-deliveries/abc/resend', { token })
    expect(notNumber.status).toBe(400)
    expect(JSON.stringify(notNumber.body)).toContain('id')
    const missing = await rest('POST', '/webhook-deliveries/999999999/resend', { token })
    expect(missing.status).toBe(404)
  })

  it('refuses a webhook URL at a private address or with another scheme at save, naming the field', async () => {
    const officer = await makeStaff(payload, ['press-officer'])
    const token = await login(officer.email, officer.password)
    const name = `Private target ${Date.now()}`
    const previous = process.env.WEBHOOK_ALLOW_PRIVATE
    process.env.WEBHOOK_ALLOW_PRIVATE = 'false'
    try {
      for (const webhookUrl of ['http://10.0.0.5/hook', receiver.url('/never'), 'ftp://x']) {
        const response = await rest('POST', '/agencies', { token, body: { name, kind: 'online', webhookUrl } })
        expect(response.status, webhookUrl).toBe(400)
        expect(JSON.stringify(response.body), webhookUrl).toContain('webhookUrl')
      }
      const privateAnswer = await rest('POST', '/agencies', { token, body: { name, kind: 'online', webhookUrl: 'http://10.0.0.5/hook' } })
      expect(JSON.stringify(privateAnswer.body)).toContain('10.0.0.5')
      // The press officer reads why in their own language.
      const inVietnamese = await rest('POST', '/agencies', {
        token,
        headers: { 'accept-language': 'vi' },
        body: { name, kind: 'online', webhookUrl: 'http://10.0.0.5/hook' },
      })
      expect(JSON.stringify(inVietnamese.body)).toContain('Địa chỉ webhook trỏ tới một địa chỉ nội bộ hoặc loopback (10.0.0.5)')
      const inEnglish = await rest('POST', '/agencies', {
        token,
        headers: { 'accept-language': 'en' },
        body: { name, kind: 'online', webhookUrl: 'http://10.0.0.5/hook' },
      })
      expect(JSON.stringify(inEnglish.body)).toContain('The webhook URL points at a private or loopback address (10.0.0.5)')

      // A public address is accepted, so the refusals above are about the address.
      const accepted = await rest('POST', '/agencies', {
        token,
        body: { name: `${name} public`, kind: 'online', active: false, webhookUrl: 'http://93.184.215.14/hook' },
      })
      expect(accepted.status).toBe(201)
      agencyIds.push(accepted.body.doc.id)
    } finally {
      process.env.WEBHOOK_ALLOW_PRIVATE = previous
    }
    const made = await payload.find({ collection: 'agencies', where: { name: { equals: name } }, overrideAccess: true })
    expect(made.totalDocs).toBe(0)

    // Other schemes stay refused even where private targets are allowed.
    expect(process.env.WEBHOOK_ALLOW_PRIVATE).toBe('true')
    const ftp = await rest('POST', '/agencies', { token, body: { name, kind: 'online', webhookUrl: 'ftp://x' } })
    expect(ftp.status).toBe(400)
    expect(JSON.stringify(ftp.body)).toContain('webhookUrl')
  })

  it('generates a webhook secret starting with whsec_ when a webhook URL is set', async () => {
    const officer = await makeStaff(payload, ['press-officer'])
    const token = await login(officer.email, officer.password)

    const withUrl = await rest('POST', '/agencies', {
      token,
      body: { name: `Secret on create ${Date.now()}`, kind: 'online', webhookUrl: receiver.url('/secret-a') },
    })
    expect(withUrl.status).toBe(201)
    agencyIds.push(withUrl.body.doc.id)
    const first = await secretOf(withUrl.body.doc.id)
    expect(first).toMatch(/^whsec_[A-Za-z0-9_-]{43}$/)

    const withoutUrl = await rest('POST', '/agencies', { token, body: { name: `Secret later ${Date.now()}`, kind: 'online' } })
    expect(withoutUrl.status).toBe(201)
    agencyIds.push(withoutUrl.body.doc.id)
    expect(await secretOf(withoutUrl.body.doc.id)).toBe('')

    const patched = await rest('PATCH', `/agencies/${withoutUrl.body.doc.id}`, { token, body: { webhookUrl: receiver.url('/secret-b') } })
    expect(patched.status).toBe(200)
    const second = await secretOf(withoutUrl.body.doc.id)
    expect(second).toMatch(/^whsec_[A-Za-z0-9_-]{43}$/)
    expect(second).not.toBe(first)
  })

  it('writes the ledger row in the publishing transaction, before anything is sent', async () => {
    const path = '/same-transaction'
    const agency = await hookAgency(path)
    const article = await makeArticle('Bài ghi sổ cùng giao dịch')
    await publishForTest(payload, 'articles', article.id)

    const row = await onlyRowOf(agency.id)
    expect(row).toMatchObject({ status: 'pending', attempts: 0, event: 'item.published', itemId: `article-${article.id}-vi` })
    expect(receiver.hitsOn(path)).toHaveLength(0)
  })

  it('leaves no ledger row behind when the publishing transaction is rolled back', async () => {
    const path = '/rolled-back'
    const agency = await hookAgency(path)
    const article = await makeArticle('Bài bị huỷ giao dịch')
    const req = await createLocalReq({ context: { workflow: 'publish' } }, payload)
    await initTransaction(req)
    try {
      await payload.update({
        collection: 'articles',
        id: article.id,
        data: { _status: 'published', stage: 'published' } as never,
        context: { workflow: 'publish' },
        overrideAccess: true,
        req,
      })
      const inside = await (await sqlFor(req))<{ n: string }>('SELECT count(*) AS n FROM webhook_deliveries WHERE agency_id = $1', [agency.id])
      expect(Number(inside[0]!.n)).toBe(1)
      // Not visible to anyone else before the publication commits.
      expect(await ledgerOf(agency.id)).toHaveLength(0)
    } finally {
      await killTransaction(req)
    }
    expect(await ledgerOf(agency.id)).toHaveLength(0)
    const { rows } = await poolOf(payload).query<{ n: string }>('SELECT count(*) AS n FROM delivery_changes WHERE item_id = $1', [`article-${article.id}-vi`])
    expect(Number(rows[0]!.n)).toBe(0)
    await sendDueWebhooks(payload)
    expect(receiver.hitsOn(path)).toHaveLength(0)
  })
})
