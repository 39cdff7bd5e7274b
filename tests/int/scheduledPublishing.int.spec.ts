import type { Payload } from 'payload'
import { beforeAll, describe, expect, it } from 'vitest'

import { publishDueItems } from '@/jobs/publishDueItems'
import { makeCampaign } from '../helpers/content'
import { login, rest } from '../helpers/rest'
import { getTestPayload } from '../helpers/testPayload'
import { makeStaff } from '../helpers/users'

let payload: Payload
let editorToken: string
let reviewerToken: string
let campaignId: number

const act = (token: string, id: number, body: unknown) => rest('POST', `/workflow/articles/${id}`, { token, body })

async function scheduledArticle(headline: string, inMs: number, extra: Record<string, unknown> = {}) {
  const created = await rest('POST', '/articles', { token: editorToken, body: { headline, campaign: campaignId, ...extra } })
  const id = created.body.doc.id as number
  await act(editorToken, id, { action: 'submit' })
  await act(reviewerToken, id, { action: 'approve' })
  const publishAt = new Date(Date.now() + inMs).toISOString()
  expect((await act(reviewerToken, id, { action: 'schedule', publishAt })).status).toBe(200)
  return id
}

beforeAll(async () => {
  payload = await getTestPayload()
  campaignId = (await makeCampaign(payload)).id
  const editor = await makeStaff(payload, ['editor'])
  const reviewer = await makeStaff(payload, ['reviewer'])
  editorToken = await login(editor.email, editor.password)
  reviewerToken = await login(reviewer.email, reviewer.password)
})

describe('scheduled publishing', () => {
  it('publishes an item once its time has come, and not before', async () => {
    const id = await scheduledArticle('Lên lịch một giờ nữa', 3_600_000)
    await publishDueItems(payload, new Date(Date.now() + 60_000))
    expect((await rest('GET', `/articles/${id}`)).status).toBe(404)

    const run = await publishDueItems(payload, new Date(Date.now() + 2 * 3_600_000))
    expect(run.published).toContainEqual({ collection: 'articles', id })
    const live = await rest('GET', `/articles/${id}`)
    expect(live.status).toBe(200)
    expect(live.body.stage).toBe('published')
    const [audit] = (await payload.find({ collection: 'audit-log', where: { event: { equals: 'publish' }, targetId: { equals: String(id) } } })).docs
    expect(audit?.actorLabel).toBe('scheduler')
  })

  it('leaves an unscheduled item alone', async () => {
    const id = await scheduledArticle('Huỷ lịch', 3_600_000)
    await act(reviewerToken, id, { action: 'unschedule' })
    const run = await publishDueItems(payload, new Date(Date.now() + 2 * 3_600_000))
    expect(run.published).not.toContainEqual({ collection: 'articles', id })
    expect((await rest('GET', `/articles/${id}`)).status).toBe(404)
  })

  it('stops a publication whose child-consent expired in the meantime, back to approved', async () => {
    const sharp = (await import('sharp')).default
    const media = await payload.create({
      collection: 'media',
      data: { alt: 'Học sinh', credit: 'Nhà trường', depictsChild: true, consentRecorded: true, consentExpiry: new Date(Date.now() + 7_200_000).toISOString() },
      file: {
        data: await sharp({ create: { width: 30, height: 30, channels: 3, background: '#555' } })
          .png()
          .toBuffer(),
        mimetype: 'image/png',
        name: 'hoc-sinh.png',
        size: 100,
      },
    })
    const id = await scheduledArticle('Ảnh hết hạn đồng ý', 3_600_000, { images: [media.id] })
    const run = await publishDueItems(payload, new Date(Date.now() + 3 * 3_600_000))
    expect(run.stopped.map((item) => item.id)).toContain(id)
    expect((await rest('GET', `/articles/${id}`)).status).toBe(404)
    expect((await rest('GET', `/articles/${id}?draft=true`, { token: reviewerToken })).body.stage).toBe('approved')
    // The panel's history names the scheduler in the reader's language, not by its internal label.
    const state = await rest('GET', `/workflow/articles/${id}`, { token: reviewerToken })
    const stop = (state.body.history as Array<{ who: string; action: string }>).find((entry) => entry.action === 'unschedule')
    expect(stop?.who).toBe('Bộ lập lịch')
  })

  it('runs as a task on Payload’s jobs queue', async () => {
    const id = await scheduledArticle('Qua hàng đợi', 1_000)
    await new Promise((resolve) => setTimeout(resolve, 1_100))
    await payload.jobs.queue({ task: 'publishDueItems', input: {}, queue: 'scheduler' })
    await payload.jobs.run({ queue: 'scheduler' })
    expect((await rest('GET', `/articles/${id}`)).status).toBe(200)
  })
})
