import type { Payload } from 'payload'
import { beforeAll, describe, expect, it } from 'vitest'

import { makeCampaign, publishForTest } from '../helpers/content'
import { makeAgency, syncAll } from '../helpers/delivery'
import { graphql } from '../helpers/graphql'
import { rest } from '../helpers/rest'
import { getTestPayload } from '../helpers/testPayload'

/**
 * The same rules everywhere: an agency sees through Payload's REST and GraphQL exactly the
 * live items that the v1 API delivers to it, for every kind of agency.
 */
let payload: Payload
let campaign: { id: number; slug: string }
const keys: Record<'public' | 'trusted' | 'campaignsOnly' | 'inactive', string> = {} as never
const ids: Record<string, number> = {}

const hour = 60 * 60 * 1000

async function article(name: string, extra: Record<string, unknown> = {}) {
  const doc = await payload.create({
    collection: 'articles',
    data: { headline: `Đối chiếu ${name}`, campaign: campaign.id, ...extra } as never,
    overrideAccess: true,
    draft: true,
  })
  ids[name] = doc.id
  return doc.id
}

/** Article ids live for this agency through v1: the newest change of each item, if usable. */
async function liveThroughV1(apiKey: string): Promise<number[]> {
  const { items } = await syncAll(payload, apiKey, null, `type=article,campaign&lang=vi&campaign=${campaign.slug}`)
  const newest = new Map<string, { pubStatus: string; version: number }>()
  for (const item of items) {
    const known = newest.get(item.uri)
    if (!known || Number(item.version) > known.version) newest.set(item.uri, { pubStatus: item.pubStatus, version: Number(item.version) })
  }
  return [...newest.entries()]
    .filter(([uri, state]) => state.pubStatus === 'usable' && uri.startsWith('urn:newsroom:article:'))
    .map(([uri]) => Number(uri.split(':')[3]))
    .sort((a, b) => a - b)
}

async function liveThroughRest(apiKey: string): Promise<number[] | number> {
  const response = await rest('GET', `/articles?where[campaign][equals]=${campaign.id}&limit=100&depth=0&draft=true`, { token: `agencies API-Key ${apiKey}` })
  if (response.status !== 200) return response.status
  return (response.body.docs as Array<{ id: number }>).map((doc) => doc.id).sort((a, b) => a - b)
}

async function liveThroughGraphql(apiKey: string): Promise<number[]> {
  const result = await graphql<{ Articles: { docs: Array<{ id: number }> } }>(
    `{ Articles(draft: true, limit: 100, where: { campaign: { equals: ${campaign.id} } }) { docs { id } } }`,
    `agencies API-Key ${apiKey}`,
  )
  return (result.data?.Articles?.docs ?? []).map((doc) => doc.id).sort((a, b) => a - b)
}

beforeAll(async () => {
  payload = await getTestPayload()
  const made = await makeCampaign(payload, `Chiến dịch đối chiếu ${Date.now()}`)
  await publishForTest(payload, 'campaigns', made.id)
  campaign = { id: made.id, slug: String((made as { slug?: string }).slug) }
  keys.public = (await makeAgency(payload)).apiKey
  keys.trusted = (await makeAgency(payload, { trusted: true })).apiKey
  keys.campaignsOnly = (await makeAgency(payload, { allowedTypes: ['campaign'] })).apiKey
  keys.inactive = (await makeAgency(payload, { active: false })).apiKey

  await article('draft')
  await publishForTest(payload, 'articles', await article('published'))
  await publishForTest(payload, 'articles', await article('embargoed', { embargoUntil: new Date(Date.now() + hour).toISOString() }))
  await publishForTest(payload, 'articles', await article('withdrawn'))
  await payload.update({
    collection: 'articles',
    id: ids.withdrawn!,
    data: { _status: 'draft', stage: 'withdrawn' } as never,
    context: { workflow: 'withdraw' },
    overrideAccess: true,
  })
  await publishForTest(payload, 'articles', await article('republished'))
  await payload.update({
    collection: 'articles',
    id: ids.republished!,
    data: { headline: 'Đối chiếu republished v2' } as never,
    draft: true,
    overrideAccess: true,
  })
  await publishForTest(payload, 'articles', ids.republished!)
})

describe('the same rules in every channel', () => {
  it('shows an agency that is not trusted the published items only, alike in v1, REST and GraphQL', async () => {
    const v1 = await liveThroughV1(keys.public)
    expect(v1).toEqual([ids.published, ids.republished].sort((a, b) => a! - b!))
    expect(await liveThroughRest(keys.public)).toEqual(v1)
    expect(await liveThroughGraphql(keys.public)).toEqual(v1)
  })

  it('shows a trusted agency the embargoed item too, alike in v1, REST and GraphQL', async () => {
    const v1 = await liveThroughV1(keys.trusted)
    expect(v1).toEqual([ids.published, ids.embargoed, ids.republished].sort((a, b) => a! - b!))
    expect(await liveThroughRest(keys.trusted)).toEqual(v1)
    expect(await liveThroughGraphql(keys.trusted)).toEqual(v1)
  })

  it('shows an agency limited to campaigns no articles anywhere', async () => {
    const { items } = await syncAll(payload, keys.campaignsOnly, null, `campaign=${campaign.slug}`)
    expect(items.length).toBeGreaterThan(0)
    expect(items.every((item) => item.profile === 'campaign')).toBe(true)
    const restAnswer = await liveThroughRest(keys.campaignsOnly)
    expect(restAnswer === 403 || (Array.isArray(restAnswer) && restAnswer.length === 0)).toBe(true)
    expect(await liveThroughGraphql(keys.campaignsOnly)).toEqual([])
  })

  it('shows an inactive agency nothing through REST or GraphQL', async () => {
    const restAnswer = await liveThroughRest(keys.inactive)
    expect(restAnswer === 403 || (Array.isArray(restAnswer) && restAnswer.length === 0)).toBe(true)
    expect(await liveThroughGraphql(keys.inactive)).toEqual([])
  })

  it('never shows an agency drafts or versions, even when asked for them', async () => {
    const drafts = await rest('GET', `/articles/${ids.draft}?draft=true`, { token: `agencies API-Key ${keys.trusted}` })
    expect(drafts.status).toBe(404)
    const versions = await rest('GET', `/articles/versions?where[parent][equals]=${ids.published}`, { token: `agencies API-Key ${keys.trusted}` })
    expect(versions.status === 403 || versions.body.totalDocs === 0).toBe(true)
  })

  it('records a trusted agency reading an embargoed item through REST in the audit log', async () => {
    const before = await payload.count({
      collection: 'audit-log',
      where: { and: [{ event: { equals: 'embargo_access' } }, { targetId: { equals: String(ids.embargoed) } }] },
      overrideAccess: true,
    })
    const response = await rest('GET', `/articles/${ids.embargoed}`, { token: `agencies API-Key ${keys.trusted}` })
    expect(response.status).toBe(200)
    const after = await payload.count({
      collection: 'audit-log',
      where: { and: [{ event: { equals: 'embargo_access' } }, { targetId: { equals: String(ids.embargoed) } }] },
      overrideAccess: true,
    })
    expect(after.totalDocs).toBe(before.totalDocs + 1)
  })
})
