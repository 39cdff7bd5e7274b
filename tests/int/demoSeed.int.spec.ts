import fs from 'node:fs'
import path from 'node:path'

import type { Payload } from 'payload'
import { beforeAll, describe, expect, it } from 'vitest'

import { dataDir } from '@/config/paths'
import { listOutbox } from '@/mail/outbox'
import { seedDemo } from '@/seed/seedDemo'
import { login } from '../helpers/rest'
import { getTestPayload } from '../helpers/testPayload'

let payload: Payload

beforeAll(async () => {
  payload = await getTestPayload()
})

describe('npm run seed:demo', () => {
  it('adds one demo account per role, who can log in with the password kept in the credentials file', async () => {
    const result = await seedDemo(payload)
    const credentials = fs.readFileSync(result.credentialsFile, 'utf8')
    const password = credentials.match(/^password: (.+)$/m)![1]!
    expect(fs.statSync(result.credentialsFile).mode & 0o077).toBe(0)
    expect(path.dirname(result.credentialsFile)).toBe(dataDir())
    for (const role of ['admin', 'editor', 'reviewer', 'press-officer']) {
      const email = credentials.match(new RegExp(`^${role}: (.+)$`, 'm'))![1]!
      const { docs } = await payload.find({ collection: 'users', where: { email: { equals: email } } })
      expect(docs[0]?.roles).toEqual([role])
      await expect(login(email, password)).resolves.toEqual(expect.any(String))
    }
  })

  it('welcomes each new demo account by mail, in the outbox', async () => {
    const subjects = (await listOutbox()).map((entry) => `${entry.to} ${entry.subject}`)
    expect(subjects.some((line) => line.startsWith('bientap@demo.newsroom.local Chào mừng'))).toBe(true)
  })

  it('changes nothing when run a second time', async () => {
    const before = await payload.count({ collection: 'users' })
    const again = await seedDemo(payload)
    expect(again.created).toEqual([])
    expect(again.existing).toHaveLength(4)
    expect(await payload.count({ collection: 'users' })).toEqual(before)
  })
})
