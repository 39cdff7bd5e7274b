import type { Payload } from 'payload'
import { beforeAll, describe, expect, it } from 'vitest'

import { seedProgramme } from '@/seed/seedProgramme'
import { graphql } from '../helpers/graphql'
import { login, rest } from '../helpers/rest'
import { getTestPayload } from '../helpers/testPayload'
import { makeStaff } from '../helpers/users'

/** A year of its own, so that what other files do to the seeded 2021 year cannot matter here. */
const YEAR = 2031

let payload: Payload
let yearId: number
let hostToken: string
let adminToken: string

const inLanguage = (language: 'vi' | 'en') => ({ 'Accept-Language': language, Cookie: `payload-lng=${language}` })

beforeAll(async () => {
  payload = await getTestPayload()
  await seedProgramme(payload)
  const { docs } = await payload.find({ collection: 'institutions', where: { code: { equals: 'AIS' } }, depth: 0, overrideAccess: true })
  const ais = docs[0]!
  const created = await payload.create({
    collection: 'programme-years',
    data: { year: YEAR, decisionNumber: '31/QĐ-TEST', reportDue: '2031-12-24T17:00:00.000Z', hostInstitution: ais.id, ministry: 'BỘ THỬ', place: 'Hà Nội' },
    locale: 'vi',
    overrideAccess: true,
  })
  yearId = created.id
  const host = await makeStaff(payload, ['editor'])
  await payload.update({ collection: 'users', id: host.id, data: { institution: ais.id }, overrideAccess: true })
  hostToken = await login(host.email, host.password)
  const admin = await makeStaff(payload, ['admin'])
  adminToken = await login(admin.email, admin.password)

  const written = await rest('PATCH', `/programme-years/${yearId}?locale=vi`, {
    token: hostToken,
    body: { difficulties: 'Thiếu người trước hạn.', proposals: 'Tiếp tục nhiệm vụ 6.', reportNumber: '12/BC-ATTT' },
  })
  expect(written.status, JSON.stringify(written.body)).toBe(200)
  const submitted = await rest('POST', `/programme-years/${yearId}/submit`, { token: hostToken })
  expect(submitted.status, JSON.stringify(submitted.body)).toBe(200)
})

