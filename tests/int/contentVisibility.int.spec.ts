import type { Payload } from 'payload'
import { beforeAll, describe, expect, it } from 'vitest'

import { publishForTest, makeCampaign } from '../helpers/content'
import { graphql } from '../helpers/graphql'
import { login, rest } from '../helpers/rest'
import { getTestPayload } from '../helpers/testPayload'
import { makeStaff } from '../helpers/users'

let payload: Payload
let editorToken: string
let campaignId: number

const graphqlAnonymous = (query: string) => graphql<Record<string, { docs: Array<Record<string, unknown>> }>>(query)

beforeAll(async () => {
  payload = await getTestPayload()
  const editor = await makeStaff(payload, ['editor'])
  editorToken = await login(editor.email, editor.password)
  campaignId = (await makeCampaign(payload)).id
})

describe('content before it is published', () => {
  it('gets a slug from its Vietnamese title, ASCII-safe and unique', async () => {
    const first = await rest('POST', '/campaigns', { token: editorToken, body: { title: 'Chiến dịch bảo vệ trẻ em' } })
    const second = await rest('POST', '/campaigns', { token: editorToken, body: { title: 'Chiến dịch bảo vệ trẻ em' } })
    expect(first.status).toBe(201)
    expect(first.body.doc.slug).toBe('chien-dich-bao-ve-tre-em')
    expect(second.body.doc.slug).toBe('chien-dich-bao-ve-tre-em-2')
    expect(first.body.doc.stage).toBe('draft')
    expect(first.body.doc.helplines[0].phone).toBe('111')
  })

  it('is invisible to anonymous readers through REST, drafts, versions and GraphQL', async () => {
    const created = await rest('POST', '/articles', { token: editorToken, body: { headline: 'Bản nháp bí mật', campaign: campaignId } })
    expect(created.status).toBe(201)
    const id = created.body.doc.id
    expect((await rest('GET', `/articles/${id}`)).status).toBe(404)
    expect((await rest('GET', `/articles/${id}?draft=true`)).status).toBe(404)
    expect((await rest('GET', '/articles?where[headline][equals]=Bản nháp bí mật')).body.totalDocs).toBe(0)
    expect((await rest('GET', '/articles/versions')).status).toBe(403)
    const graph = await graphqlAnonymous('{ Articles { docs { id headline } } }')
    expect(graph.data?.Articles?.docs.map((doc) => doc.id)).not.toContain(id)
  })

  it('cannot be published by a direct save, by an editor or anyone else', async () => {
    const created = await rest('POST', '/articles', { token: editorToken, body: { headline: 'Thử xuất bản thẳng', campaign: campaignId } })
    const response = await rest('PATCH', `/articles/${created.body.doc.id}?draft=true`, { token: editorToken, body: { _status: 'published' } })
    expect(response.status).toBe(403)
    expect(JSON.stringify(response.body)).toContain('_status')
    const direct = await rest('POST', '/articles', { token: editorToken, body: { headline: 'Xuất bản khi tạo', campaign: campaignId, _status: 'published' } })
    expect(direct.status).toBe(403)
    expect((await payload.count({ collection: 'articles', where: { headline: { equals: 'Xuất bản khi tạo' } } })).totalDocs).toBe(0)
  })

  it('ignores a stage or author list sent by the client', async () => {
    const created = await rest('POST', '/articles', {
      token: editorToken,
      body: { headline: 'Tự đặt giai đoạn', campaign: campaignId, stage: 'approved', authors: [] },
    })
    expect(created.body.doc.stage).toBe('draft')
    expect(created.body.doc.authors).toHaveLength(1)
  })
})

