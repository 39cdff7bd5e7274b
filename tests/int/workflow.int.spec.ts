import type { Payload } from 'payload'
import { beforeAll, describe, expect, it } from 'vitest'

import { listOutbox } from '@/mail/outbox'
import { makeCampaign } from '../helpers/content'
import { login, rest } from '../helpers/rest'
import { getTestPayload } from '../helpers/testPayload'
import { makeStaff } from '../helpers/users'

let payload: Payload
let campaignId: number
let editor: Awaited<ReturnType<typeof makeStaff>>
let reviewer: Awaited<ReturnType<typeof makeStaff>>
let editorToken: string
let reviewerToken: string

const act = (token: string, collection: string, id: number | string, body: unknown) => rest('POST', `/workflow/${collection}/${id}`, { token, body })

async function newArticle(headline: string, extra: Record<string, unknown> = {}) {
  const created = await rest('POST', '/articles', { token: editorToken, body: { headline, campaign: campaignId, ...extra } })
  expect(created.status).toBe(201)
  return created.body.doc.id as number
}

async function approvedArticle(headline: string, extra: Record<string, unknown> = {}) {
  const id = await newArticle(headline, extra)
  expect((await act(editorToken, 'articles', id, { action: 'submit' })).status).toBe(200)
  expect((await act(reviewerToken, 'articles', id, { action: 'approve' })).status).toBe(200)
  return id
}

beforeAll(async () => {
  payload = await getTestPayload()
  campaignId = (await makeCampaign(payload)).id
  editor = await makeStaff(payload, ['editor'])
  reviewer = await makeStaff(payload, ['reviewer'])
  editorToken = await login(editor.email, editor.password)
  reviewerToken = await login(reviewer.email, reviewer.password)
})

