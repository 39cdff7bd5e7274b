import { randomBytes } from 'node:crypto'

import type { Payload } from 'payload'
import { createElement } from 'react'
import sharp from 'sharp'
import { beforeAll, describe, expect, it } from 'vitest'

import { loadSiteIdentity } from '@/content/settings/loadSiteIdentity'
import { poolOf } from '@/db/sql'
import { HomePage } from '@/site/pages/HomePage'
import { renderPage } from '../helpers/renderPage'
import { login, rest } from '../helpers/rest'
import { getTestPayload } from '../helpers/testPayload'
import { makeStaff } from '../helpers/users'

/**
 * The ministry's identity is set once, by an admin, and read everywhere the newsroom names
 * itself. Nothing of it is written in the code: a new programme period or helpline is a
 * change in the admin, not a release.
 */
let payload: Payload
let adminToken: string
let editorToken: string

const png = (r: number) =>
  sharp({ create: { width: 200, height: 80, channels: 3, background: { r, g: 40, b: 40 } } })
    .png()
    .toBuffer()

async function uploadLogo(): Promise<{ id: number; filename: string }> {
  const name = `bieu-trung-${randomBytes(4).toString('hex')}.png`
  const created = await payload.create({
    collection: 'media',
    data: { alt: 'Biểu trưng Bộ', credit: 'Bộ TT&TT' } as never,
    file: { data: await png(120), mimetype: 'image/png', name, size: 1 },
    overrideAccess: true,
  })
  return created as unknown as { id: number; filename: string }
}

const saveSettings = (token: string, body: Record<string, unknown>, locale = 'vi') => rest('POST', `/globals/site-settings?locale=${locale}`, { token, body })
const generation = async () =>
  Number((await poolOf(payload).query<{ generation: string }>('SELECT generation FROM delivery_state WHERE id = 1')).rows[0]!.generation)

beforeAll(async () => {
  payload = await getTestPayload()
  const admin = await makeStaff(payload, ['admin'])
  const editor = await makeStaff(payload, ['editor'])
  adminToken = await login(admin.email, admin.password)
  editorToken = await login(editor.email, editor.password)
})

