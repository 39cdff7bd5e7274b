import { handleEndpoints, type Payload } from 'payload'
import { beforeAll, describe, expect, it } from 'vitest'

import { poolOf } from '@/db/sql'
import { seedProgramme } from '@/seed/seedProgramme'
import { login, rest } from '../helpers/rest'
import { getTestPayload } from '../helpers/testPayload'
import { makeStaff } from '../helpers/users'

// Years of their own, so that what other files do to the seeded 2021 year cannot matter here.
const SOURCE = 2041

let payload: Payload
let aisId: number
let sourceId: number
let adminToken: string
let hostToken: string
let outsiderToken: string

const inLanguage = (language: 'vi' | 'en') => ({ 'Accept-Language': language, Cookie: `payload-lng=${language}` })
const yearsNamed = async (year: number) => (await payload.find({ collection: 'programme-years', where: { year: { equals: year } }, overrideAccess: true })).docs
const tasksOf = async (yearId: number) =>
  (await payload.count({ collection: 'programme-tasks', where: { year: { equals: yearId } }, overrideAccess: true })).totalDocs

async function makeYear(year: number, tasks: number): Promise<number> {
  const created = await payload.create({
    collection: 'programme-years',
    data: { year, decisionNumber: `${year}/QĐ-TEST`, reportDue: `${year}-12-24T17:00:00.000Z`, hostInstitution: aisId, ministry: 'BỘ THỬ', place: 'Hà Nội' },
    locale: 'vi',
    overrideAccess: true,
  })
  for (let number = 1; number <= tasks; number += 1) {
    await payload.create({
      collection: 'programme-tasks',
      data: { year: created.id, number, label: `Nhiệm vụ ${number}`, host: aisId, due: `${year}-Q2` } as never,
      locale: 'vi',
      overrideAccess: true,
    })
  }
  return created.id
}

const copyForward = (body: Record<string, unknown>, headers: Record<string, string> = {}) =>
  rest('POST', '/programme-years/copy-forward', { token: adminToken, body, headers })

beforeAll(async () => {
  payload = await getTestPayload()
  await seedProgramme(payload)
  aisId = (await payload.find({ collection: 'institutions', where: { code: { equals: 'AIS' } }, depth: 0, overrideAccess: true })).docs[0]!.id
  sourceId = await makeYear(SOURCE, 3)
  const admin = await makeStaff(payload, ['admin'])
  adminToken = await login(admin.email, admin.password)
  const host = await makeStaff(payload, ['editor'])
  await payload.update({ collection: 'users', id: host.id, data: { institution: aisId }, overrideAccess: true })
  hostToken = await login(host.email, host.password)
  const outsider = await makeStaff(payload, ['editor'])
  outsiderToken = await login(outsider.email, outsider.password)
})

