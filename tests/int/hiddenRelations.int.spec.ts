import type { ParsedMail } from 'mailparser'
import nodemailer from 'nodemailer'
import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { liftDueEmbargoes } from '@/delivery/changes/liftDueEmbargoes'
import { poolOf } from '@/db/sql'
import { sendDueWebhooks } from '@/delivery/webhooks/sendDueWebhooks'
import { processDeliveries } from '@/email/ledger/processDeliveries'
import { loadCampaign } from '@/content/public/loadPages'
import { publishForTest } from '../helpers/content'
import { feed, makeAgency, syncAll, v1 } from '../helpers/delivery'
import { startSmtpSink, type SmtpSink } from '../helpers/smtpSink'
import { makeSubscriber } from '../helpers/subscribers'
import { getTestPayload } from '../helpers/testPayload'
import { startWebhookReceiver, type WebhookReceiver } from '../helpers/webhookReceiver'

/**
 * An article reaches agencies, feeds, mail and webhooks the moment it is published, but
 * its campaign may not be public yet. Each campaign here carries a unique marker in its
 * title: wherever the campaign may not be seen, the marker must not appear.
 */

let payload: Payload
let receiver: WebhookReceiver
let sink: SmtpSink
let transport: nodemailer.Transporter
let untrusted: { id: number; apiKey: string }
let trusted: { id: number; apiKey: string }
let topicId: number
let reader: { id: number; email: string }
let counter = 0

const HOUR = 60 * 60_000
const FEEDS = ['feed.json', 'atom.xml', 'rss.xml'] as const
const unique = (label: string) => `${label}${++counter}x${Date.now()}`
const slugOf = (marker: string) => marker.toLowerCase().replace(/[^a-z0-9]+/g, '-')

async function campaign(marker: string, options: { publish?: boolean; embargoUntil?: string } = {}) {
  const created = await payload.create({
    collection: 'campaigns',
    data: { title: `Chiến dịch ${marker}`, slug: slugOf(marker) } as never,
    overrideAccess: true,
    draft: true,
  })
  if (options.publish) await publishForTest(payload, 'campaigns', Number(created.id), options.embargoUntil ? { embargoUntil: options.embargoUntil } : {})
  return { id: Number(created.id), slug: slugOf(marker) }
}

async function publishedArticle(campaignId: number, headline: string) {
  const created = await payload.create({
    collection: 'articles',
    data: { headline, campaign: campaignId, topics: [topicId] } as never,
    overrideAccess: true,
    draft: true,
  })
  await publishForTest(payload, 'articles', Number(created.id))
  return Number(created.id)
}

/** Everything each channel has said so far, as text. */
async function sync(apiKey: string) {
  return (await syncAll(payload, apiKey, null)).items
}
// Sync answers newest first: the first match is the version the agency holds now.
const itemOf = (items: any[], articleId: number) => items.find((item) => item.uri === `urn:newsroom:article:${articleId}:vi`)
const campaignOf = (item: any) => item?.associations?.find((association: any) => association.name === 'campaign')
const hooksTo = (path: string) => receiver.hitsOn(path).map((hit) => hit.body)
const mailText = (mail: ParsedMail) => [mail.subject, mail.text, mail.html].join('\n')
const mailsTo = (email: string) => sink.messages.filter((mail) => JSON.stringify(mail.to).includes(email))

async function feeds(query = '') {
  return Promise.all(FEEDS.map(async (format) => (await feed(payload, `/vi/${format}${query}`)).text))
}

/** Posts every webhook and mail that is due. */
async function deliverEverything() {
  await sendDueWebhooks(payload)
  await processDeliveries(payload, { transport })
}

beforeAll(async () => {
  payload = await getTestPayload()
  receiver = await startWebhookReceiver()
  sink = await startSmtpSink()
  transport = nodemailer.createTransport({ host: '127.0.0.1', port: sink.port, secure: false, ignoreTLS: true, auth: { user: 'relay', pass: 'relay-pass' } })
  const made = await Promise.all([
    makeAgency(payload, { trusted: false, webhookUrl: receiver.url('/untrusted'), name: 'Hidden relations, untrusted' }),
    makeAgency(payload, { trusted: true, webhookUrl: receiver.url('/trusted'), name: 'Hidden relations, trusted' }),
  ])
  untrusted = { id: made[0].agency.id, apiKey: made[0].apiKey }
  trusted = { id: made[1].agency.id, apiKey: made[1].apiKey }
  const slug = `an-quan-he-${Date.now()}`
  topicId = Number((await payload.create({ collection: 'topics', data: { name: `Chủ đề ${slug}`, slug } as never, overrideAccess: true })).id)
  // Follows only this file's topic, so it hears of nothing another file publishes.
  reader = await makeSubscriber(payload, { topics: [topicId] })
})