describe('the site identity', () => {
  it('names the newsroom in its own words until an admin sets it, with no programme period written in the code', async () => {
    const identity = await loadSiteIdentity(payload, 'vi')
    expect(identity.siteName).toBe('Bảo vệ trẻ em trên môi trường mạng')
    expect(identity.programme).not.toMatch(/20\d\d/)
    expect(identity.helplines).toEqual([{ name: 'Tổng đài quốc gia bảo vệ trẻ em (miễn phí, 24/7)', phone: '111' }])
    expect(identity.logo).toBeNull()
  })

  it('lets only an admin change it', async () => {
    const refused = await saveSettings(editorToken, { siteName: 'Trang của biên tập viên' })
    expect(refused.status).toBe(403)
    expect((await loadSiteIdentity(payload, 'vi')).siteName).not.toBe('Trang của biên tập viên')
  })

  it('shows what the admin set in each language on the home page, and refreshes every cached page', async () => {
    const before = await generation()
    const vi = await saveSettings(adminToken, {
      siteName: 'Cổng tin Bảo vệ trẻ em',
      programmeName: 'Chương trình phòng, chống xâm hại trẻ em trên môi trường mạng',
      periodStart: 2026,
      periodEnd: 2030,
      helplines: [
        { name: 'Tổng đài 111', phone: '111' },
        { name: 'Cục An toàn thông tin', phone: '024 3943 6684' },
      ],
    })
    expect(vi.status, JSON.stringify(vi.body)).toBe(200)
    const helplineIds = (vi.body.result.helplines as Array<{ id: string }>).map((line) => line.id)
    const en = await saveSettings(
      adminToken,
      {
        siteName: 'Child Protection Newsroom',
        programmeName: 'Programme against child abuse online',
        helplines: [
          { id: helplineIds[0], name: 'Helpline 111', phone: '111' },
          { id: helplineIds[1], name: 'Authority of Information Security', phone: '024 3943 6684' },
        ],
      },
      'en',
    )
    expect(en.status, JSON.stringify(en.body)).toBe(200)
    expect(await generation()).toBeGreaterThan(before)

    const viHome = await renderPage(createElement(HomePage, { lang: 'vi' }))
    expect(viHome).toContain('Cổng tin Bảo vệ trẻ em')
    expect(viHome).toContain('Chương trình phòng, chống xâm hại trẻ em trên môi trường mạng giai đoạn 2026–2030')
    expect(viHome).toContain('href="tel:02439436684"')
    expect(viHome).not.toContain('2021–2025')
    const enHome = await renderPage(createElement(HomePage, { lang: 'en' }))
    expect(enHome).toContain('Child Protection Newsroom')
    expect(enHome).toContain('Programme against child abuse online 2026–2030')
    expect(enHome).toContain('Authority of Information Security')
  })

  it('makes the logo public while the identity uses it, and hides the one it replaced', async () => {
    const first = await uploadLogo()
    const anonymous = async (filename: string) => (await rest('GET', `/media/file/${filename}`)).status
    expect(await anonymous(first.filename)).toBe(404)
    expect((await saveSettings(adminToken, { logo: first.id })).status).toBe(200)
    expect(await anonymous(first.filename)).toBe(200)
    expect((await loadSiteIdentity(payload, 'vi')).logo).toMatchObject({ url: expect.stringContaining(first.filename) })

    const second = await uploadLogo()
    expect((await saveSettings(adminToken, { logo: second.id })).status).toBe(200)
    expect(await anonymous(second.filename)).toBe(200)
    expect(await anonymous(first.filename)).toBe(404)
    expect(await renderPage(createElement(HomePage, { lang: 'vi' }))).toContain(second.filename)
  })

  it('refuses a helpline that is not a phone number, naming the field', async () => {
    const refused = await saveSettings(adminToken, { helplines: [{ name: 'Đường dây sai', phone: 'gọi 111 ngay' }] })
    expect(refused.status).toBe(400)
    expect(JSON.stringify(refused.body)).toContain('helplines')
  })

  it('answers hostile requests with a 4xx and leaves the identity as it was', async () => {
    const before = await loadSiteIdentity(payload, 'vi')
    const attempts: Array<[string, string, Record<string, unknown> | undefined, string | undefined]> = [
      ['GET', '/globals/site-settings?depth=abc', undefined, undefined],
      ['GET', '/globals/site-settings?locale[]=vi&locale[]=en', undefined, undefined],
      ['GET', '/globals/site-settings?draft[]=true', undefined, undefined],
      ['POST', '/globals/site-settings', { siteName: 'Trang giả' }, undefined],
      ['POST', '/globals/site-settings', { siteName: ['mảng'] }, adminToken],
      ['POST', '/globals/site-settings', { periodStart: 'hai nghìn' }, adminToken],
      ['POST', '/globals/site-settings', { logo: 'not-an-id' }, adminToken],
      ['POST', '/globals/site-settings', { logo: 99999999 }, adminToken],
      ['POST', '/globals/site-settings', { helplines: 'không phải danh sách' }, adminToken],
    ]
    for (const [method, path, body, token] of attempts) {
      const answer = await rest(method, path, { ...(body ? { body } : {}), ...(token ? { token } : {}) })
      expect(answer.status, `${method} ${path} ${JSON.stringify(body)}`).toBeLessThan(500)
    }
    expect(await loadSiteIdentity(payload, 'vi')).toEqual(before)
    // The identity keeps no versions: asking for them is asking for nothing, not a server fault.
    for (const path of ['/globals/site-settings/versions', '/globals/site-settings/versions/1']) {
      expect((await rest('GET', path, { token: adminToken })).status, path).toBe(404)
    }
  })

  it('refuses a programme period that ends before it starts, naming the field', async () => {
    const refused = await saveSettings(adminToken, { periodStart: 2030, periodEnd: 2020 })
    expect(refused.status).toBe(400)
    expect(JSON.stringify(refused.body)).toContain('periodEnd')
    expect(JSON.stringify(refused.body)).toContain('Năm kết thúc không được trước năm bắt đầu.')
  })

  it('records every save of the identity in the audit log, with the admin who made it', async () => {
    const before = (await payload.count({ collection: 'audit-log', where: { event: { equals: 'settings_change' } } })).totalDocs
    expect((await saveSettings(adminToken, { tagline: 'Khẩu hiệu mới' })).status).toBe(200)
    const { docs } = await payload.find({ collection: 'audit-log', where: { event: { equals: 'settings_change' } }, sort: '-createdAt', limit: 1 })
    expect(docs).toHaveLength(1)
    expect((await payload.count({ collection: 'audit-log', where: { event: { equals: 'settings_change' } } })).totalDocs).toBe(before + 1)
    expect(docs[0]).toMatchObject({ targetCollection: 'site-settings', actorEmail: expect.stringMatching(/^admin-/) })
  })
})
