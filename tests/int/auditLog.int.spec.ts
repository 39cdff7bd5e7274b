import { sql } from '@payloadcms/db-postgres'
import type { Payload } from 'payload'
import { beforeAll, describe, expect, it } from 'vitest'

import { auditFilterQuery } from '@/audit/auditFilterQuery'
import { login, rest } from '../helpers/rest'
import { getTestPayload } from '../helpers/testPayload'
import { makeStaff } from '../helpers/users'

let payload: Payload
let adminToken: string

// Matched on the account's unique email too: ids can be reused after other files empty the users table.
const entriesFor = async (user: { id: number; email: string }, event: string) =>
  (
    await payload.find({
      collection: 'audit-log',
      where: { targetId: { equals: String(user.id) }, event: { equals: event }, summary: { contains: user.email } },
    })
  ).docs

beforeAll(async () => {
  payload = await getTestPayload()
  const admin = await makeStaff(payload, ['admin'])
  adminToken = await login(admin.email, admin.password)
})

describe('the audit log', () => {
  it('records a role change with who made it and what changed', async () => {
    const editor = await makeStaff(payload, ['editor'])
    const response = await rest('PATCH', `/users/${editor.id}`, { token: adminToken, body: { roles: ['editor', 'reviewer'] } })
    expect(response.status).toBe(200)
    const [entry] = (await entriesFor(editor, 'role_change')).filter((doc) => (doc.details as { operation?: string }).operation === 'update')
    expect(entry?.actorEmail).toMatch(/^admin-/)
    expect(entry?.details).toMatchObject({ from: ['editor'], to: ['editor', 'reviewer'] })
  })

  it('records a lockout once, when the fifth wrong password locks the account', async () => {
    const reviewer = await makeStaff(payload, ['reviewer'])
    for (let attempt = 1; attempt <= 6; attempt += 1) {
      await rest('POST', '/users/login', { body: { email: reviewer.email, password: 'not-the-password' } })
      if (attempt === 4) expect(await entriesFor(reviewer, 'login_lockout')).toHaveLength(0)
    }
    const entries = await entriesFor(reviewer, 'login_lockout')
    expect(entries).toHaveLength(1)
    expect(entries[0]?.summary).toMatch(/sau 5 lần đăng nhập sai$/)
  })

  it('reads each summary in the reader’s language, with times in Viet Nam time, from the one entry stored', async () => {
    const reviewer = await makeStaff(payload, ['reviewer'])
    for (let attempt = 1; attempt <= 5; attempt += 1) await rest('POST', '/users/login', { body: { email: reviewer.email, password: 'not-the-password' } })
    const [entry] = await entriesFor(reviewer, 'login_lockout')
    const read = async (language: string) =>
      (await rest('GET', `/audit-log/${entry!.id}`, { token: adminToken, headers: { 'Accept-Language': language, Cookie: `payload-lng=${language}` } })).body
        .summary as string
    const vi = await read('vi')
    const en = await read('en')
    expect(vi).toMatch(
      new RegExp(`^${reviewer.email.replace(/[.+]/g, '\\$&')} bị khoá đến \\d{2}/\\d{2}/\\d{4} \\d{2}:\\d{2} giờ Việt Nam sau 5 lần đăng nhập sai$`),
    )
    expect(en).toMatch(
      new RegExp(`^${reviewer.email.replace(/[.+]/g, '\\$&')} locked until \\d{2}/\\d{2}/\\d{4} \\d{2}:\\d{2} Viet Nam time after 5 failed logins$`),
    )
    expect((entry!.details as { summaryMessage?: { key?: string } }).summaryMessage?.key).toBe('lockout')
  })

  it('names the scheduler, the system and a journalist in the reader’s language where no staff member acted', async () => {
    const stored = await Promise.all(
      ['scheduler', 'system', 'journalist #7 phong.vien@bao.vn'].map((actorLabel) =>
        payload.create({
          collection: 'audit-log',
          data: { event: 'publish', summary: `Kiểm tra tác nhân ${actorLabel}`, actorLabel, targetCollection: 'articles', targetId: '0' },
          overrideAccess: true,
        }),
      ),
    )
    const read = async (id: number, language: string) =>
      (await rest('GET', `/audit-log/${id}`, { token: adminToken, headers: { 'Accept-Language': language, Cookie: `payload-lng=${language}` } })).body
        .actorName as string
    expect(await Promise.all(stored.map((entry) => read(entry.id, 'vi')))).toEqual(['Bộ lập lịch', 'Hệ thống', 'Nhà báo phong.vien@bao.vn'])
    expect(await Promise.all(stored.map((entry) => read(entry.id, 'en')))).toEqual(['Scheduler', 'System', 'Journalist phong.vien@bao.vn'])
    // Nothing was written: the name is worded when read.
    const { rows } = await payload.db.drizzle.execute(
      sql`SELECT count(*)::int AS n FROM audit_log WHERE id IN (${sql.join(
        stored.map((entry) => sql`${entry.id}`),
        sql`, `,
      )}) AND actor_name IS NOT NULL`,
    )
    expect(rows[0]).toEqual({ n: 0 })
  })

  it('names roles in the reader’s language in a role change’s summary', async () => {
    const editor = await makeStaff(payload, ['editor'])
    await rest('PATCH', `/users/${editor.id}`, { token: adminToken, body: { roles: ['editor', 'press-officer'] } })
    const [entry] = (await entriesFor(editor, 'role_change')).filter((doc) => (doc.details as { operation?: string }).operation === 'update')
    const read = async (language: string) =>
      (await rest('GET', `/audit-log/${entry!.id}`, { token: adminToken, headers: { Cookie: `payload-lng=${language}` } })).body.summary
    await expect(read('vi')).resolves.toBe(`Vai trò của ${editor.email}: Biên tập viên → Biên tập viên, Cán bộ báo chí`)
    await expect(read('en')).resolves.toBe(`Roles of ${editor.email}: Editor → Editor, Press officer`)
  })

  it('refuses every change or deletion through REST, admins included', async () => {
    const [entry] = (await payload.find({ collection: 'audit-log', limit: 1 })).docs
    expect((await rest('PATCH', `/audit-log/${entry!.id}`, { token: adminToken, body: { summary: 'rewritten' } })).status).toBe(403)
    expect((await rest('DELETE', `/audit-log/${entry!.id}`, { token: adminToken })).status).toBe(403)
    expect((await rest('POST', '/audit-log', { token: adminToken, body: { event: 'publish', summary: 'forged' } })).status).toBe(403)
    expect((await payload.findByID({ collection: 'audit-log', id: entry!.id })).summary).toBe(entry!.summary)
  })

  it('refuses changes through the Local API even with overrideAccess, and through SQL', async () => {
    const [entry] = (await payload.find({ collection: 'audit-log', limit: 1 })).docs
    await expect(payload.update({ collection: 'audit-log', id: entry!.id, data: { summary: 'x' }, overrideAccess: true })).rejects.toThrow(/Không ai sửa được/)
    await expect(payload.delete({ collection: 'audit-log', id: entry!.id, overrideAccess: true })).rejects.toThrow(/Không ai xoá được/)
    const db = payload.db as unknown as { drizzle: { execute: (query: unknown) => Promise<unknown> } }
    await expect(db.drizzle.execute(sql`delete from audit_log`)).rejects.toThrow()
    expect((await payload.count({ collection: 'audit-log', where: { id: { equals: entry!.id } } })).totalDocs).toBe(1)
  })

  it('shows other staff only the editorial history, never role changes or lockouts', async () => {
    const editor = await makeStaff(payload, ['editor'])
    const token = await login(editor.email, editor.password)
    const response = await rest('GET', '/audit-log?limit=100', { token })
    expect(response.status).toBe(200)
    expect(response.body.docs.every((doc: { event: string }) => doc.event === 'workflow' || doc.event === 'publish')).toBe(true)
    expect((await rest('GET', '/audit-log?where[event][equals]=role_change', { token })).body.totalDocs).toBe(0)
    expect((await rest('GET', '/audit-log')).status).toBe(403)
  })

  it('exports the filtered log as CSV for admins only', async () => {
    const response = await rest('GET', '/audit-log/export.csv?where[event][equals]=login_lockout', { token: adminToken })
    expect(response.status).toBe(200)
    expect(response.headers.get('content-type')).toBe('text/csv; charset=utf-8')
    const lines = String(response.body).trim().split('\r\n')
    expect(lines[0]).toBe('"createdAt","event","actorId","actorName","actorEmail","actorLabel","targetCollection","targetId","summary","details"')
    expect(lines.length).toBeGreaterThan(1)
    expect(lines.slice(1).every((line) => line.includes('"login_lockout"'))).toBe(true)

    const editor = await makeStaff(payload, ['editor'])
    const refused = await rest('GET', '/audit-log/export.csv', { token: await login(editor.email, editor.password) })
    expect(refused.status).toBe(403)
  })

  it('names the person who acted, and filters by event, day and person as the form writes it, in the list and the CSV alike', async () => {
    const named = await makeStaff(payload, ['admin'])
    await payload.update({ collection: 'users', id: named.id, data: { name: 'Nguyễn Thị Quản Trị' } as never, overrideAccess: true })
    const token = await login(named.email, named.password)
    const editor = await makeStaff(payload, ['editor'])
    expect((await rest('PATCH', `/users/${editor.id}`, { token, body: { roles: ['editor', 'reviewer'] } })).status).toBe(200)
    const [entry] = await entriesFor(editor, 'role_change')
    expect(entry).toMatchObject({ actorName: 'Nguyễn Thị Quản Trị', actorEmail: named.email })

    const today = new Date(Date.now() + 7 * 3600_000).toISOString().slice(0, 10)
    const query = auditFilterQuery({ event: 'role_change', from: today, to: today, person: 'Quản Trị' })
    const listed = await rest('GET', `/audit-log?${query}&limit=50`, { token: adminToken })
    expect(listed.status).toBe(200)
    expect(listed.body.docs.map((doc: { id: number }) => doc.id)).toContain(entry!.id)
    expect(listed.body.docs.every((doc: { event: string; actorName: string }) => doc.event === 'role_change' && doc.actorName.includes('Quản Trị'))).toBe(true)
    const csv = await rest('GET', `/audit-log/export.csv?${query}`, { token: adminToken })
    expect(String(csv.body)).toContain('"Nguyễn Thị Quản Trị"')
    const yesterday = new Date(Date.now() + 7 * 3600_000 - 86_400_000).toISOString().slice(0, 10)
    expect(
      (await rest('GET', `/audit-log?${auditFilterQuery({ event: 'role_change', to: yesterday, person: 'Quản Trị' })}`, { token: adminToken })).body.totalDocs,
    ).toBe(0)
  })
})