afterAll(async () => {
  if (payload) {
    await poolOf(payload).query('UPDATE agencies SET active = false WHERE id = ANY($1)', [[untrusted?.id, trusted?.id].filter(Boolean)])
    if (reader) await poolOf(payload).query(`UPDATE subscribers SET status = 'unsubscribed' WHERE id = $1`, [reader.id])
  }
  transport?.close()
  await receiver?.close()
  await sink?.close()
})

describe('a campaign that is not public, named by an article that is', () => {
  it('keeps a draft campaign out of the API, feeds, webhooks and alert mail, for trusted agencies too', async () => {
    const marker = unique('DRAFTMARK')
    const hidden = await campaign(marker)
    const headline = unique('Bai duoi chien dich nhap ')
    const articleId = await publishedArticle(hidden.id, headline)
    await deliverEverything()

    for (const apiKey of [untrusted.apiKey, trusted.apiKey]) {
      const items = await sync(apiKey)
      const item = itemOf(items, articleId)
      expect(item?.headlines[0].value).toBe(headline)
      expect(campaignOf(item)).toBeUndefined()
      expect(JSON.stringify(items)).not.toContain(marker)
      const single = await v1(payload, `/items/article-${articleId}-vi`, apiKey)
      expect(single.status).toBe(200)
      expect(single.text).not.toContain(marker)
    }
    for (const text of await feeds()) {
      expect(text).toContain(headline)
      expect(text).not.toContain(marker)
    }
    for (const path of ['/untrusted', '/trusted']) {
      const bodies = hooksTo(path).filter((body) => body.includes(headline))
      expect(bodies).toHaveLength(1)
      expect(bodies[0]).not.toContain(marker)
    }
    const alerts = mailsTo(reader.email).filter((mail) => mailText(mail).includes(headline))
    expect(alerts).toHaveLength(1)
    expect(mailText(alerts[0]!)).not.toContain(marker)
  })

  it('shows a campaign under embargo to trusted agencies only, and to everyone once its embargo lifts', async () => {
    const marker = unique('EMBARGOMARK')
    const embargoed = await campaign(marker, { publish: true, embargoUntil: new Date(Date.now() + HOUR).toISOString() })
    const headline = unique('Bai duoi chien dich cam dang ')
    const articleId = await publishedArticle(embargoed.id, headline)
    await deliverEverything()

    const publicItems = await sync(untrusted.apiKey)
    expect(itemOf(publicItems, articleId)?.headlines[0].value).toBe(headline)
    expect(campaignOf(itemOf(publicItems, articleId))).toBeUndefined()
    expect(JSON.stringify(publicItems)).not.toContain(marker)
    for (const text of await feeds()) {
      expect(text).toContain(headline)
      expect(text).not.toContain(marker)
    }
    const toUntrusted = hooksTo('/untrusted').filter((body) => body.includes(headline))
    expect(toUntrusted).toHaveLength(1)
    expect(toUntrusted[0]).not.toContain(marker)
    const alerts = mailsTo(reader.email).filter((mail) => mailText(mail).includes(headline))
    expect(alerts).toHaveLength(1)
    expect(mailText(alerts[0]!)).not.toContain(marker)

    // Trusted agencies may read the embargoed campaign itself, so the article names it for them.
    const trustedItem = itemOf(await sync(trusted.apiKey), articleId)
    expect(campaignOf(trustedItem)).toMatchObject({ uri: `urn:newsroom:campaign:${embargoed.id}:vi`, headlines: [{ value: `Chiến dịch ${marker}` }] })
    const toTrusted = hooksTo('/trusted').filter((body) => body.includes(headline))
    expect(toTrusted).toHaveLength(1)
    expect(toTrusted[0]).toContain(marker)

    // The campaign's embargo passes: the article gains its campaign for everyone.
    const { since } = await syncAll(payload, untrusted.apiKey, null)
    await poolOf(payload).query(`UPDATE campaigns SET embargo_until = now() - interval '1 second' WHERE id = $1`, [embargoed.id])
    await poolOf(payload).query(`UPDATE delivery_changes SET embargo_until = now() - interval '1 second' WHERE item_id = $1 AND lift_pending`, [
      `campaign-${embargoed.id}-vi`,
    ])
    expect(await liftDueEmbargoes(payload)).toBeGreaterThanOrEqual(1)
    await deliverEverything()
    const fresh = itemOf((await syncAll(payload, untrusted.apiKey, since)).items, articleId)
    expect(fresh).toBeDefined()
    expect(Number(fresh.version)).toBe(2)
    expect(campaignOf(fresh)?.headlines).toEqual([{ value: `Chiến dịch ${marker}` }])
    const updates = hooksTo('/untrusted').filter((body) => body.includes(headline))
    expect(updates).toHaveLength(2)
    expect(JSON.parse(updates[1]!).event).toBe('item.updated')
    expect(updates[1]).toContain(marker)
    // Trusted agencies had it all along: they are not told again.
    expect(hooksTo('/trusted').filter((body) => body.includes(headline))).toHaveLength(1)
  })

  it('names a campaign in its articles once the campaign is published, and drops it when the campaign is withdrawn', async () => {
    const marker = unique('LATERMARK')
    const later = await campaign(marker)
    const articleId = await publishedArticle(later.id, unique('Bai truoc chien dich '))
    expect(campaignOf(itemOf(await sync(untrusted.apiKey), articleId))).toBeUndefined()

    await publishForTest(payload, 'campaigns', later.id)
    for (const apiKey of [untrusted.apiKey, trusted.apiKey]) {
      const item = itemOf(await sync(apiKey), articleId)
      expect(item.version).toBe('2')
      expect(campaignOf(item)?.headlines).toEqual([{ value: `Chiến dịch ${marker}` }])
    }
    expect((await v1(payload, `/items?campaign=${later.slug}&type=article`, untrusted.apiKey)).body.items.map((item: any) => item.uri)).toEqual([
      `urn:newsroom:article:${articleId}:vi`,
    ])

    await payload.update({
      collection: 'campaigns',
      id: later.id,
      data: { _status: 'draft', stage: 'withdrawn' } as never,
      context: { workflow: 'withdraw' },
      overrideAccess: true,
    })
    for (const apiKey of [untrusted.apiKey, trusted.apiKey]) {
      const item = itemOf(await sync(apiKey), articleId)
      expect(item.version).toBe('3')
      expect(item.pubStatus).toBe('usable')
      expect(campaignOf(item)).toBeUndefined()
    }
  })
})

