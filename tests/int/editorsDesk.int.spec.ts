import { randomBytes } from 'node:crypto'

import type { Payload } from 'payload'
import { beforeAll, describe, expect, it } from 'vitest'

import { loadEditorsDesk } from '@/workflow/loadEditorsDesk'
import { makeCampaign } from '../helpers/content'
import { login, rest } from '../helpers/rest'
import { getTestPayload } from '../helpers/testPayload'
import { makeStaff } from '../helpers/users'

/** The editor's desk, the admin's first screen, read with each person's own access. */
let payload: Payload
let campaignId: number
let editor: Awaited<ReturnType<typeof makeStaff>>
let otherEditor: Awaited<ReturnType<typeof makeStaff>>
let reviewer: Awaited<ReturnType<typeof makeStaff>>
let otherReviewer: Awaited<ReturnType<typeof makeStaff>>
let admin: Awaited<ReturnType<typeof makeStaff>>
const tokens: Record<string, string> = {}

const marker = (label: string) => `${label} ${randomBytes(3).toString('hex')}`
const act = (token: string, id: number, body: unknown) => rest('POST', `/workflow/articles/${id}`, { token, body })
const titles = (items: Array<{ title: string }>) => items.map((item) => item.title)

async function draft(token: string, headline: string): Promise<number> {
  const created = await rest('POST', '/articles', { token, body: { headline, campaign: campaignId, standfirst: 'Tóm tắt.' } })
  expect(created.status, JSON.stringify(created.body)).toBe(201)
  return created.body.doc.id as number
}

async function inReview(headline: string, assignee?: number): Promise<number> {
  const id = await draft(tokens.editor!, headline)
  const submitted = await act(tokens.editor!, id, { action: 'submit', ...(assignee ? { assignee } : {}) })
  expect(submitted.status, JSON.stringify(submitted.body)).toBe(200)
  return id
}

async function approved(headline: string): Promise<number> {
  const id = await inReview(headline)
  expect((await act(tokens.reviewer!, id, { action: 'approve' })).status).toBe(200)
  return id
}

beforeAll(async () => {
  payload = await getTestPayload()
  campaignId = (await makeCampaign(payload)).id
  ;[editor, otherEditor, reviewer, otherReviewer, admin] = await Promise.all([
    makeStaff(payload, ['editor']),
    makeStaff(payload, ['editor']),
    makeStaff(payload, ['reviewer']),
    makeStaff(payload, ['reviewer']),
    makeStaff(payload, ['admin']),
  ])
  for (const [name, person] of Object.entries({ editor, otherEditor, reviewer, otherReviewer, admin }))
    tokens[name] = await login(person.email, person.password)
})

