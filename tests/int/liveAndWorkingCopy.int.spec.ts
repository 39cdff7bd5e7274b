import type { Payload } from 'payload'
import { beforeAll, describe, expect, it } from 'vitest'

import { withdrawDueItems } from '@/jobs/withdrawDueItems'
import { listAwaitingReview } from '@/workflow/listAwaitingReview'
import { listOutbox } from '@/mail/outbox'
import { makeCampaign } from '../helpers/content'
import { login, rest } from '../helpers/rest'
import { getTestPayload } from '../helpers/testPayload'
import { makeStaff } from '../helpers/users'

let payload: Payload
let campaignId: number
let editorToken: string
let reviewerToken: string
let reviewer: Awaited<ReturnType<typeof makeStaff>>
let secondReviewer: Awaited<ReturnType<typeof makeStaff>>
let editor: Awaited<ReturnType<typeof makeStaff>>

const act = (token: string, collection: string, id: number, body: unknown) => rest('POST', `/workflow/${collection}/${id}`, { token, body })
const stateOf = async (id: number, token = reviewerToken) => (await rest('GET', `/workflow/articles/${id}`, { token })).body
const publicRead = (id: number) => rest('GET', `/articles/${id}?depth=0`)

async function publishedArticle(headline: string): Promise<number> {
  const created = await rest('POST', '/articles', { token: editorToken, body: { headline, campaign: campaignId, standfirst: 'Bản đầu' } })
  expect(created.status).toBe(201)
  const id = created.body.doc.id as number
  for (const [token, action] of [
    [editorToken, 'submit'],
    [reviewerToken, 'approve'],
    [reviewerToken, 'publish'],
  ] as const) {
    const response = await act(token, 'articles', id, { action })
    expect(response.status, JSON.stringify(response.body)).toBe(200)
  }
  return id
}

const editLive = (id: number, standfirst: string, extra: Record<string, unknown> = {}) =>
  rest('PATCH', `/articles/${id}?draft=true`, { token: editorToken, body: { standfirst, ...extra } })

beforeAll(async () => {
  payload = await getTestPayload()
  campaignId = (await makeCampaign(payload)).id
  editor = await makeStaff(payload, ['editor'])
  reviewer = await makeStaff(payload, ['reviewer'])
  secondReviewer = await makeStaff(payload, ['reviewer'])
  await payload.update({ collection: 'users', id: secondReviewer.id, data: { name: 'Trần Thị Duyệt' } as never, overrideAccess: true })
  editorToken = await login(editor.email, editor.password)
  reviewerToken = await login(reviewer.email, reviewer.password)
})

