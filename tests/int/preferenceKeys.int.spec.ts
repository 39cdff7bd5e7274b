import type { Payload } from 'payload'
import { beforeAll, describe, expect, it } from 'vitest'

import { login, rest } from '../helpers/rest'
import { getTestPayload } from '../helpers/testPayload'
import { makeStaff } from '../helpers/users'

let payload: Payload
let token: string

beforeAll(async () => {
  payload = await getTestPayload()
  const admin = await makeStaff(payload, ['admin'])
  token = await login(admin.email, admin.password)
})

describe("a staff member's admin preferences", () => {
  it('answers 404, not 500, when a preference that does not exist is deleted', async () => {
    const response = await rest('DELETE', '/payload-preferences/1e20', { token })
    expect(response.status).toBe(404)
  })

  it('answers 400 naming the key for a key no preference can have, and keeps a real one working', async () => {
    for (const key of ['%00', 'a%01b', 'x'.repeat(300)]) {
      const response = await rest('GET', `/payload-preferences/${key}`, { token })
      expect(response.status, key.slice(0, 10)).toBe(400)
      expect(JSON.stringify(response.body)).toContain('key')
    }
    expect((await rest('POST', '/payload-preferences/nav', { token, body: { value: { open: true } } })).status).toBe(200)
    expect((await rest('GET', '/payload-preferences/nav', { token })).body.value).toEqual({ open: true })
    expect((await rest('DELETE', '/payload-preferences/nav', { token })).status).toBe(200)
    expect((await rest('DELETE', '/payload-preferences/nav', { token })).status).toBe(404)
  })
})