describe('copying a programme year forward', () => {
  it('leaves no half year behind when a task fails to copy, so the same copy can be made again once it is fixed', async () => {
    // A task whose Vietnamese label was emptied behind Payload's back fails validation when copied.
    const broken = (
      await payload.find({ collection: 'programme-tasks', where: { and: [{ year: { equals: sourceId } }, { number: { equals: 3 } }] }, overrideAccess: true })
    ).docs[0]!
    const pool = poolOf(payload)
    const { rows } = await pool.query<{ label: string }>("SELECT label FROM programme_tasks_locales WHERE _parent_id = $1 AND _locale = 'vi'", [broken.id])
    await pool.query("UPDATE programme_tasks_locales SET label = '' WHERE _parent_id = $1 AND _locale = 'vi'", [broken.id])
    const failed = await copyForward({ fromYear: SOURCE, decisionNumber: 'NỬA', reportDue: `${SOURCE + 1}-12-24` })
    expect(failed.status).toBe(400)
    expect(await yearsNamed(SOURCE + 1)).toEqual([])

    await pool.query("UPDATE programme_tasks_locales SET label = $2 WHERE _parent_id = $1 AND _locale = 'vi'", [broken.id, rows[0]!.label])
    const copied = await copyForward({ fromYear: SOURCE, decisionNumber: 'ĐỦ', reportDue: `${SOURCE + 1}-12-24` })
    expect(copied.status, JSON.stringify(copied.body)).toBe(201)
    expect(copied.body.copied).toBe(3)
    expect(await tasksOf(copied.body.yearId)).toBe(3)
  })

  it('refuses a report due date the calendar does not have, naming reportDue, instead of moving it on', async () => {
    const refused = await copyForward({ fromYear: SOURCE, toYear: SOURCE + 2, decisionNumber: 'X', reportDue: `${SOURCE + 2}-02-31` })
    expect(refused.status).toBe(400)
    expect(refused.body.error).toMatchObject({ code: 'invalid_parameter', field: 'reportDue' })
    expect(await yearsNamed(SOURCE + 2)).toEqual([])
  })

  it('refuses to copy a year backwards, naming toYear', async () => {
    const refused = await copyForward({ fromYear: SOURCE, toYear: SOURCE - 1, decisionNumber: 'X', reportDue: `${SOURCE - 1}-12-24` })
    expect(refused.status).toBe(400)
    expect(refused.body.error).toMatchObject({ code: 'invalid_body', field: 'toYear' })
    expect(await yearsNamed(SOURCE - 1)).toEqual([])
  })

  it('answers a body that is not JSON with a 400 naming the body, in the language ?locale= asks for', async () => {
    const { default: config } = await import('../../payload.config')
    const request = new Request('http://newsroom.test/api/programme-years/copy-forward?locale=en', {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', Authorization: `JWT ${adminToken}` },
      body: '{"fromYear": 20',
    })
    const response = await handleEndpoints({ config, path: '/api/programme-years/copy-forward', request })
    expect(response.status).toBe(400)
    expect((await response.json()).error).toEqual({ code: 'invalid_json', message: 'The body is not valid JSON.', field: 'body' })
  })
})

describe('submitting a year-end report', () => {
  it('accepts one of two submits made at once and answers the other 409, with one audit entry', async () => {
    const yearId = await makeYear(SOURCE + 10, 1)
    const answers = await Promise.all([
      rest('POST', `/programme-years/${yearId}/submit`, { token: hostToken }),
      rest('POST', `/programme-years/${yearId}/submit`, { token: adminToken }),
    ])
    expect(answers.map((answer) => answer.status).sort()).toEqual([200, 409])
    const accepted = answers.find((answer) => answer.status === 200)!
    const stored = await payload.findByID({ collection: 'programme-years', id: yearId, overrideAccess: true })
    expect(new Date(stored.submittedAt as string).toISOString()).toBe(accepted.body.submittedAt)
    const audited = await payload.count({
      collection: 'audit-log',
      where: {
        and: [{ targetCollection: { equals: 'programme-years' } }, { targetId: { equals: String(yearId) } }, { event: { equals: 'programme_change' } }],
      },
      overrideAccess: true,
    })
    expect(audited.totalDocs).toBe(1)
  })

  it("answers staff outside the year's department 403 in the app's error shape, and leaves the year unsubmitted", async () => {
    const yearId = await makeYear(SOURCE + 11, 1)
    const refused = await rest('POST', `/programme-years/${yearId}/submit`, { token: outsiderToken, headers: inLanguage('en') })
    expect(refused.status).toBe(403)
    expect(refused.body.error.code).toBe('forbidden')
    expect(refused.body.error.message).toMatch(/reporting department/)
    expect((await payload.findByID({ collection: 'programme-years', id: yearId, overrideAccess: true })).submittedAt ?? null).toBeNull()
  })

  it('words the summary of a refused change to a submitted report in the reader’s language too', async () => {
    const yearId = await makeYear(SOURCE + 12, 0)
    expect((await rest('POST', `/programme-years/${yearId}/submit`, { token: adminToken })).status).toBe(200)
    const refused = await rest('PATCH', `/programme-years/${yearId}?locale=vi`, { token: adminToken, headers: inLanguage('vi'), body: { difficulties: 'x' } })
    expect(refused.status).toBe(400)
    expect(refused.body.errors[0].message).not.toMatch(/following field/i)
  })
})