describe('a live item and its working copy', () => {
  it('keeps the live version public and reports both states while an edit waits in review', async () => {
    const id = await publishedArticle('Bài đang xuất bản có bản sửa')
    expect(await stateOf(id)).toMatchObject({ live: 'published', working: null })
    expect((await editLive(id, 'Bản sửa chờ duyệt')).status).toBe(200)
    expect(await stateOf(id)).toMatchObject({ live: 'published', working: 'draft' })
    expect((await act(editorToken, 'articles', id, { action: 'submit' })).body).toMatchObject({ live: 'published', working: 'in_review' })
    const live = await publicRead(id)
    expect(live.status).toBe(200)
    expect(live.body.standfirst).toBe('Bản đầu')
  })

  it('lets a reviewer withdraw the live version while an edit waits in review, and keeps the edit', async () => {
    const id = await publishedArticle('Bài lộ tên trẻ em')
    expect((await editLive(id, 'Đã xoá tên')).status).toBe(200)
    expect((await act(editorToken, 'articles', id, { action: 'submit' })).status).toBe(200)

    const withdrawn = await act(reviewerToken, 'articles', id, { action: 'withdraw', comment: 'Bài in nhầm tên một em nhỏ.' })
    expect(withdrawn.status, JSON.stringify(withdrawn.body)).toBe(200)
    expect(withdrawn.body).toMatchObject({ live: 'withdrawn', working: 'in_review' })
    expect((await publicRead(id)).status).toBe(404)

    // The edit is still there, still in review, and can go live as the next version.
    const draft = await rest('GET', `/articles/${id}?draft=true&depth=0`, { token: reviewerToken })
    expect(draft.body.standfirst).toBe('Đã xoá tên')
    const row = await payload.db.findOne<{ id: number; withdrawnAt?: string; withdrawalReason?: string }>({
      collection: 'articles',
      where: { id: { equals: id } },
    })
    expect(row?.withdrawalReason).toBe('Bài in nhầm tên một em nhỏ.')
    expect(row?.withdrawnAt).toBeTruthy()

    expect((await act(reviewerToken, 'articles', id, { action: 'approve' })).status).toBe(200)
    expect((await act(reviewerToken, 'articles', id, { action: 'publish' })).body).toMatchObject({ live: 'published', working: null })
    const back = await publicRead(id)
    expect(back.status).toBe(200)
    expect(back.body.standfirst).toBe('Đã xoá tên')
    const cleared = await payload.db.findOne<{ id: number; withdrawnAt?: string | null; withdrawalReason?: string | null }>({
      collection: 'articles',
      where: { id: { equals: id } },
    })
    expect(cleared?.withdrawnAt ?? null).toBeNull()
    expect(cleared?.withdrawalReason ?? null).toBeNull()
  })

  it('refuses a direct save onto a withdrawn item, which would undo the withdrawal', async () => {
    const id = await publishedArticle('Bài đã rút không sửa thẳng')
    expect((await act(reviewerToken, 'articles', id, { action: 'withdraw', comment: 'Sai số liệu' })).status).toBe(200)
    expect((await rest('PATCH', `/articles/${id}`, { token: editorToken, body: { standfirst: 'Ghi đè' } })).status).toBe(409)
    expect(await stateOf(id)).toMatchObject({ live: 'withdrawn' })
    // A draft save starts a working copy and leaves the withdrawal as it is.
    expect((await editLive(id, 'Sửa sau khi rút')).status).toBe(200)
    expect(await stateOf(id)).toMatchObject({ live: 'withdrawn', working: 'draft' })
  })

  it('discards the working copy back to the live version, keeping the discarded edit in the history', async () => {
    const id = await publishedArticle('Bài có bản sửa bị bỏ')
    expect((await editLive(id, 'Bản sửa sẽ bỏ')).status).toBe(200)
    const refused = await act(reviewerToken, 'articles', 999_999, { action: 'discard' })
    expect(refused.status).toBe(404)
    const discarded = await act(editorToken, 'articles', id, { action: 'discard' })
    expect(discarded.status, JSON.stringify(discarded.body)).toBe(200)
    expect(discarded.body).toMatchObject({ live: 'published', working: null })
    const draft = await rest('GET', `/articles/${id}?draft=true&depth=0`, { token: reviewerToken })
    expect(draft.body.standfirst).toBe('Bản đầu')
    const versions = await rest('GET', `/articles/versions?where[parent][equals]=${id}&limit=50&depth=0`, { token: reviewerToken })
    expect(versions.body.docs.map((v: { version: { standfirst?: string } }) => v.version.standfirst)).toContain('Bản sửa sẽ bỏ')
    // Nothing to discard any more.
    expect((await act(editorToken, 'articles', id, { action: 'discard' })).status).toBe(409)
  })

  it('refuses to discard an item that was never published', async () => {
    const created = await rest('POST', '/articles', { token: editorToken, body: { headline: 'Chưa xuất bản', campaign: campaignId } })
    const response = await act(editorToken, 'articles', created.body.doc.id, { action: 'discard' })
    expect(response.status).toBe(409)
    expect(response.body.error.code).toBe('wrong_stage')
  })

  it('schedules a withdrawal, keeps the item live until then, and withdraws it with the reason when the time comes', async () => {
    const id = await publishedArticle('Bài rút theo lịch')
    const at = new Date(Date.now() + 60 * 60 * 1000)
    const scheduled = await act(reviewerToken, 'articles', id, { action: 'withdraw', comment: 'Hết đợt truyền thông', unpublishAt: at.toISOString() })
    expect(scheduled.status, JSON.stringify(scheduled.body)).toBe(200)
    expect(scheduled.body).toMatchObject({ live: 'published', unpublishAt: at.toISOString() })
    expect(scheduled.body.allowedActions).toContain('cancel_withdrawal')
    expect((await publicRead(id)).status).toBe(200)
    // The pending reason and time are for staff only.
    expect((await publicRead(id)).body.unpublishAt).toBeUndefined()
    expect((await publicRead(id)).body.withdrawalReason).toBeUndefined()

    expect(await withdrawDueItems(payload, new Date())).toEqual([])
    const due = await withdrawDueItems(payload, new Date(at.getTime() + 1000))
    expect(due).toEqual([{ collection: 'articles', id }])
    expect((await publicRead(id)).status).toBe(404)
    expect(await stateOf(id)).toMatchObject({ live: 'withdrawn', working: null, unpublishAt: null })
    const row = await payload.db.findOne<{ id: number; withdrawalReason?: string }>({ collection: 'articles', where: { id: { equals: id } } })
    expect(row?.withdrawalReason).toBe('Hết đợt truyền thông')
  })

  it('cancels a scheduled withdrawal', async () => {
    const id = await publishedArticle('Bài huỷ lịch rút')
    const at = new Date(Date.now() + 60 * 60 * 1000).toISOString()
    expect((await act(reviewerToken, 'articles', id, { action: 'withdraw', comment: 'Tạm', unpublishAt: at })).status).toBe(200)
    expect((await act(reviewerToken, 'articles', id, { action: 'cancel_withdrawal' })).body).toMatchObject({ live: 'published', unpublishAt: null })
    expect(await withdrawDueItems(payload, new Date(Date.now() + 2 * 60 * 60 * 1000))).toEqual([])
    expect((await publicRead(id)).status).toBe(200)
  })

  it('publishes an approved edit as a new version with its change note, and keeps earlier versions', async () => {
    const id = await publishedArticle('Bài cập nhật lớn')
    expect((await editLive(id, 'Số liệu mới', { majorChange: true, changeNote: 'Cập nhật số liệu năm 2026.' })).status).toBe(200)
    const submitted = await act(editorToken, 'articles', id, { action: 'submit' })
    expect(submitted.status, JSON.stringify(submitted.body)).toBe(200)
    expect((await act(reviewerToken, 'articles', id, { action: 'approve' })).status).toBe(200)
    expect((await act(reviewerToken, 'articles', id, { action: 'publish' })).status).toBe(200)
    const live = await publicRead(id)
    expect(live.body).toMatchObject({ standfirst: 'Số liệu mới', changeNote: 'Cập nhật số liệu năm 2026.' })
    const versions = await rest(
      'GET',
      `/articles/versions?where[parent][equals]=${id}&where[version._status][equals]=published&limit=50&depth=0&sort=createdAt`,
      { token: reviewerToken },
    )
    expect(versions.body.docs.map((v: { version: { standfirst?: string } }) => v.version.standfirst)).toEqual(['Bản đầu', 'Số liệu mới'])
    // The change log numbers the versions delivered to agencies.
    const { rows } = await (
      payload.db as unknown as {
        pool: { query: (q: string, v: unknown[]) => Promise<{ rows: Array<{ version: number; major: boolean; change_note: string | null }> }> }
      }
    ).pool.query(`SELECT DISTINCT version::int AS version, major, change_note FROM delivery_changes WHERE item_id = $1 ORDER BY version`, [`article-${id}-vi`])
    expect(rows.map((row) => row.version)).toEqual([1, 2])
    expect(rows[1]!.change_note).toBe('Cập nhật số liệu năm 2026.')
    expect(rows[1]!.major).toBe(true)
  })
})

