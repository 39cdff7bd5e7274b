import pg from 'pg'
import type { Payload } from 'payload'
import { beforeAll, describe, expect, it } from 'vitest'

import { makeCampaign, publishForTest } from '../helpers/content'
import { makeAgency, syncAll, v1 } from '../helpers/delivery'
import { login, rest } from '../helpers/rest'
import { getTestPayload } from '../helpers/testPayload'
import { makeStaff } from '../helpers/users'

let payload: Payload
let publicKey: string
let trustedKey: string
let campaign: { id: number; slug: string }

const hour = 60 * 60 * 1000

async function makeArticle(headline: string, extra: Record<string, unknown> = {}) {
  return payload.create({ collection: 'articles', data: { headline, campaign: campaign.id, ...extra } as never, overrideAccess: true, draft: true })
}

async function withdraw(collection: 'articles' | 'campaigns' | 'briefing-packs', id: number) {
  await payload.update({ collection, id, data: { _status: 'draft', stage: 'withdrawn' } as never, context: { workflow: 'withdraw' }, overrideAccess: true })
}

beforeAll(async () => {
  payload = await getTestPayload()
  publicKey = (await makeAgency(payload)).apiKey
  trustedKey = (await makeAgency(payload, { trusted: true })).apiKey
  const made = await makeCampaign(payload, `Chiến dịch đồng bộ ${Date.now()}`)
  await publishForTest(payload, 'campaigns', made.id)
  campaign = { id: made.id, slug: String((made as { slug?: string }).slug) }
})

describe('syncing changes with cursors', () => {
  it('delivers every new item, new version and withdrawal exactly once when following next', async () => {
    const start = await syncAll(payload, publicKey, null)
    const first = await makeArticle('Bài một: trẻ em an toàn trên mạng')
    await publishForTest(payload, 'articles', first.id)
    const second = await makeArticle('Bài hai')
    await publishForTest(payload, 'articles', second.id)
    await payload.update({ collection: 'articles', id: first.id, data: { headline: 'Bài một (cập nhật)' } as never, draft: true, overrideAccess: true })
    await publishForTest(payload, 'articles', first.id)
    await withdraw('articles', second.id)

    const pass = await syncAll(payload, publicKey, start.since, 'limit=1')
    const seen = pass.items.map((item) => `${item.uri}@${item.version}:${item.pubStatus}`)
    expect(seen).toEqual([
      `urn:newsroom:article:${second.id}:vi@2:canceled`,
      `urn:newsroom:article:${first.id}:vi@2:usable`,
      `urn:newsroom:article:${second.id}:vi@1:usable`,
      `urn:newsroom:article:${first.id}:vi@1:usable`,
    ])
    expect(pass.items[1].headlines[0].value).toBe('Bài một (cập nhật)')

    const again = await syncAll(payload, publicKey, pass.since)
    expect(again.items).toEqual([])
  })

  it('starts a new agency with the whole history, newest change first', async () => {
    const page = await v1(payload, '/items?limit=5', publicKey)
    expect(page.status).toBe(200)
    const ids = page.body.items.map((item: { versionCreated: string }) => Date.parse(item.versionCreated))
    expect(ids).toEqual([...ids].sort((a, b) => b - a))
    expect(typeof page.body.next).toBe('string')
  })

  it('keeps an embargoed item from everyone but trusted agencies, then releases it when the embargo passes', async () => {
    const publicStart = await syncAll(payload, publicKey, null)
    const trustedStart = await syncAll(payload, trustedKey, null)
    const embargoUntil = new Date(Date.now() + hour).toISOString()
    const secret = await makeArticle('Tin cấm đăng', { embargoUntil })
    await publishForTest(payload, 'articles', secret.id)

    const trusted = await syncAll(payload, trustedKey, trustedStart.since)
    expect(trusted.items.map((item) => item.uri)).toEqual([`urn:newsroom:article:${secret.id}:vi`])
    expect(trusted.items[0].embargoedUntil).toBe(embargoUntil)
    const publicPass = await syncAll(payload, publicKey, publicStart.since)
    expect(publicPass.items).toEqual([])
    expect((await v1(payload, `/items/article-${secret.id}-vi`, publicKey)).status).toBe(404)

    const audit = await payload.find({
      collection: 'audit-log',
      where: { event: { equals: 'embargo_access' } },
      overrideAccess: true,
      sort: '-createdAt',
      limit: 1,
    })
    expect(audit.docs[0]?.summary).toContain(`urn:newsroom:article:${secret.id}:vi`)

    // The embargo passes.
    await payload.db.updateOne({
      collection: 'delivery-changes',
      where: { itemId: { equals: `article-${secret.id}-vi` } },
      data: { embargoUntil: new Date(Date.now() - 1000).toISOString() },
    })
    const { bumpGeneration } = await import('@/delivery/changes/deliveryState')
    const { sqlForClient, poolOf } = await import('@/db/sql')
    await bumpGeneration(sqlForClient(poolOf(payload)))
    const released = await syncAll(payload, publicKey, publicPass.since)
    expect(released.items.map((item) => item.uri)).toEqual([`urn:newsroom:article:${secret.id}:vi`])
    expect(released.items[0].embargoedUntil).toBeUndefined()
    const trustedAfter = await syncAll(payload, trustedKey, trusted.since)
    expect(trustedAfter.items).toEqual([])
  })
})