describe('deleting programme records', () => {
  it('refuses to delete a year that still has tasks, 409 in the reader’s language, and keeps its tasks', async () => {
    const yearId = await makeYear(SOURCE + 20, 2)
    const refused = await rest('DELETE', `/programme-years/${yearId}`, { token: adminToken, headers: inLanguage('vi') })
    expect(refused.status).toBe(409)
    expect(refused.body.errors[0].message).toContain('còn 2 nhiệm vụ')
    expect(await tasksOf(yearId)).toBe(2)
  })

  it('refuses to delete a year whose report is submitted, even without tasks', async () => {
    const yearId = await makeYear(SOURCE + 21, 0)
    expect((await rest('POST', `/programme-years/${yearId}/submit`, { token: adminToken })).status).toBe(200)
    const refused = await rest('DELETE', `/programme-years/${yearId}`, { token: adminToken, headers: inLanguage('en') })
    expect(refused.status).toBe(409)
    expect(refused.body.errors[0].message).toMatch(/submitted/)
    expect(await yearsNamed(SOURCE + 21)).toHaveLength(1)
  })

  it('deletes a year with no tasks and no submitted report', async () => {
    const yearId = await makeYear(SOURCE + 22, 0)
    expect((await rest('DELETE', `/programme-years/${yearId}`, { token: adminToken })).status).toBe(200)
    expect(await yearsNamed(SOURCE + 22)).toEqual([])
  })

  it('refuses to delete an institution that tasks still need, naming them, instead of a 500', async () => {
    const institution = await payload.create({
      collection: 'institutions',
      data: { code: `T${Date.now() % 100000}`, name: 'Đơn vị thử' } as never,
      locale: 'vi',
      overrideAccess: true,
    })
    const yearId = await makeYear(SOURCE + 30, 0)
    await payload.create({
      collection: 'programme-tasks',
      data: { year: yearId, number: 1, label: 'Nhiệm vụ của đơn vị thử', host: institution.id, due: `${SOURCE + 30}-Q2` } as never,
      locale: 'vi',
      overrideAccess: true,
    })
    const vi = await rest('DELETE', `/institutions/${institution.id}`, { token: adminToken, headers: inLanguage('vi') })
    expect(vi.status).toBe(409)
    expect(vi.body.errors[0].message).toMatch(/^Chưa xoá được: còn 1 mục «Nhiệm vụ» cần mục này ở trường «.+»/)
    const en = await rest('DELETE', `/institutions/${institution.id}`, { token: adminToken, headers: inLanguage('en') })
    expect(en.body.errors[0].message).toMatch(/^Not deleted: 1 Programme tasks still need this in ".+"/)
    expect((await payload.findByID({ collection: 'institutions', id: institution.id, overrideAccess: true, disableErrors: true }))?.id).toBe(institution.id)
  })
})

describe('the programme API’s parameters', () => {
  it('reads a date before the year 1000 as a mistake, naming from, rather than as a date in the 1900s', async () => {
    const refused = await rest('GET', '/programme/dashboard?from=0001-01-01&to=0001-12-31', { token: adminToken })
    expect(refused.status).toBe(400)
    expect(refused.body.error.field).toBe('from')
  })

  it('takes ?locale= as the language of its messages on the dashboard and the report, as every API route does', async () => {
    const dashboard = await rest('GET', '/programme/dashboard?from=2021-02-31&locale=en', { token: adminToken, headers: inLanguage('vi') })
    expect(dashboard.status).toBe(400)
    expect(dashboard.body.error.message).toBe('`from` must be a date written YYYY-MM-DD.')
    const report = await rest('GET', '/programme/report?year=2021&lang=fr&locale=en', { token: adminToken })
    expect(report.status).toBe(400)
    expect(report.body.error).toEqual({ code: 'invalid_parameter', message: '`lang` must be vi or en.', field: 'lang' })
  })
})
