import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { login, rest } from '../helpers/rest'
import { startSmtpSink, type SmtpSink } from '../helpers/smtpSink'
import { getTestPayload } from '../helpers/testPayload'
import { makeStaff } from '../helpers/users'

let sink: SmtpSink
let payload: Payload

beforeAll(async () => {
  sink = await startSmtpSink({ user: 'newsroom', pass: 'p@ss word' })
  // Set before the config is first imported by this file's Payload instance.
  process.env.SMTP_URL = `smtp://newsroom:${encodeURIComponent('p@ss word')}@127.0.0.1:${sink.port}`
  payload = await getTestPayload()
})

afterAll(async () => {
  await sink.close()
  delete process.env.SMTP_URL
})

describe('mail through an SMTP relay', () => {
  it('delivers Payload’s forgot-password mail to the relay, authenticated with SMTP_URL’s credentials', async () => {
    const editor = await makeStaff(payload, ['editor'])
    const response = await rest('POST', '/users/forgot-password', { body: { email: editor.email } })
    expect(response.status).toBe(200)

    const mail = await sink.waitFor((message) => message.to !== undefined && JSON.stringify(message.to).includes(editor.email))
    expect(sink.logins).toContain('newsroom')
    expect(mail.subject).toContain('Đặt lại mật khẩu')
    expect(mail.html).toContain('http://newsroom.test/admin/reset/')
  })

  it('sends a reset link whose token really resets the password', async () => {
    const editor = await makeStaff(payload, ['editor'])
    await rest('POST', '/users/forgot-password', { body: { email: editor.email } })
    const mail = await sink.waitFor((message) => JSON.stringify(message.to).includes(editor.email))
    const token = String(mail.html).match(/\/admin\/reset\/([^"'<\s]+)/)?.[1]
    expect(token).toBeTruthy()

    const reset = await rest('POST', '/users/reset-password', { body: { token: decodeURIComponent(token!), password: 'a-brand-new-password-7' } })
    expect(reset.status).toBe(200)
    await expect(login(editor.email, 'a-brand-new-password-7')).resolves.toEqual(expect.any(String))
    await expect(login(editor.email, editor.password)).rejects.toThrow(/login failed/)
  })

  it('answers a reset request for an unknown address the same way, and sends nothing', async () => {
    const before = sink.messages.length
    const response = await rest('POST', '/users/forgot-password', { body: { email: 'nobody@nowhere.test' } })
    expect(response.status).toBe(200)
    await new Promise((resolve) => setTimeout(resolve, 300))
    expect(sink.messages.length).toBe(before)
  })
})