describe('languages', () => {
  it('gives an English item no Vietnamese text when only the headline was translated', async () => {
    const doc = await makeArticle('Bài chỉ có tiêu đề tiếng Anh', { standfirst: 'Sapo tiếng Việt', byline: 'Phóng viên Việt' })
    await payload.update({
      collection: 'articles',
      id: doc.id,
      locale: 'en',
      data: { headline: 'Only the headline is in English' } as never,
      draft: true,
      overrideAccess: true,
    })
    await publishForTest(payload, 'articles', doc.id)
    const english = await v1(payload, `/items/article-${doc.id}-en`, publicKey)
    expect(english.status).toBe(200)
    expect(english.body.language).toBe('en')
    expect(english.body.headlines[0].value).toBe('Only the headline is in English')
    expect(JSON.stringify(english.body)).not.toMatch(/Sapo tiếng Việt|Phóng viên Việt|Bài chỉ có/)
    const vietnamese = await v1(payload, `/items/article-${doc.id}-vi`, publicKey)
    expect(vietnamese.body.descriptions[0].value).toBe('Sapo tiếng Việt')
  })

  it('makes no English item for a document without an English title', async () => {
    const doc = await makeArticle('Bài chỉ có tiếng Việt')
    await publishForTest(payload, 'articles', doc.id)
    expect((await v1(payload, `/items/article-${doc.id}-vi`, publicKey)).status).toBe(200)
    expect((await v1(payload, `/items/article-${doc.id}-en`, publicKey)).status).toBe(404)
  })
})

describe('who may call the API', () => {
  it('answers 401 without a key and with a wrong key, with the same message', async () => {
    const none = await v1(payload, '/items')
    const wrong = await v1(payload, '/items', 'not-a-key')
    expect(none.status).toBe(401)
    expect(wrong.status).toBe(401)
    expect(wrong.body).toEqual(none.body)
    expect(none.body.error.code).toBe('unauthorized')
  })

  it('answers 403 for an inactive agency', async () => {
    const { apiKey } = await makeAgency(payload, { active: false })
    const response = await v1(payload, '/items', apiKey)
    expect(response.status).toBe(403)
    expect(response.body.error.code).toBe('agency_inactive')
  })

  it('stops a rotated key at once, and the new key works', async () => {
    const { agency, apiKey } = await makeAgency(payload)
    expect((await v1(payload, '/items?limit=1', apiKey)).status).toBe(200)
    const rotated = `${apiKey}-rotated`
    await payload.update({ collection: 'agencies', id: agency.id, data: { apiKey: rotated } as never, overrideAccess: true })
    expect((await v1(payload, '/items?limit=1', apiKey)).status).toBe(401)
    expect((await v1(payload, '/items?limit=1', rotated)).status).toBe(200)
  })

  it('stops a key revoked through another app instance within moments', async () => {
    const { agency, apiKey } = await makeAgency(payload)
    expect((await v1(payload, '/items?limit=1', apiKey)).status).toBe(200)
    await new Promise((resolve) => setTimeout(resolve, 2_100)) // past this process's own-write window: the snapshot is in use
    expect((await v1(payload, '/items?limit=1', apiKey)).status).toBe(200)
    // Another instance writes straight to the database; only its NOTIFY reaches this one.
    const other = new pg.Client({ connectionString: process.env.DATABASE_URL })
    await other.connect()
    await other.query('UPDATE agencies SET active = false WHERE id = $1', [agency.id])
    await other.end()
    let status = 0
    for (let i = 0; i < 50 && status !== 403; i += 1) {
      status = (await v1(payload, '/items?limit=1', apiKey)).status
      if (status !== 403) await new Promise((resolve) => setTimeout(resolve, 20))
    }
    expect(status).toBe(403)
  })

  it('stops a revoked key at once', async () => {
    const { agency, apiKey } = await makeAgency(payload)
    expect((await v1(payload, '/items?limit=1', apiKey)).status).toBe(200)
    await payload.update({ collection: 'agencies', id: agency.id, data: { enableAPIKey: false } as never, overrideAccess: true })
    expect((await v1(payload, '/items?limit=1', apiKey)).status).toBe(401)
  })

  it('never returns the key or its index through the REST API', async () => {
    const { agency } = await makeAgency(payload)
    const officer = await makeStaff(payload, ['press-officer'])
    const response = await rest('GET', `/agencies/${agency.id}`, { token: await login(officer.email, officer.password) })
    expect(response.status).toBe(200)
    expect(response.body.name).toBe(agency.name)
    expect(response.body).not.toHaveProperty('apiKey')
    expect(response.body).not.toHaveProperty('apiKeyIndex')
    expect(JSON.stringify(response.body)).not.toMatch(/[0-9a-f]{64}/)
  })
})