describe('the editorial workflow through REST', () => {
  it('takes an article from draft through review to publication, and only then shows it to the public', async () => {
    const id = await newArticle('Năm cách giữ an toàn cho con trên mạng')
    const submitted = await act(editorToken, 'articles', id, { action: 'submit' })
    expect(submitted.status).toBe(200)
    // The submitter may still pick the reviewer; nothing else until review.
    expect(submitted.body).toMatchObject({ stage: 'in_review', live: 'unpublished', working: 'in_review', allowedActions: ['assign'] })

    const noComment = await act(reviewerToken, 'articles', id, { action: 'request_changes' })
    expect(noComment.status).toBe(400)
    expect(noComment.body.error.field).toBe('comment')
    expect((await act(reviewerToken, 'articles', id, { action: 'request_changes', comment: 'Thêm nguồn số liệu.' })).body.stage).toBe('changes_requested')

    expect((await act(editorToken, 'articles', id, { action: 'submit' })).body.stage).toBe('in_review')
    expect((await act(reviewerToken, 'articles', id, { action: 'approve' })).body.stage).toBe('approved')
    expect((await rest('GET', `/articles/${id}`)).status).toBe(404)

    const published = await act(reviewerToken, 'articles', id, { action: 'publish' })
    expect(published.status).toBe(200)
    expect(published.body.stage).toBe('published')
    const live = await rest('GET', `/articles/${id}`)
    expect(live.status).toBe(200)
    expect(live.body.headline).toBe('Năm cách giữ an toàn cho con trên mạng')
  })

  it('emails reviewers on submission and authors when changes are requested', async () => {
    const id = await newArticle('Bài cần góp ý')
    await act(editorToken, 'articles', id, { action: 'submit' })
    await act(reviewerToken, 'articles', id, { action: 'request_changes', comment: 'Rút gọn sapo.' })
    const mails = await listOutbox()
    expect(mails.some((mail) => mail.to === reviewer.email && mail.subject.includes('Bài cần góp ý'))).toBe(true)
    expect(mails.some((mail) => mail.to === editor.email && mail.subject.startsWith('Cần chỉnh sửa'))).toBe(true)
  })

  it('accepts one of two submits sent at the same moment and answers the other 409, with one history entry', async () => {
    const id = await newArticle('Hai thẻ cùng gửi')
    const answers = await Promise.all([act(editorToken, 'articles', id, { action: 'submit' }), act(editorToken, 'articles', id, { action: 'submit' })])
    expect(answers.map((answer) => answer.status).sort()).toEqual([200, 409])
    const audit = await payload.find({
      collection: 'audit-log',
      where: { and: [{ event: { equals: 'workflow' } }, { targetCollection: { equals: 'articles' } }, { targetId: { equals: String(id) } }] },
      limit: 10,
    })
    expect(audit.totalDocs).toBe(1)
  })

  it('publishes once when two reviewers publish the same approved item at the same moment', async () => {
    const id = await approvedArticle('Hai người cùng xuất bản')
    const answers = await Promise.all([act(reviewerToken, 'articles', id, { action: 'publish' }), act(reviewerToken, 'articles', id, { action: 'publish' })])
    expect(answers.map((answer) => answer.status).sort()).toEqual([200, 409])
    const published = await payload.find({
      collection: 'audit-log',
      where: { and: [{ event: { equals: 'publish' } }, { targetCollection: { equals: 'articles' } }, { targetId: { equals: String(id) } }] },
      limit: 10,
    })
    expect(published.totalDocs).toBe(1)
  })

  it('writes each workflow mail in the mail language its recipient chose', async () => {
    const englishEditor = await makeStaff(payload, ['editor'])
    await payload.update({ collection: 'users', id: englishEditor.id, data: { mailLanguage: 'en' }, overrideAccess: true })
    const token = await login(englishEditor.email, englishEditor.password)
    const created = await rest('POST', '/articles', { token, body: { headline: 'Written in English', campaign: campaignId } })
    expect(created.status).toBe(201)
    const id = created.body.doc.id as number
    await act(token, 'articles', id, { action: 'submit' })
    await act(reviewerToken, 'articles', id, { action: 'request_changes', comment: 'Shorter, please.' })
    const mails = await listOutbox()
    expect(mails.some((mail) => mail.to === englishEditor.email && mail.subject === 'Changes requested: Written in English')).toBe(true)
    expect(mails.some((mail) => mail.to === reviewer.email && mail.subject === 'Chờ duyệt: Written in English')).toBe(true)
  })

  it('keeps an editor from approving, and a reviewer from approving a version they wrote', async () => {
    const id = await newArticle('Bốn mắt')
    await act(editorToken, 'articles', id, { action: 'submit' })
    expect((await act(editorToken, 'articles', id, { action: 'approve' })).status).toBe(403)

    const writingReviewer = await makeStaff(payload, ['reviewer'])
    const token = await login(writingReviewer.email, writingReviewer.password)
    expect((await rest('PATCH', `/articles/${id}?draft=true`, { token, body: { standfirst: 'Sửa bởi người duyệt' } })).status).toBe(200)
    const refused = await act(token, 'articles', id, { action: 'approve' })
    expect(refused.status).toBe(403)
    expect(refused.body.error.code).toBe('four_eyes')
    expect((await act(reviewerToken, 'articles', id, { action: 'approve' })).status).toBe(200)
  })

  it('answers 409 naming the stage and the allowed actions for an action from the wrong stage', async () => {
    const id = await newArticle('Sai giai đoạn')
    const response = await act(reviewerToken, 'articles', id, { action: 'publish' })
    expect(response.status).toBe(409)
    expect(response.body.error.message).toContain('Chưa xuất bản · bản nháp')
    expect(response.body.error.allowed).toEqual([])
  })

  it('explains a refusal in the language the staff member asks for, with the same code', async () => {
    const id = await newArticle('Ngôn ngữ của lời từ chối')
    const asked = (language: string) =>
      rest('POST', `/workflow/articles/${id}`, { token: reviewerToken, body: { action: 'publish' }, headers: { 'Accept-Language': language } })
    const english = await asked('en-GB,en;q=0.9')
    expect(english.body.error).toMatchObject({ code: 'wrong_stage', message: expect.stringContaining('Cannot publish: it needs an approved working copy') })
    const vietnamese = await asked('vi')
    expect(vietnamese.body.error).toMatchObject({ code: 'wrong_stage', message: expect.stringContaining('Không thể «Xuất bản»') })
    const comment = await rest('POST', `/workflow/articles/${id}`, { token: reviewerToken, body: { action: 'withdraw' }, headers: { 'Accept-Language': 'vi' } })
    expect(comment.body.error.message).not.toMatch(/needs|comment telling/)
  })

  it('answers 404 for an unknown collection or id, and 400 for a malformed body', async () => {
    expect((await act(reviewerToken, 'users', 1, { action: 'publish' })).status).toBe(404)
    expect((await act(reviewerToken, 'articles', 999999, { action: 'publish' })).status).toBe(404)
    const bad = await act(reviewerToken, 'articles', 1, ['publish'])
    expect(bad.status).toBe(400)
    const unknown = await act(reviewerToken, 'articles', await newArticle('Hành động lạ'), { action: 'explode' })
    expect(unknown.status).toBe(400)
    expect(unknown.body.error.field).toBe('action')
    expect((await act('', 'articles', 1, { action: 'submit' })).status).toBe(401)
  })

  it('schedules for a future time, refuses a past one, and unschedules', async () => {
    const id = await approvedArticle('Lên lịch')
    const past = await act(reviewerToken, 'articles', id, { action: 'schedule', publishAt: '2020-01-01T00:00:00Z' })
    expect(past.status).toBe(400)
    expect(past.body.error.field).toBe('publishAt')
    const when = new Date(Date.now() + 86_400_000).toISOString()
    const scheduled = await act(reviewerToken, 'articles', id, { action: 'schedule', publishAt: when })
    expect(scheduled.body).toMatchObject({ stage: 'scheduled', publishAt: when })
    expect((await act(reviewerToken, 'articles', id, { action: 'unschedule' })).body.stage).toBe('approved')
  })

  it('withdraws a published item with a reason, removing it from public reads but keeping the record', async () => {
    const id = await approvedArticle('Sẽ rút')
    await act(reviewerToken, 'articles', id, { action: 'publish' })
    expect((await act(reviewerToken, 'articles', id, { action: 'withdraw' })).status).toBe(400)
    expect((await act(reviewerToken, 'articles', id, { action: 'withdraw', comment: 'Số liệu sai' })).body.stage).toBe('withdrawn')
    expect((await rest('GET', `/articles/${id}`)).status).toBe(404)
    expect((await rest('GET', `/articles/${id}?draft=true`, { token: editorToken })).body.stage).toBe('withdrawn')
    expect((await act(editorToken, 'articles', id, { action: 'reopen' })).body.stage).toBe('draft')
  })

  it('keeps the live version while an edit goes through review, then publishes the edit', async () => {
    const id = await approvedArticle('Bản đầu')
    await act(reviewerToken, 'articles', id, { action: 'publish' })
    expect((await rest('PATCH', `/articles/${id}?draft=true`, { token: editorToken, body: { headline: 'Bản sửa' } })).status).toBe(200)
    const draft = await rest('GET', `/articles/${id}?draft=true`, { token: editorToken })
    expect(draft.body).toMatchObject({ headline: 'Bản sửa', stage: 'draft' })
    expect((await rest('GET', `/articles/${id}`)).body.headline).toBe('Bản đầu')

    await act(editorToken, 'articles', id, { action: 'submit' })
    await act(reviewerToken, 'articles', id, { action: 'approve' })
    expect((await rest('GET', `/articles/${id}`)).body.headline).toBe('Bản đầu')
    await act(reviewerToken, 'articles', id, { action: 'publish' })
    expect((await rest('GET', `/articles/${id}`)).body.headline).toBe('Bản sửa')
  })

  it('refuses to publish or schedule an item using a picture of a child without consent, listing it', async () => {
    const sharp = (await import('sharp')).default
    const media = await payload.create({
      collection: 'media',
      data: { alt: 'Em bé', credit: 'Phóng viên', depictsChild: true },
      file: {
        data: await sharp({ create: { width: 40, height: 40, channels: 3, background: '#888' } })
          .png()
          .toBuffer(),
        mimetype: 'image/png',
        name: 'em-be.png',
        size: 100,
      },
    })
    const id = await approvedArticle('Ảnh trẻ em', { images: [media.id] })
    const refused = await act(reviewerToken, 'articles', id, { action: 'publish' })
    expect(refused.status).toBe(409)
    expect(refused.body.error.media).toEqual([expect.objectContaining({ id: media.id, filename: 'em-be.png' })])
    const scheduled = await act(reviewerToken, 'articles', id, { action: 'schedule', publishAt: new Date(Date.now() + 3_600_000).toISOString() })
    expect(scheduled.status).toBe(409)

    await payload.update({ collection: 'media', id: media.id, data: { consentRecorded: true, consentReference: 'CR-2026-01' } })
    expect((await act(reviewerToken, 'articles', id, { action: 'publish' })).status).toBe(200)
  })

  it('records every action, and each publication, in the audit log', async () => {
    const id = await approvedArticle('Kiểm tra nhật ký')
    await act(reviewerToken, 'articles', id, { action: 'publish' })
    const { docs } = await payload.find({
      collection: 'audit-log',
      where: { targetCollection: { equals: 'articles' }, targetId: { equals: String(id) } },
      sort: 'createdAt',
    })
    expect(docs.map((doc) => `${doc.event}:${(doc.details as { action?: string })?.action ?? ''}`)).toEqual([
      'workflow:submit',
      'workflow:approve',
      'workflow:publish',
      'publish:',
    ])
    expect(docs[1]?.actorEmail).toBe(reviewer.email)
  })
})