describe('published content', () => {
  it('is visible to anonymous readers once published and its embargo has passed', async () => {
    const created = await rest('POST', '/articles', { token: editorToken, body: { headline: 'Tin đã duyệt', campaign: campaignId } })
    const id = created.body.doc.id
    await publishForTest(payload, 'articles', id)
    const response = await rest('GET', `/articles/${id}`)
    expect(response.status).toBe(200)
    expect(response.body.headline).toBe('Tin đã duyệt')
  })

  it('stays live unchanged while an edit waits as a draft, and refuses an edit straight onto the live version', async () => {
    const created = await rest('POST', '/articles', { token: editorToken, body: { headline: 'Phiên bản một', campaign: campaignId } })
    const id = created.body.doc.id
    await publishForTest(payload, 'articles', id)

    const straight = await rest('PATCH', `/articles/${id}`, { token: editorToken, body: { headline: 'Sửa thẳng' } })
    expect(straight.status).toBe(409)
    const draft = await rest('PATCH', `/articles/${id}?draft=true`, { token: editorToken, body: { headline: 'Phiên bản hai' } })
    expect(draft.status).toBe(200)

    expect((await rest('GET', `/articles/${id}`)).body.headline).toBe('Phiên bản một')
    expect((await rest('GET', `/articles/${id}?draft=true`)).body.headline).toBe('Phiên bản một')
    expect((await rest('GET', `/articles/${id}?draft=true`, { token: editorToken })).body.headline).toBe('Phiên bản hai')
  })

  it('leaves no trace while embargoed, in lists, counts and GraphQL, and appears when the embargo passes', async () => {
    const headline = `Cấm đăng ${Date.now()}`
    const created = await rest('POST', '/articles', { token: editorToken, body: { headline, campaign: campaignId } })
    const id = created.body.doc.id
    await publishForTest(payload, 'articles', id, { embargoUntil: new Date(Date.now() + 3_600_000).toISOString() })
    expect((await rest('GET', `/articles/${id}`)).status).toBe(404)
    expect((await rest('GET', `/articles/count?where[headline][equals]=${encodeURIComponent(headline)}`)).body.totalDocs).toBe(0)
    const graph = await graphqlAnonymous(`{ Articles(where: { headline: { equals: "${headline}" } }) { docs { id } } }`)
    expect(graph.data?.Articles?.docs).toEqual([])

    await payload.update({
      collection: 'articles',
      id,
      data: { embargoUntil: new Date(Date.now() - 1000).toISOString() },
      context: { workflow: 'publish' },
      overrideAccess: true,
    })
    expect((await rest('GET', `/articles/${id}`)).status).toBe(200)
  })

  it('disappears from public reads when withdrawn', async () => {
    const created = await rest('POST', '/articles', { token: editorToken, body: { headline: 'Sẽ rút lại', campaign: campaignId } })
    const id = created.body.doc.id
    await publishForTest(payload, 'articles', id)
    await payload.update({ collection: 'articles', id, data: { stage: 'withdrawn' }, context: { workflow: 'withdraw' }, overrideAccess: true })
    expect((await rest('GET', `/articles/${id}`)).status).toBe(404)
    expect((await rest('GET', `/articles/${id}`, { token: editorToken })).status).toBe(200)
  })
})

describe('bad input on content', () => {
  it('refuses a campaign that ends before it starts, naming endDate, and saves nothing', async () => {
    const response = await rest('POST', '/campaigns', { token: editorToken, body: { title: 'Ngày sai', startDate: '2026-12-10', endDate: '2026-12-01' } })
    expect(response.status).toBe(400)
    expect(JSON.stringify(response.body)).toContain('endDate')
    expect((await payload.count({ collection: 'campaigns', where: { title: { equals: 'Ngày sai' } } })).totalDocs).toBe(0)
  })

  it('refuses an article without its campaign, naming the field', async () => {
    const response = await rest('POST', '/articles', { token: editorToken, body: { headline: 'Không có chiến dịch' } })
    expect(response.status).toBe(400)
    expect(JSON.stringify(response.body)).toContain('campaign')
  })

  it('refuses a briefing pack whose key fact has no source', async () => {
    const response = await rest('POST', '/briefing-packs', {
      token: editorToken,
      body: { title: 'Thiếu nguồn', keyFacts: [{ statement: '1 trong 3 trẻ', figure: '33%' }] },
    })
    expect(response.status).toBe(400)
    expect(JSON.stringify(response.body)).toContain('source')
  })

  it('refuses urgency outside 1–9 and a major change without a change note', async () => {
    const urgent = await rest('POST', '/articles', { token: editorToken, body: { headline: 'Khẩn', campaign: campaignId, urgency: 12 } })
    expect(urgent.status).toBe(400)
    expect(JSON.stringify(urgent.body)).toContain('urgency')
    const major = await rest('POST', '/articles', { token: editorToken, body: { headline: 'Thay đổi lớn', campaign: campaignId, majorChange: true } })
    expect(major.status).toBe(400)
    expect(JSON.stringify(major.body)).toContain('changeNote')
  })

  it('refuses a press officer who tries to write content', async () => {
    const officer = await makeStaff(payload, ['press-officer'])
    const response = await rest('POST', '/articles', {
      token: await login(officer.email, officer.password),
      body: { headline: 'Không được', campaign: campaignId },
    })
    expect(response.status).toBe(403)
  })
})

describe('versions', () => {
  it('keeps at most 50 versions of a document', async () => {
    const created = await rest('POST', '/campaigns', { token: editorToken, body: { title: 'Nhiều phiên bản' } })
    const id = created.body.doc.id
    for (let n = 1; n <= 55; n += 1) {
      await payload.update({ collection: 'campaigns', id, data: { summary: `Phiên bản ${n}` }, draft: true, overrideAccess: true })
    }
    const { totalDocs } = await payload.countVersions({ collection: 'campaigns', where: { parent: { equals: id } } })
    expect(totalDocs).toBe(50)
  })
})