describe('a submitted working copy is complete', () => {
  it('saves an incomplete draft but refuses to submit it, naming the field and the problem', async () => {
    const created = await rest('POST', '/campaigns?draft=true', {
      token: editorToken,
      body: { title: 'Chiến dịch có đường dây sai', helplines: [{ name: 'Tổng đài', phone: 'gọi 111 ngay' }] },
    })
    expect(created.status, JSON.stringify(created.body)).toBe(201)
    const id = created.body.doc.id as number
    const refused = await act(editorToken, 'campaigns', id, { action: 'submit' })
    expect(refused.status).toBe(400)
    expect(refused.body.error).toMatchObject({ code: 'invalid_working_copy', field: 'helplines.0.phone' })
    // In the editor's language: Vietnamese unless they asked for English.
    expect(refused.body.error.message).toBe('Bản đang soạn chưa đầy đủ: helplines.0.phone: Phải là số điện thoại, ví dụ 111 hoặc +84 24 1234 5678.')
    const inEnglish = await rest('POST', `/workflow/campaigns/${id}`, { token: editorToken, body: { action: 'submit' }, headers: { 'Accept-Language': 'en' } })
    expect(inEnglish.body.error.message).toBe('The working copy is not complete: helplines.0.phone: Must be a phone number, such as 111 or +84 24 1234 5678.')
    expect((await rest('GET', `/workflow/campaigns/${id}`, { token: reviewerToken })).body).toMatchObject({ working: 'draft' })

    expect((await rest('PATCH', `/campaigns/${id}?draft=true`, { token: editorToken, body: { helplines: [{ name: 'Tổng đài', phone: '111' }] } })).status).toBe(
      200,
    )
    expect((await act(editorToken, 'campaigns', id, { action: 'submit' })).status).toBe(200)
  })
})