describe('filters on a campaign that is not public', () => {
  it('answer exactly as for a campaign that does not exist, in the API, the feeds and the site', async () => {
    const draft = await campaign(unique('FILTERDRAFT'))
    const embargoed = await campaign(unique('FILTEREMBARGO'), { publish: true, embargoUntil: new Date(Date.now() + HOUR).toISOString() })
    await publishedArticle(draft.id, unique('Bai loc nhap '))
    await publishedArticle(embargoed.id, unique('Bai loc cam dang '))
    const unknown = slugOf(unique('khong-co-chien-dich-'))

    const answer = async (slug: string, apiKey: string) => {
      const response = await v1(payload, `/items?campaign=${slug}`, apiKey)
      return { status: response.status, body: response.text }
    }
    const expected = await answer(unknown, untrusted.apiKey)
    expect(expected).toEqual({ status: 200, body: '{"items":[],"next":null}' })
    expect(await answer(draft.slug, untrusted.apiKey)).toEqual(expected)
    expect(await answer(embargoed.slug, untrusted.apiKey)).toEqual(expected)
    expect(await answer(draft.slug, trusted.apiKey)).toEqual(await answer(unknown, trusted.apiKey))
    // Trusted agencies may see the embargoed campaign, and its article, through the filter.
    expect((await v1(payload, `/items?campaign=${embargoed.slug}`, trusted.apiKey)).body.items.length).toBeGreaterThanOrEqual(2)

    const unknownFeeds = await feeds(`?campaign=${unknown}`)
    for (const slug of [draft.slug, embargoed.slug]) {
      const hiddenFeeds = await feeds(`?campaign=${slug}`)
      expect(hiddenFeeds.map((text) => text.replaceAll(slug, unknown))).toEqual(unknownFeeds)
    }

    expect(await loadCampaign(payload, draft.slug, { lang: 'vi' })).toEqual({ status: 'not-found' })
    expect(await loadCampaign(payload, embargoed.slug, { lang: 'vi' })).toEqual({ status: 'not-found' })
    expect(await loadCampaign(payload, unknown, { lang: 'vi' })).toEqual({ status: 'not-found' })
  })
})
