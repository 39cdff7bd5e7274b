import fs from 'node:fs'

import type { Payload } from 'payload'
import { beforeAll, describe, expect, it } from 'vitest'

import { identityNow } from '@/content/settings/identityNow'
import { listOutbox, readOutboxMessage } from '@/mail/outbox'
import { outboxDir } from '@/mail/outboxDir'
import { rest } from '../helpers/rest'
import { getTestPayload } from '../helpers/testPayload'
import { makeStaff } from '../helpers/users'

let payload: Payload

beforeAll(async () => {
  delete process.env.SMTP_URL
  payload = await getTestPayload()
})

describe('the development outbox', () => {
  it('keeps a forgot-password mail as one .eml file under the data directory', async () => {
    const editor = await makeStaff(payload, ['editor'])
    const before = new Set(fs.existsSync(outboxDir()) ? fs.readdirSync(outboxDir()) : [])
    const response = await rest('POST', '/users/forgot-password', { body: { email: editor.email } })
    expect(response.status).toBe(200)

    const added = fs.readdirSync(outboxDir()).filter((file) => !before.has(file))
    expect(added).toHaveLength(1)
    expect(added[0]).toMatch(/\.eml$/)
    const raw = fs.readFileSync(`${outboxDir()}/${added[0]}`, 'utf8')
    expect(raw).toMatch(new RegExp(`^To: ${editor.email}`, 'm'))
  })

  it('lists messages newest first and reads one back with its text and reset link', async () => {
    const editor = await makeStaff(payload, ['editor'])
    await rest('POST', '/users/forgot-password', { body: { email: editor.email } })
    const entries = await listOutbox()
    expect(entries[0]?.to).toBe(editor.email)
    expect(entries[0]?.subject).toContain('Đặt lại mật khẩu')

    const message = await readOutboxMessage(entries[0]!.file)
    expect(message?.html).toContain('/admin/reset/')
    expect(message?.headers.some(([name]) => name.toLowerCase() === 'message-id')).toBe(true)
  })

  it('refuses to read a file outside the outbox', async () => {
    expect(await readOutboxMessage('../payload-secret')).toBeNull()
    expect(await readOutboxMessage('../../etc/passwd.eml')).toBeNull()
  })
})

describe('reading an outbox message', () => {
  it('shows headers decoded, so a Vietnamese subject reads as written', async () => {
    const entries = await listOutbox()
    const message = await readOutboxMessage(entries[0]!.file)
    const subject = message?.headers.find(([name]) => name.toLowerCase() === 'subject')?.[1]
    expect(subject).toBe(`Đặt lại mật khẩu – ${identityNow('vi').siteName}`)
  })
})