describe('a submitted year-end report', () => {
  it('refuses a change to the difficulties with a 400 naming the field, in Vietnamese by default', async () => {
    const refused = await rest('PATCH', `/programme-years/${yearId}?locale=vi`, { token: hostToken, body: { difficulties: 'Viết lại sau khi nộp.' } })
    expect(refused.status).toBe(400)
    const detail = refused.body.errors[0].data.errors
    expect(detail).toEqual([{ path: 'difficulties', message: expect.stringContaining('`difficulties`') }])
    expect(detail[0].message).toContain('đã nộp')
    const stored = await payload.findByID({ collection: 'programme-years', id: yearId, locale: 'vi', overrideAccess: true })
    expect(stored.difficulties).toBe('Thiếu người trước hạn.')
  })

  it('refuses the proposals and the report number in English for an English reader, naming each field', async () => {
    const refused = await rest('PATCH', `/programme-years/${yearId}?locale=vi`, {
      token: hostToken,
      headers: inLanguage('en'),
      body: { proposals: 'Something else.', reportNumber: '13/BC-ATTT' },
    })
    expect(refused.status).toBe(400)
    const detail = refused.body.errors[0].data.errors as Array<{ path: string; message: string }>
    expect(detail.map((error) => error.path).sort()).toEqual(['proposals', 'reportNumber'])
    for (const error of detail)
      expect(error.message).toMatch(/^This year's report has been submitted, so ".+" \(`(proposals|reportNumber)`\) can no longer be changed/)
  })

  it('refuses even an admin, and the header fields only admins could change before', async () => {
    const refused = await rest('PATCH', `/programme-years/${yearId}`, { token: adminToken, body: { decisionNumber: '32/QĐ-TEST', ministry: 'BỘ KHÁC' } })
    expect(refused.status).toBe(400)
    expect((refused.body.errors[0].data.errors as Array<{ path: string }>).map((error) => error.path).sort()).toEqual(['decisionNumber', 'ministry'])
  })

  it('refuses the same change through GraphQL', async () => {
    const response = await graphql(`mutation { updateProgrammeYear(id: ${yearId}, data: { difficulties: "GraphQL rewrite" }) { id difficulties } }`, hostToken)
    expect(response.data?.updateProgrammeYear ?? null).toBeNull()
    expect(JSON.stringify(response.errors)).toContain('difficulties')
    const stored = await payload.findByID({ collection: 'programme-years', id: yearId, locale: 'vi', overrideAccess: true })
    expect(stored.difficulties).toBe('Thiếu người trước hạn.')
  })

  it('accepts a save that sends the report fields back unchanged, as the admin form does, and a change to the report due date', async () => {
    const stored = await payload.findByID({ collection: 'programme-years', id: yearId, locale: 'vi', depth: 0, overrideAccess: true })
    const saved = await rest('PATCH', `/programme-years/${yearId}?locale=vi`, {
      token: adminToken,
      body: {
        year: stored.year,
        decisionNumber: stored.decisionNumber,
        hostInstitution: stored.hostInstitution,
        difficulties: stored.difficulties,
        proposals: stored.proposals,
        reportNumber: stored.reportNumber,
        ministry: stored.ministry,
        place: stored.place,
        reportDate: null,
        reportDue: '2031-12-20T17:00:00.000Z',
      },
    })
    expect(saved.status, JSON.stringify(saved.body)).toBe(200)
    expect(saved.body.doc.reportDue).toBe('2031-12-20T17:00:00.000Z')
  })

  it('accepts an English save that leaves untranslated report fields empty, as the admin form sends them', async () => {
    const saved = await rest('PATCH', `/programme-years/${yearId}?locale=en`, {
      token: hostToken,
      body: { ministry: null, place: '', difficulties: null, proposals: null, reportNumber: '12/BC-ATTT' },
    })
    expect(saved.status, JSON.stringify(saved.body)).toBe(200)
    const refused = await rest('PATCH', `/programme-years/${yearId}?locale=en`, {
      token: hostToken,
      body: { difficulties: 'Written in English after the fact.' },
    })
    expect(refused.status).toBe(400)
  })

  it('still serves the frozen copy for download', async () => {
    const csv = await rest('GET', `/programme/report?year=${YEAR}&format=csv`, { token: hostToken })
    expect(csv.status).toBe(200)
    const html = await rest('GET', `/programme/report?year=${YEAR}&format=html`, { token: hostToken })
    expect(html.status).toBe(200)
    expect(html.body).toContain('Thiếu người trước hạn.')
    expect(html.body).toContain('12/BC-ATTT')
  })

  it('marks the report fields read-only in the permissions the admin draws its form from', async () => {
    const access = await rest('POST', `/programme-years/access/${yearId}`, { token: hostToken })
    expect(access.status).toBe(200)
    expect(access.body.fields.difficulties.update ?? false).toBe(false)
    expect(access.body.fields.proposals.update ?? false).toBe(false)
    expect(access.body.fields.reportDue.update ?? false).toBe(false) // admin-only, as before
    // A year not yet submitted stays editable for its host.
    const open = await payload.create({
      collection: 'programme-years',
      data: {
        year: YEAR + 1,
        decisionNumber: '32/QĐ-TEST',
        reportDue: '2032-12-24T17:00:00.000Z',
        hostInstitution: (await payload.findByID({ collection: 'programme-years', id: yearId, depth: 0, overrideAccess: true })).hostInstitution as number,
      },
      overrideAccess: true,
    })
    const openAccess = await rest('POST', `/programme-years/access/${open.id}`, { token: hostToken })
    expect(openAccess.body.fields.difficulties.update).toBe(true)
  })
})
