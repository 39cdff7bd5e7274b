import type { Payload } from 'payload'
import { beforeAll, describe, expect, it } from 'vitest'

import { listAwaitingReview } from '@/workflow/listAwaitingReview'
import { makeCampaign } from '../helpers/content'
import { login, rest } from '../helpers/rest'
import { getTestPayload } from '../helpers/testPayload'
import { makeStaff } from '../helpers/users'

let payload: Payload
let campaignId: number

beforeAll(async () => {
  payload = await getTestPayload()
  campaignId = (await makeCampaign(payload)).id
})

describe('awaiting my review', () => {
  it('lists the items in review that this reviewer did not write', async () => {
    const editor = await makeStaff(payload, ['editor'])
    const reviewer = await makeStaff(payload, ['reviewer'])
    const editorToken = await login(editor.email, editor.password)
    const reviewerToken = await login(reviewer.email, reviewer.password)
    const byEditor = (await rest('POST', '/articles', { token: editorToken, body: { headline: 'Của biên tập viên', campaign: campaignId } })).body.doc.id
    const byReviewer = await rest('POST', '/articles', { token: reviewerToken, body: { headline: 'Của người duyệt', campaign: campaignId } })
    expect(byReviewer.status).toBe(403)
    const coWritten = (await rest('POST', '/articles', { token: editorToken, body: { headline: 'Viết chung', campaign: campaignId } })).body.doc.id
    await rest('PATCH', `/articles/${coWritten}?draft=true`, { token: reviewerToken, body: { standfirst: 'Người duyệt sửa' } })
    const stillDraft = (await rest('POST', '/articles', { token: editorToken, body: { headline: 'Còn nháp', campaign: campaignId } })).body.doc.id
    for (const id of [byEditor, coWritten]) await rest('POST', `/workflow/articles/${id}`, { token: editorToken, body: { action: 'submit' } })

    const ids = (await listAwaitingReview(payload, reviewer)).map((item) => item.id)
    expect(ids).toContain(byEditor)
    expect(ids).not.toContain(coWritten)
    expect(ids).not.toContain(stillDraft)
  })
})

describe('the Local API for a caller', () => {
  it('gives an anonymous caller with overrideAccess: false only what is public', async () => {
    const draft = await payload.create({ collection: 'articles', data: { headline: 'Nháp cục bộ', campaign: campaignId } as never, overrideAccess: true })
    await expect(payload.findByID({ collection: 'articles', id: draft.id, overrideAccess: false })).rejects.toThrow()
    await expect(payload.findByID({ collection: 'articles', id: draft.id, overrideAccess: false, draft: true })).rejects.toThrow()
    const { totalDocs } = await payload.count({ collection: 'articles', where: { id: { equals: draft.id } }, overrideAccess: false })
    expect(totalDocs).toBe(0)
  })
})

describe('bad dates', () => {
  it('refuses an embargo that is not a date, on every content type, naming the field', async () => {
    const editor = await makeStaff(payload, ['editor'])
    const token = await login(editor.email, editor.password)
    const bodies: Record<string, Record<string, unknown>> = {
      campaigns: { title: 'Ngày hỏng' },
      articles: { headline: 'Ngày hỏng', campaign: campaignId },
      'briefing-packs': { title: 'Ngày hỏng' },
    }
    for (const [collection, body] of Object.entries(bodies)) {
      const response = await rest('POST', `/${collection}`, { token, body: { ...body, embargoUntil: 'next tuesday' } })
      expect(response.status, collection).toBe(400)
      expect(JSON.stringify(response.body), collection).toContain('embargoUntil')
    }
  })

  it('refuses a campaign or briefing pack without its title, naming the field', async () => {
    const editor = await makeStaff(payload, ['editor'])
    const token = await login(editor.email, editor.password)
    for (const collection of ['campaigns', 'briefing-packs']) {
      const response = await rest('POST', `/${collection}`, { token, body: { summary: 'Không có tiêu đề' } })
      expect(response.status, collection).toBe(400)
      expect(JSON.stringify(response.body), collection).toContain('title')
    }
  })
})