describe("the editor's desk", () => {
  it("lists a person's own drafts and those sent back to them, not a colleague's", async () => {
    const mine = marker('Bản nháp của tôi')
    const theirs = marker('Bản nháp của đồng nghiệp')
    await draft(tokens.editor!, mine)
    await draft(tokens.otherEditor!, theirs)
    const sentBack = marker('Bài cần sửa')
    const id = await inReview(sentBack)
    expect((await act(tokens.reviewer!, id, { action: 'request_changes', comment: 'Thêm nguồn số liệu.' })).status).toBe(200)
    const desk = await loadEditorsDesk(payload, editor, 'vi')
    expect(titles(desk.myDrafts)).toEqual(expect.arrayContaining([mine, sentBack]))
    expect(titles(desk.myDrafts)).not.toContain(theirs)
  })

  it('shows a reviewer what is assigned to them and what nobody has taken, not what another reviewer was given', async () => {
    const toMe = marker('Giao cho người duyệt')
    const toNobody = marker('Chưa giao ai')
    const toOther = marker('Giao người khác')
    await inReview(toMe, Number(reviewer.id))
    await inReview(toNobody)
    await inReview(toOther, Number(otherReviewer.id))
    const desk = await loadEditorsDesk(payload, reviewer, 'vi')
    expect(desk.awaitingMe.find((item) => item.title === toMe)).toMatchObject({ assignedToMe: true })
    expect(desk.awaitingMe.find((item) => item.title === toNobody)).toMatchObject({ assignedToMe: false })
    expect(titles(desk.awaitingMe)).not.toContain(toOther)
    expect((await loadEditorsDesk(payload, editor, 'vi')).awaitingMe).toEqual([])
  })

  it('lists what is scheduled in the next seven days and embargoes lifting in the next day, and what went out lately', async () => {
    const soon = marker('Lên lịch ngày mai')
    const later = marker('Lên lịch tuần sau nữa')
    const now = Date.now()
    for (const [headline, at] of [
      [soon, now + 24 * 3600_000],
      [later, now + 10 * 24 * 3600_000],
    ] as const) {
      const id = await approved(headline)
      expect((await act(tokens.reviewer!, id, { action: 'schedule', publishAt: new Date(at).toISOString() })).status).toBe(200)
    }
    const embargoed = marker('Cấm đăng đến tối nay')
    const embargoId = await draft(tokens.editor!, embargoed)
    await rest('PATCH', `/articles/${embargoId}?draft=true`, { token: tokens.editor!, body: { embargoUntil: new Date(now + 6 * 3600_000).toISOString() } })
    await act(tokens.editor!, embargoId, { action: 'submit' })
    await act(tokens.reviewer!, embargoId, { action: 'approve' })
    expect((await act(tokens.reviewer!, embargoId, { action: 'publish' })).status).toBe(200)
    const published = marker('Vừa lên trang')
    const publishedId = await approved(published)
    expect((await act(tokens.reviewer!, publishedId, { action: 'publish' })).status).toBe(200)

    const desk = await loadEditorsDesk(payload, reviewer, 'vi')
    expect(titles(desk.scheduledSoon)).toContain(soon)
    expect(titles(desk.scheduledSoon)).not.toContain(later)
    expect(titles(desk.embargoesLifting)).toContain(embargoed)
    expect(titles(desk.recentlyPublished)).toEqual(expect.arrayContaining([published]))
    expect(titles(desk.recentlyPublished)).not.toContain(soon)
  })

  it('counts failed deliveries for those who run them, and shows nothing of them to an editor', async () => {
    expect(await loadEditorsDesk(payload, admin, 'vi')).toMatchObject({ failedWebhooks: expect.any(Number), failedMail: expect.any(Number) })
    expect(await loadEditorsDesk(payload, editor, 'vi')).toMatchObject({ failedWebhooks: null, failedMail: null })
  })

  it("lists the programme tasks not yet done that are overdue or due within a quarter, overdue first, their period in the reader's words", async () => {
    const now = new Date()
    // The quarter holding today in Viet Nam, and the one a year and a half ahead.
    const vietnam = new Date(now.getTime() + 7 * 3600_000)
    const thisQuarter = `${vietnam.getUTCFullYear()}-Q${Math.floor(vietnam.getUTCMonth() / 3) + 1}`
    const farQuarter = `${vietnam.getUTCFullYear() + 2}-Q1`
    const institution = await payload.create({
      collection: 'institutions',
      data: { code: marker('DV').replace(' ', '-'), name: 'Cục An toàn thông tin' } as never,
      overrideAccess: true,
    })
    const base = 9000 + Math.floor(Math.random() * 900)
    const task = async (offset: number, label: string, due: string, extra: Record<string, unknown> = {}) =>
      payload.create({
        collection: 'programme-tasks',
        data: { number: base + offset, label: marker(label), host: institution.id, due, ...extra } as never,
        overrideAccess: true,
      })
    const dueSoon = await task(0, 'Nhiệm vụ đến hạn quý này', thisQuarter)
    const overdue = await task(1, 'Nhiệm vụ quá hạn', '2021-Q2')
    const finished = await task(2, 'Nhiệm vụ đã xong', '2021-Q2', { completedAt: '2021-06-20T03:00:00.000Z' })
    const finishedSoon = await task(3, 'Nhiệm vụ xong sớm', thisQuarter, { completedAt: new Date(now.getTime() - 3600_000).toISOString() })
    const far = await task(4, 'Nhiệm vụ còn xa', farQuarter)

    const desk = await loadEditorsDesk(payload, editor, 'vi')
    const ids = desk.tasksDue.map((row) => row.id)
    expect(ids).toEqual(expect.arrayContaining([dueSoon.id, overdue.id]))
    expect(ids).not.toContain(finished.id)
    expect(ids).not.toContain(finishedSoon.id)
    expect(ids).not.toContain(far.id)
    expect(ids.indexOf(overdue.id)).toBeLessThan(ids.indexOf(dueSoon.id))
    // Every overdue task comes before every task still to fall due.
    const firstNotOverdue = desk.tasksDue.findIndex((row) => !row.overdue)
    expect(desk.tasksDue.slice(firstNotOverdue).every((row) => !row.overdue)).toBe(true)
    expect(desk.tasksDue.find((row) => row.id === overdue.id)).toMatchObject({ overdue: true, dueText: 'Quý II/2021' })
    expect(desk.tasksDue.find((row) => row.id === dueSoon.id)).toMatchObject({ overdue: false, due: thisQuarter })

    const english = await loadEditorsDesk(payload, editor, 'en')
    expect(english.tasksDue.find((row) => row.id === overdue.id)).toMatchObject({ overdue: true, dueText: 'Q2 2021' })
  })
})
