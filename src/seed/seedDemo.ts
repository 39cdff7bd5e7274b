import { randomBytes } from 'node:crypto'
import fs from 'node:fs'
import path from 'node:path'

import type { Payload } from 'payload'

import type { Role } from '../access/roles'
import { dataDir } from '../config/paths'

const DEMO_STAFF: Array<{ email: string; name: string; roles: Role[] }> = [
  { email: 'bientap@demo.newsroom.local', name: 'Nguyễn Thị Biên Tập', roles: ['editor'] },
  { email: 'kiemduyet@demo.newsroom.local', name: 'Trần Văn Kiểm Duyệt', roles: ['reviewer'] },
  { email: 'baochi@demo.newsroom.local', name: 'Lê Thu Báo Chí', roles: ['press-officer'] },
  { email: 'quantri@demo.newsroom.local', name: 'Phạm Quản Trị', roles: ['admin'] },
]

export type DemoSeedResult = { created: string[]; existing: string[]; credentialsFile: string }

/**
 * Demo staff, one per role, for trying the admin. They share one random password, kept
 * in `<data dir>/demo-credentials.txt` (readable only by its owner) rather than printed.
 * Each new account gets a welcome mail, so the outbox has something to show.
 */
export async function seedDemo(payload: Payload): Promise<DemoSeedResult> {
  const credentialsFile = path.join(dataDir(), 'demo-credentials.txt')
  const password = fs.existsSync(credentialsFile)
    ? (fs.readFileSync(credentialsFile, 'utf8').match(/^password: (.+)$/m)?.[1] ?? randomBytes(12).toString('base64url'))
    : randomBytes(12).toString('base64url')
  const created: string[] = []
  const existing: string[] = []
  for (const person of DEMO_STAFF) {
    const { totalDocs } = await payload.count({ collection: 'users', where: { email: { equals: person.email } }, overrideAccess: true })
    if (totalDocs > 0) {
      existing.push(person.email)
      continue
    }
    await payload.create({ collection: 'users', data: { ...person, password }, overrideAccess: true })
    await payload.sendEmail({
      to: person.email,
      subject: 'Chào mừng đến Campaign Newsroom / Welcome to Campaign Newsroom',
      text: `Xin chào ${person.name},\n\nTài khoản demo của bạn (${person.roles.join(', ')}) đã sẵn sàng.\n\nHello ${person.name}, your demo account is ready.\n`,
    })
    created.push(person.email)
  }
  fs.mkdirSync(path.dirname(credentialsFile), { recursive: true })
  const lines = ['Demo staff accounts (npm run seed:demo). Never use them in production.', `password: ${password}`]
  for (const person of DEMO_STAFF) lines.push(`${person.roles.join(',')}: ${person.email}`)
  fs.writeFileSync(credentialsFile, lines.join('\n') + '\n', { mode: 0o600 })
  return { created, existing, credentialsFile }
}