describe('assignment', () => {
  it('lets the submitter pick a reviewer, mails only that reviewer, and audits a reassignment', async () => {
    const created = await rest('POST', '/articles', { token: editorToken, body: { headline: 'Bài giao cho người duyệt', campaign: campaignId } })
    const id = created.body.doc.id as number
    const before = (await listOutbox()).length
    const submitted = await act(editorToken, 'articles', id, { action: 'submit', assignee: secondReviewer.id })
    expect(submitted.status, JSON.stringify(submitted.body)).toBe(200)
    const mails = (await listOutbox()).slice(0, (await listOutbox()).length - before)
    const recipients = mails.map((mail) => mail.to).join(' ')
    expect(recipients).toContain(secondReviewer.email)
    expect(recipients).not.toContain(reviewer.email)

    const state = await stateOf(id)
    expect(state.assignee).toEqual({ id: secondReviewer.id, name: 'Trần Thị Duyệt' })

    // The other reviewer takes it over; the history says who moved it to whom.
    expect((await act(reviewerToken, 'articles', id, { action: 'assign', assignee: reviewer.id })).status).toBe(200)
    const after = await stateOf(id)
    expect(after.assignee).toMatchObject({ id: reviewer.id })
    expect(after.history[0]).toMatchObject({ action: 'assign', assignee: expect.any(String) })
    expect(after.history.some((entry: { who: string }) => entry.who === 'Trần Thị Duyệt')).toBe(false)
  })

  it('refuses an assignee who is not a reviewer, or who wrote the working copy, naming the field', async () => {
    const created = await rest('POST', '/articles', { token: editorToken, body: { headline: 'Bài giao sai', campaign: campaignId } })
    const id = created.body.doc.id as number
    expect((await act(editorToken, 'articles', id, { action: 'submit', assignee: editor.id })).body.error).toMatchObject({
      code: 'invalid_assignee',
      field: 'assignee',
    })
    expect((await act(editorToken, 'articles', id, { action: 'submit', assignee: 'abc' })).body.error).toMatchObject({ field: 'assignee' })
    expect((await act(editorToken, 'articles', id, { action: 'submit', assignee: 99_999_999 })).status).toBe(400)
  })

  it("shows each action once in the history, with people's names", async () => {
    const id = await publishedArticle('Bài lịch sử gọn')
    const state = await stateOf(id)
    const actions = state.history.map((entry: { action: string }) => entry.action)
    expect(actions).toEqual(['publish', 'approve', 'submit'])
    for (const entry of state.history) expect(entry.who).not.toMatch(/@/)
  })
})

describe('the review queue', () => {
  it('lists edits of live items beside new ones, with the reviewer each is assigned to', async () => {
    const live = await publishedArticle('Bài sống trong hàng chờ')
    expect((await editLive(live, 'Sửa để duyệt')).status).toBe(200)
    expect((await act(editorToken, 'articles', live, { action: 'submit', assignee: reviewer.id })).status).toBe(200)
    const created = await rest('POST', '/articles', { token: editorToken, body: { headline: 'Bài mới trong hàng chờ', campaign: campaignId } })
    expect((await act(editorToken, 'articles', created.body.doc.id, { action: 'submit' })).status).toBe(200)

    const queue = await listAwaitingReview(payload, { ...reviewer, roles: ['reviewer'] })
    expect(queue.find((item) => item.id === live)).toMatchObject({ assigneeId: reviewer.id })
    expect(queue.find((item) => item.id === created.body.doc.id)).toMatchObject({ assigneeId: null })
  })
})
