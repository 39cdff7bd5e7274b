import type { Payload } from 'payload'
import { vi } from '@payloadcms/translations/languages/vi'
import { beforeAll, describe, expect, it } from 'vitest'

import { graphql } from '../helpers/graphql'
import { login, rest } from '../helpers/rest'
import { getTestPayload } from '../helpers/testPayload'
import { makeStaff, removeAllUsers } from '../helpers/users'

let payload: Payload

beforeAll(async () => {
  payload = await getTestPayload()
  await removeAllUsers(payload)
})

describe('the first user', () => {
  it('is created through first-register and becomes an admin, whatever roles were asked for', async () => {
    const response = await rest('POST', '/users/first-register', {
      body: { email: 'founder@ministry.test', password: 'first-user-password-1', roles: ['editor'] },
    })
    expect(response.status).toBe(200)
    expect(response.body.user.roles).toEqual(['admin'])
    expect(response.body.token).toEqual(expect.any(String))
  })

  it('cannot be registered a second time once an account exists', async () => {
    const response = await rest('POST', '/users/first-register', {
      body: { email: 'intruder@ministry.test', password: 'intruder-password-1' },
    })
    expect(response.status).toBe(403)
    const { totalDocs } = await payload.count({ collection: 'users', where: { email: { equals: 'intruder@ministry.test' } } })
    expect(totalDocs).toBe(0)
  })
})

describe('role changes', () => {
  it('lets an admin give another account the reviewer role', async () => {
    const admin = await makeStaff(payload, ['admin'])
    const editor = await makeStaff(payload, ['editor'])
    const token = await login(admin.email, admin.password)
    const response = await rest('PATCH', `/users/${editor.id}`, { token, body: { roles: ['editor', 'reviewer'] } })
    expect(response.status).toBe(200)
    const stored = await payload.findByID({ collection: 'users', id: editor.id })
    expect(stored.roles).toEqual(['editor', 'reviewer'])
  })

  it('refuses an editor who tries to raise their own roles, naming the field', async () => {
    const editor = await makeStaff(payload, ['editor'])
    const token = await login(editor.email, editor.password)
    const response = await rest('PATCH', `/users/${editor.id}`, { token, body: { roles: ['editor', 'admin'] } })
    expect(response.status).toBe(403)
    expect(JSON.stringify(response.body)).toContain('roles')
    const stored = await payload.findByID({ collection: 'users', id: editor.id })
    expect(stored.roles).toEqual(['editor'])
  })

  it('refuses a reviewer who tries to change somebody else’s roles', async () => {
    const reviewer = await makeStaff(payload, ['reviewer'])
    const editor = await makeStaff(payload, ['editor'])
    const token = await login(reviewer.email, reviewer.password)
    const response = await rest('PATCH', `/users/${editor.id}`, { token, body: { roles: ['admin'] } })
    expect(response.status).toBe(403)
    const stored = await payload.findByID({ collection: 'users', id: editor.id })
    expect(stored.roles).toEqual(['editor'])
  })

  it('refuses an admin who tries to change their own roles, saying why in the admin’s language', async () => {
    const admin = await makeStaff(payload, ['admin'])
    const token = await login(admin.email, admin.password)
    const ask = (lang: string) => rest('PATCH', `/users/${admin.id}`, { token, body: { roles: ['admin', 'reviewer'] }, headers: { 'Accept-Language': lang } })
    const vi = await ask('vi')
    expect(vi.status).toBe(403)
    expect(vi.body.errors[0].message).toBe('Không ai được tự đổi vai trò của mình; hãy nhờ một quản trị viên khác (trường roles).')
    expect(vi.body.errors[0].data).toEqual({ code: 'role_not_allowed', field: 'roles' })
    const en = await ask('en')
    expect(en.status).toBe(403)
    expect(en.body.errors[0].message).toBe('Nobody may change their own roles; ask another admin (field: roles).')
    expect((await payload.findByID({ collection: 'users', id: admin.id })).roles).toEqual(['admin'])
  })

  it('lets an editor change their own name without touching roles', async () => {
    const editor = await makeStaff(payload, ['editor'])
    const token = await login(editor.email, editor.password)
    const response = await rest('PATCH', `/users/${editor.id}`, { token, body: { name: 'Nguyễn Văn A' } })
    expect(response.status).toBe(200)
    expect(response.body.doc.name).toBe('Nguyễn Văn A')
    expect(response.body.doc.roles).toEqual(['editor'])
  })

  it('refuses the same role change when it comes through GraphQL', async () => {
    const editor = await makeStaff(payload, ['editor'])
    const token = await login(editor.email, editor.password)
    const body = await graphql(`mutation { updateUser(id: ${editor.id}, data: { roles: admin }) { roles } }`, token)
    // No language asked for: Vietnamese, the newsroom's first.
    expect(body.errors?.[0]?.message).toBe('Chỉ quản trị viên mới được đổi vai trò (trường roles).')
    const stored = await payload.findByID({ collection: 'users', id: editor.id })
    expect(stored.roles).toEqual(['editor'])
  })

  it('does not let anyone but an admin create staff accounts', async () => {
    const pressOfficer = await makeStaff(payload, ['press-officer'])
    const token = await login(pressOfficer.email, pressOfficer.password)
    const response = await rest('POST', '/users', { token, body: { email: 'new@staff.test', password: 'another-password-1', roles: ['editor'] } })
    expect(response.status).toBe(403)
  })
})

describe('login lockout', () => {
  it('locks an account for ten minutes after five wrong passwords, even against the right one', async () => {
    const editor = await makeStaff(payload, ['editor'])
    for (let attempt = 1; attempt <= 5; attempt += 1) {
      const wrong = await rest('POST', '/users/login', { body: { email: editor.email, password: 'wrong-password' } })
      expect(wrong.status).toBe(401)
    }
    const right = await rest('POST', '/users/login', { body: { email: editor.email, password: editor.password } })
    // Payload answers 401 with its "locked" message, distinct from a wrong password's.
    expect(right.status).toBe(401)
    expect(right.body.errors[0].message).toBe(vi.translations.error.userLocked)
    const stored = await payload.db.findOne<{ id: number; lockUntil?: string }>({ collection: 'users', where: { id: { equals: editor.id } } })
    const lockedForMs = new Date(stored?.lockUntil ?? 0).getTime() - Date.now()
    expect(lockedForMs).toBeGreaterThan(9 * 60 * 1000)
    expect(lockedForMs).toBeLessThanOrEqual(10 * 60 * 1000)
  })
})

describe('admin accounts', () => {
  it('keeps the last admin from being deleted, saying so in the admin’s language', async () => {
    await removeAllUsers(payload)
    const admin = await makeStaff(payload, ['admin'])
    const token = await login(admin.email, admin.password)
    const response = await rest('DELETE', `/users/${admin.id}`, { token })
    expect(response.status).toBe(409)
    expect(response.body.errors[0].message).toBe('Không xoá được tài khoản quản trị viên cuối cùng.')
    const english = await rest('DELETE', `/users/${admin.id}`, { token, headers: { 'Accept-Language': 'en' } })
    expect(english.status).toBe(409)
    expect(english.body.errors[0].message).toBe('The last admin account cannot be deleted.')
    expect(await payload.count({ collection: 'users' })).toEqual({ totalDocs: 1 })
  })
})
