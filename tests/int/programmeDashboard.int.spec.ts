import type { Payload } from 'payload'
import { beforeAll, describe, expect, it } from 'vitest'

import { ProgrammeDashboard } from '@/admin/programme/ProgrammeDashboard'
import { poolOf } from '@/db/sql'
import { renderToStaticHtml } from '@/platform/html/renderToStaticHtml'
import { handleItems } from '@/delivery/api/handleItems'
import { seedProgramme } from '@/seed/seedProgramme'
import { seedProgrammeLedger, type SeededLedger } from '../helpers/programmeLedger'
import { login, rest } from '../helpers/rest'
import { getTestPayload } from '../helpers/testPayload'
import { makeStaff } from '../helpers/users'

let payload: Payload
let ledger: SeededLedger
let token: string

const YEAR_2021 = '/programme/dashboard?from=2021-01-01&to=2021-12-31'

beforeAll(async () => {
  payload = await getTestPayload()
  await seedProgramme(payload)
  ledger = await seedProgrammeLedger(payload)
  const staff = await makeStaff(payload, ['reviewer'])
  token = await login(staff.email, staff.password)
})

const taskOf = (body: any, number: number) => body.tasks.find((task: any) => task.number === number)

describe('the programme dashboard endpoint', () => {
  it('answers 401 to anonymous callers and 403 to an agency key', async () => {
    expect((await rest('GET', YEAR_2021)).status).toBe(401)
    const agency = await payload.create({
      collection: 'agencies',
      data: { name: 'Agency for the dashboard test', enableAPIKey: true, apiKey: 'dashboard-test-key-0123456789abcdef', active: true } as never,
      overrideAccess: true,
    })
    expect(agency.id).toBeTruthy()
    const refused = await rest('GET', YEAR_2021, { token: 'agencies API-Key dashboard-test-key-0123456789abcdef' })
    expect(refused.status).toBe(403)
    expect(refused.body.error.code).toBe('forbidden')
  })

  it('refuses a bad date, range or institution with 400 naming the parameter', async () => {
    const badDate = await rest('GET', '/programme/dashboard?from=2021-13-01', { token })
    expect(badDate.status).toBe(400)
    expect(badDate.body.error.field).toBe('from')
    const unknown = await rest('GET', '/programme/dashboard?institution=NOPE', { token })
    expect(unknown.status).toBe(400)
    expect(unknown.body.error.field).toBe('institution')
  })

  it('counts what each task produced in the period, published and in progress', async () => {
    const { status, body } = await rest('GET', YEAR_2021, { token })
    expect(status).toBe(200)
    expect(taskOf(body, 6).produced).toEqual({
      campaigns: { published: 1, inProgress: 0 },
      articles: { published: 1, inProgress: 0 },
      'briefing-packs': { published: 0, inProgress: 0 },
      'conduct-codes': { published: 0, inProgress: 0 },
    })
    expect(taskOf(body, 9).produced.articles).toEqual({ published: 1, inProgress: 1 })
    expect(taskOf(body, 7).produced['briefing-packs']).toEqual({ published: 1, inProgress: 0 })
    expect(taskOf(body, 5).produced['conduct-codes']).toEqual({ published: 0, inProgress: 1 })
  })

  it('counts what each task reached: webhooks delivered, mails sent and bounced, bundle downloads and comments', async () => {
    const { body } = await rest('GET', YEAR_2021, { token })
    const reach = (number: number) => {
      const { webhooksDelivered, mailsSent, bounces, bundleDownloads, comments, commentsAnswered } = taskOf(body, number)
      return { webhooksDelivered, mailsSent, bounces, bundleDownloads, comments, commentsAnswered }
    }
    expect(reach(6)).toEqual({ webhooksDelivered: 4, mailsSent: 4, bounces: 1, bundleDownloads: 0, comments: 0, commentsAnswered: 0 })
    expect(reach(9)).toEqual({ webhooksDelivered: 1, mailsSent: 2, bounces: 0, bundleDownloads: 0, comments: 0, commentsAnswered: 0 })
    expect(reach(7)).toEqual({ webhooksDelivered: 2, mailsSent: 0, bounces: 0, bundleDownloads: 5, comments: 0, commentsAnswered: 0 })
    expect(reach(5)).toEqual({ webhooksDelivered: 0, mailsSent: 0, bounces: 0, bundleDownloads: 0, comments: 4, commentsAnswered: 2 })
    expect(taskOf(body, 6).status).toBe('late')
  })

  it("gives each task the decision's own wording beside its label, in each language the source has", async () => {
    const { body } = await rest('GET', YEAR_2021, { token })
    expect(taskOf(body, 6).label).toEqual({ vi: 'Nhiệm vụ 6', en: 'Task 6' })
    expect(taskOf(body, 6).text).toEqual({
      vi: 'Chỉ đạo các cơ quan báo chí đẩy mạnh tuyên truyền về phòng, chống xâm hại trẻ em và bảo vệ trẻ em trên môi trường mạng.',
      en: 'Direct press agencies to promote communication on preventing child abuse and protecting children online.',
    })
  })

  it('sums the tasks of each objective', async () => {
    const { body } = await rest('GET', YEAR_2021, { token })
    const objective1 = body.objectives.find((objective: any) => objective.number === 1)
    expect(objective1.tasks).toEqual([4, 5, 6, 7, 9])
    expect(objective1).toMatchObject({ published: 4, webhooksDelivered: 7, mailsSent: 6, bounces: 1, bundleDownloads: 5, comments: 4, commentsAnswered: 2 })
    const objective2 = body.objectives.find((objective: any) => objective.number === 2)
    expect(objective2).toMatchObject({ tasks: [5], published: 0, comments: 4 })
  })

  it('gives the reach per agency, VietNamNet included, from webhooks and the daily API fetch counts', async () => {
    const { body } = await rest('GET', YEAR_2021, { token })
    const agency = (id: number) => body.agencies.find((row: any) => row.id === id)
    expect(agency(ledger.agencies.vnn)).toMatchObject({ webhooksDelivered: 5, apiFetches: 42 })
    expect(agency(ledger.agencies.other)).toMatchObject({ webhooksDelivered: 1, apiFetches: 10 })
  })

  it('gives mail totals, accreditations, bundle downloads, comments by group with the share answered, and per clause', async () => {
    const { body } = await rest('GET', YEAR_2021, { token })
    expect(body.mail).toEqual({ sent: 4, bounces: 1 })
    expect(body.accreditations).toBe(2)
    expect(body.bundleDownloads).toBe(5)
    expect(body.commentsByGroup).toEqual([
      { group: 'child', total: 1, answered: 0, answeredShare: 0 },
      { group: 'parent', total: 2, answered: 1, answeredShare: 0.5 },
      { group: 'teacher', total: 1, answered: 1, answeredShare: 1 },
    ])
    expect(body.commentsByClause).toEqual([
      { clause: null, total: 1, answered: 0 },
      { clause: '1.1', total: 2, answered: 1 },
      { clause: '2.3', total: 1, answered: 1 },
    ])
  })

  it('counts publications per week by task, once per item whatever its languages', async () => {
    const { body } = await rest('GET', YEAR_2021, { token })
    expect(body.publicationsByWeek).toEqual([
      { week: '2021-03-01', task: 6, count: 2 },
      { week: '2021-03-01', task: 9, count: 1 },
      { week: '2021-05-10', task: 7, count: 1 },
    ])
  })

  it('narrows to a period: only March counts the March publications and none of May', async () => {
    const { body } = await rest('GET', '/programme/dashboard?from=2021-03-01&to=2021-03-31', { token })
    expect(taskOf(body, 7).produced['briefing-packs'].published).toBe(0)
    expect(taskOf(body, 6).webhooksDelivered).toBe(4)
    expect(body.bundleDownloads).toBe(0)
  })

  it('narrows to the tasks an institution hosts or coordinates', async () => {
    const { body } = await rest('GET', '/programme/dashboard?from=2021-01-01&to=2021-12-31&institution=VNN', { token })
    expect(body.tasks.map((task: any) => task.number)).toEqual([9])
    const press = await rest('GET', '/programme/dashboard?from=2021-01-01&to=2021-12-31&institution=press', { token })
    expect(press.body.tasks.map((task: any) => task.number)).toEqual([6, 7, 8])
  })

  it('counts an agency’s fetches through the v1 API per day, without a write per request', async () => {
    const key = 'dashboard-count-key-0123456789abcdef'
    const agency = await payload.create({
      collection: 'agencies',
      data: { name: 'Counted agency', enableAPIKey: true, apiKey: key, active: true } as never,
      overrideAccess: true,
    })
    const fetch = () => handleItems(payload, new Request('http://newsroom.test/api/v1/items', { headers: { Authorization: `agencies API-Key ${key}` } }))
    expect((await fetch()).status).toBe(200)
    expect((await fetch()).status).toBe(200)
    expect((await fetch()).status).toBe(200)
    // The rate limiter flushes its counts once a second, and the daily count with them.
    await new Promise((resolve) => setTimeout(resolve, 1_500))
    const { rows } = await poolOf(payload).query(`SELECT sum(count)::int AS n FROM usage_daily_counts WHERE kind = 'api_fetch' AND subject_id = $1`, [
      agency.id,
    ])
    expect(rows[0]?.n).toBe(3)
  })

  it('draws the admin dashboard with three SVG charts and a filter form that needs no script', async () => {
    const user = await makeStaff(payload, ['editor'])
    const render = async (language: 'vi' | 'en', searchParams: Record<string, string>) => {
      const element = await ProgrammeDashboard({
        initPageResult: { req: { user: { ...user, collection: 'users' }, i18n: { language }, payload } },
        searchParams,
      } as never)
      return renderToStaticHtml(element!)
    }
    const html = await render('vi', { from: '2021-01-01', to: '2021-12-31' })
    expect(html.match(/<svg /g)).toHaveLength(3)
    expect(html).toContain('Số bài xuất bản theo tuần, theo nhiệm vụ')
    expect(html).toMatch(/<form[^>]*method="get"[^>]*>/)
    expect(html).toContain(`action="/admin/programme"`)
    expect(html).not.toContain('<script')
    expect(html).toContain('Khoản 1.1')
    expect(html).toContain(`VietNamNet`)
    const english = await render('en', { from: '2021-03-01', to: '2021-03-31', institution: 'VNN' })
    expect(english).toContain('Publications per week, by task')
    expect(english).toContain('Task 9')
    expect(english).not.toContain('>Task 7<')
    const bad = await render('en', { from: 'yesterday' })
    expect(bad).toContain('&quot;From&quot; must be a date written dd/mm/yyyy, such as 25/12/2021.')
    const impossible = await render('vi', { from: '31/02/2021', to: '31/03/2021' })
    expect(impossible).toContain('«Từ ngày» phải là một ngày dạng dd/mm/yyyy, ví dụ 25/12/2021.')
  })

  it('opens on the latest programme year that has tasks, the whole of 2021, with its days written dd/MM/yyyy', async () => {
    const user = await makeStaff(payload, ['editor'])
    const element = await ProgrammeDashboard({
      initPageResult: { req: { user: { ...user, collection: 'users' }, i18n: { language: 'vi' }, payload } },
      searchParams: {},
    } as never)
    const html = await renderToStaticHtml(element!)
    expect(html).toMatch(/<option value="2021" selected="">2021<\/option>/)
    expect(html).toMatch(/<input type="text"[^>]*name="from" value="01\/01\/2021"/)
    expect(html).toMatch(/<input type="text"[^>]*name="to" value="31\/12\/2021"/)
    expect(html).not.toContain('type="date"')
    expect(html).toContain('Từ 01/01/2021 đến 31/12/2021')
    // The seeded ledger's figures show: task 6's two publications, and its wording under its label.
    expect(html).toContain('Chỉ đạo các cơ quan báo chí đẩy mạnh tuyên truyền về phòng, chống xâm hại trẻ em')
    expect(html).not.toContain('Direct press agencies')
    expect(html).not.toContain('Không có số liệu trong khoảng thời gian này.')
    expect(html).toContain('href="/api/programme/report?year=2021&amp;format=pdf"')
  })

  it('says there is no data for a period with none, instead of drawing empty charts', async () => {
    const user = await makeStaff(payload, ['editor'])
    const element = await ProgrammeDashboard({
      initPageResult: { req: { user: { ...user, collection: 'users' }, i18n: { language: 'en' }, payload } },
      searchParams: { year: '2021', from: '01/01/2021', to: '07/01/2021' },
    } as never)
    const html = await renderToStaticHtml(element!)
    expect(html.match(/<svg /g)).toHaveLength(3)
    expect(html.match(/No data for this period\./g)?.length ?? 0).toBeGreaterThanOrEqual(3)
    expect(html.match(/data-empty="true"/g)).toHaveLength(3)
  })
})
