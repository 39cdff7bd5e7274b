import type { Payload } from 'payload'
import { afterEach, beforeAll, describe, expect, it } from 'vitest'

import { makeCampaign } from '../helpers/content'
import { makeAgency } from '../helpers/delivery'
import { graphqlHttp } from '../helpers/graphqlHttp'
import { login, rest } from '../helpers/rest'
import { getTestPayload } from '../helpers/testPayload'
import { makeStaff } from '../helpers/users'

/**
 * Payload's own surfaces: account unlocking, the job queue's run endpoints, the system
 * collections (document locks, preferences, jobs, migrations) and GraphQL's cost and
 * introspection limits. Each is tried as every kind of caller the newsroom has.
 */
type Persona = 'anonymous' | 'active agency' | 'inactive agency' | 'editor' | 'reviewer' | 'press-officer' | 'admin'
const OUTSIDERS: Persona[] = ['anonymous', 'active agency', 'inactive agency']
const STAFF_BUT_NOT_ADMIN: Persona[] = ['editor', 'reviewer', 'press-officer']

let payload: Payload
const tokens: Partial<Record<Persona, string>> = {}
const staffIds: Partial<Record<Persona, number>> = {}

beforeAll(async () => {
  payload = await getTestPayload()
  for (const role of ['editor', 'reviewer', 'press-officer', 'admin'] as const) {
    const member = await makeStaff(payload, [role])
    staffIds[role] = member.id
    tokens[role] = await login(member.email, member.password)
  }
  tokens['active agency'] = `agencies API-Key ${(await makeAgency(payload, { active: true, trusted: true })).apiKey}`
  tokens['inactive agency'] = `agencies API-Key ${(await makeAgency(payload, { active: false })).apiKey}`
})

async function lockedOutStaff() {
  const member = await makeStaff(payload, ['editor'])
  await payload.db.updateOne({ collection: 'users', id: member.id, data: { loginAttempts: 5, lockUntil: new Date(Date.now() + 600_000).toISOString() } })
  return member
}

async function lockState(id: number) {
  const user = (await payload.findByID({ collection: 'users', id, showHiddenFields: true, depth: 0 })) as { loginAttempts?: number; lockUntil?: string | null }
  return { loginAttempts: user.loginAttempts ?? 0, locked: Boolean(user.lockUntil && new Date(user.lockUntil) > new Date()) }
}

describe('unlocking a staff account', () => {
  it('lets an admin unlock an account that is locked out', async () => {
    const member = await lockedOutStaff()
    const response = await rest('POST', '/users/unlock', { token: tokens.admin, body: { email: member.email } })
    expect(response.status).toBe(200)
    expect(await lockState(member.id)).toEqual({ loginAttempts: 0, locked: false })
  })

  it.each([...OUTSIDERS, ...STAFF_BUT_NOT_ADMIN])('refuses %s and leaves the account locked', async (persona) => {
    const member = await lockedOutStaff()
    const response = await rest('POST', '/users/unlock', { token: tokens[persona], body: { email: member.email } })
    expect(response.status).toBe(403)
    expect(await lockState(member.id)).toEqual({ loginAttempts: 5, locked: true })
  })
})

describe('running the job queue', () => {
  const QUEUE = 'access-probe'

  async function queueProbe() {
    return payload.jobs.queue({ task: 'publishDueItems', input: {}, queue: QUEUE })
  }

  // A job that completes is deleted (Payload's deleteJobOnComplete), so gone counts as run.
  async function hasRun(id: number | string) {
    const { docs } = await payload.find({ collection: 'payload-jobs', where: { id: { equals: id } }, depth: 0 })
    const job = docs[0]
    return !job || Boolean(job.completedAt || job.totalTried)
  }

  afterEach(async () => {
    await payload.delete({ collection: 'payload-jobs', where: { queue: { equals: QUEUE } } })
  })

  it.each([...OUTSIDERS, ...STAFF_BUT_NOT_ADMIN])('refuses %s on /run, and the queued job stays unrun', async (persona) => {
    const job = await queueProbe()
    const response = await rest('GET', `/payload-jobs/run?queue=${QUEUE}`, { token: tokens[persona] })
    expect(response.status).toBe(401)
    expect(await hasRun(job.id)).toBe(false)
  })

  it.each([...OUTSIDERS, ...STAFF_BUT_NOT_ADMIN])('refuses %s on /handle-schedules', async (persona) => {
    const response = await rest('GET', '/payload-jobs/handle-schedules?queue=webhooks', { token: tokens[persona] })
    expect(response.status).toBe(401)
  })

  it('lets an admin run a queue', async () => {
    const job = await queueProbe()
    const response = await rest('GET', `/payload-jobs/run?queue=${QUEUE}`, { token: tokens.admin })
    expect(response.status).toBe(200)
    expect(await hasRun(job.id)).toBe(true)
  })

  it('still lets the app’s own workers run the queue without a user', async () => {
    const job = await queueProbe()
    await payload.jobs.run({ queue: QUEUE })
    expect(await hasRun(job.id)).toBe(true)
  })
})

describe('document locks', () => {
  async function lockAnArticleFor(userId: number) {
    const campaign = await makeCampaign(payload)
    const article = await payload.create({
      collection: 'articles',
      data: { headline: `Locked ${Date.now()}`, campaign: campaign.id } as never,
      overrideAccess: true,
    })
    return payload.create({
      collection: 'payload-locked-documents',
      data: { document: { relationTo: 'articles', value: article.id }, user: { relationTo: 'users', value: userId } } as never,
      overrideAccess: true,
    })
  }

  it.each(OUTSIDERS)('are neither listed, created, taken over nor removed by %s', async (persona) => {
    const lock = await lockAnArticleFor(staffIds.editor!)
    const token = tokens[persona]
    expect((await rest('GET', '/payload-locked-documents', { token })).status).toBe(403)
    expect((await rest('GET', `/payload-locked-documents/${lock.id}`, { token })).status).toBe(403)
    expect(
      (await rest('POST', '/payload-locked-documents', { token, body: { globalSlug: 'x', user: { relationTo: 'users', value: staffIds.admin } } })).status,
    ).toBe(403)
    expect(
      (await rest('PATCH', `/payload-locked-documents/${lock.id}`, { token, body: { user: { relationTo: 'users', value: staffIds.admin } } })).status,
    ).toBe(403)
    expect((await rest('DELETE', `/payload-locked-documents/${lock.id}`, { token })).status).toBe(403)
    const stored = await payload.findByID({ collection: 'payload-locked-documents', id: lock.id, depth: 0 })
    expect(stored.user).toEqual({ relationTo: 'users', value: staffIds.editor })
  })

  it.each(OUTSIDERS)('are not readable through GraphQL by %s', async (persona) => {
    await lockAnArticleFor(staffIds.editor!)
    const response = await graphqlHttp('{ PayloadLockedDocuments { docs { id } } }', { token: tokens[persona] })
    expect(response.body.data?.PayloadLockedDocuments ?? null).toBeNull()
    expect(response.body.errors?.length).toBeGreaterThan(0)
  })

  it('work for staff: a reviewer sees an editor’s lock, takes it over and releases it', async () => {
    const lock = await lockAnArticleFor(staffIds.editor!)
    const token = tokens.reviewer
    const listed = await rest('GET', `/payload-locked-documents?where[id][equals]=${lock.id}&depth=0`, { token })
    expect(listed.status).toBe(200)
    expect(listed.body.docs.map((doc: { id: number }) => doc.id)).toEqual([lock.id])
    const takenOver = await rest('PATCH', `/payload-locked-documents/${lock.id}`, { token, body: { user: { relationTo: 'users', value: staffIds.reviewer } } })
    expect(takenOver.status).toBe(200)
    expect((await rest('DELETE', `/payload-locked-documents/${lock.id}`, { token })).status).toBe(200)
  })
})

describe('preferences', () => {
  it.each(OUTSIDERS)('cannot be created, read or written by %s', async (persona) => {
    const token = tokens[persona]
    const before = await payload.count({ collection: 'payload-preferences', overrideAccess: true })
    expect((await rest('POST', '/payload-preferences', { token, body: { key: 'probe', value: { a: 1 } } })).status).toBe(403)
    expect((await rest('POST', '/payload-preferences/probe', { token, body: { value: { a: 1 } } })).status).toBe(403)
    expect((await rest('GET', '/payload-preferences/probe', { token })).status).toBe(403)
    expect((await rest('DELETE', '/payload-preferences/probe', { token })).status).toBe(403)
    expect((await rest('GET', '/payload-preferences', { token })).status).toBe(403)
    const viaGraphql = await graphqlHttp('mutation { createPayloadPreference(data: { key: "probe", value: { a: 1 } }) { id } }', { token })
    expect(viaGraphql.body.data?.createPayloadPreference ?? null).toBeNull()
    expect((await payload.count({ collection: 'payload-preferences', overrideAccess: true })).totalDocs).toBe(before.totalDocs)
  })

  it('are kept per staff member: each sees and changes only their own', async () => {
    const key = `nav-${Date.now()}`
    expect((await rest('POST', `/payload-preferences/${key}`, { token: tokens.editor, body: { value: { open: ['editor'] } } })).status).toBe(200)
    expect((await rest('POST', `/payload-preferences/${key}`, { token: tokens.admin, body: { value: { open: ['admin'] } } })).status).toBe(200)

    const mine = await rest('GET', `/payload-preferences/${key}`, { token: tokens.editor })
    expect(mine.body.value).toEqual({ open: ['editor'] })

    const listed = await rest('GET', `/payload-preferences?where[key][equals]=${key}&depth=0`, { token: tokens.editor })
    expect(listed.status).toBe(200)
    expect(listed.body.docs.map((doc: { value: unknown }) => doc.value)).toEqual([{ open: ['editor'] }])

    const { docs } = await payload.find({
      collection: 'payload-preferences',
      where: { key: { equals: key }, 'user.value': { equals: staffIds.admin } },
      overrideAccess: true,
    })
    const adminsId = docs[0]!.id
    expect((await rest('GET', `/payload-preferences/${adminsId}`, { token: tokens.editor })).body.value ?? null).toBeNull()
    expect((await rest('PATCH', `/payload-preferences/${adminsId}`, { token: tokens.editor, body: { value: { open: [] } } })).status).toBe(403)
    expect((await payload.findByID({ collection: 'payload-preferences', id: adminsId, overrideAccess: true })).value).toEqual({ open: ['admin'] })
  })
})

describe('the jobs and migrations collections', () => {
  it.each([...OUTSIDERS, ...STAFF_BUT_NOT_ADMIN])('are closed to %s', async (persona) => {
    const token = tokens[persona]
    expect((await rest('GET', '/payload-jobs', { token })).status).toBe(403)
    expect((await rest('POST', '/payload-jobs', { token, body: { taskSlug: 'publishDueItems', queue: 'x' } })).status).toBe(403)
    expect((await rest('GET', '/payload-migrations', { token })).status).toBe(404)
    expect((await rest('GET', '/globals/payload-jobs-stats', { token })).status).toBe(403)
    expect((await rest('POST', '/globals/payload-jobs-stats', { token, body: { stats: {} } })).status).toBe(403)
  })
})

describe('GraphQL cost', () => {
  const aliases = (count: number, selection: string) => `{ ${Array.from({ length: count }, (_, i) => `a${i}: ${selection}`).join(' ')} }`

  it('answers everyday queries', async () => {
    const response = await graphqlHttp('{ Articles(limit: 10) { totalDocs docs { id headline campaign { id title } } } Campaigns { docs { id title } } }')
    expect(response.status).toBe(200)
    expect(response.body.errors).toBeUndefined()
    expect(response.body.data?.Articles.totalDocs).toEqual(expect.any(Number))
  })

  it('refuses 300 aliases of Articles { totalDocs } with 400 before touching the database', async () => {
    const started = Date.now()
    const response = await graphqlHttp(aliases(300, 'Articles { totalDocs }'), { acceptLanguage: 'en' })
    expect(response.status).toBe(400)
    expect(response.body.data).toBeUndefined()
    expect(response.body.errors?.[0]?.message).toMatch(/cost/)
    expect(response.body.errors?.[0]?.extensions?.code).toBe('QUERY_TOO_COSTLY')
    expect(Date.now() - started).toBeLessThan(2_000)
  })

  it('counts fragments: the same aliases behind a fragment are refused too', async () => {
    const query = `query { ...many } fragment many on Query { ${Array.from({ length: 300 }, (_, i) => `a${i}: Articles { totalDocs }`).join(' ')} }`
    expect((await graphqlHttp(query)).status).toBe(400)
  })

  it('refuses a fragment that spreads itself with 400, not a crash', async () => {
    const response = await graphqlHttp('query { Articles { docs { ...loop } } } fragment loop on Article { id ...loop }', { acceptLanguage: 'en' })
    expect(response.status).toBe(400)
    expect(response.body.errors?.[0]?.message).toMatch(/loop/)
    const inVietnamese = await graphqlHttp('query { Articles { docs { ...loop } } } fragment loop on Article { id ...loop }', { acceptLanguage: 'vi' })
    expect(inVietnamese.body.errors?.[0]?.message).toBe('Truy vấn bị từ chối: fragment "loop" tự lồng vào chính nó nên sẽ không bao giờ kết thúc.')
  })

  it('refuses fragments that double at every level', async () => {
    const levels = 30
    const fragments = Array.from(
      { length: levels },
      (_, i) => `fragment f${i} on Article { a: campaign { id } ${i + 1 < levels ? `...f${i + 1} b: campaign { id } ...f${i + 1}` : ''} }`,
    )
    const started = Date.now()
    const response = await graphqlHttp(`query { Articles { docs { ...f0 } } } ${fragments.join(' ')}`)
    expect(response.status).toBe(400)
    expect(Date.now() - started).toBeLessThan(2_000)
  })

  it('refuses a query nested too deep', async () => {
    const deep = `{ Articles { docs { ${'campaign { topics { '.repeat(8)}id${' } }'.repeat(8)} } } }`
    const response = await graphqlHttp(deep, { acceptLanguage: 'en' })
    expect(response.status).toBe(400)
    expect(response.body.errors?.[0]?.message).toMatch(/deep/)
  })

  it('asks for the GraphQL media type on every request through the site, so that a refusal answers 400 whatever the client accepts', async () => {
    const { proxy } = await import('@/proxy')
    const { NextRequest } = await import('next/server')
    const forwarded = await proxy(new NextRequest('http://newsroom.test/api/graphql', { method: 'POST', headers: { accept: '*/*' } }))
    expect(forwarded.headers.get('x-middleware-request-accept')).toBe('application/graphql-response+json')
  })
})

describe('GraphQL introspection in production', () => {
  const previous = process.env.NODE_ENV
  const env = process.env as Record<string, string | undefined>
  afterEach(() => {
    env.NODE_ENV = previous
  })
  const INTROSPECTION = '{ __schema { queryType { name } } }'

  it.each(OUTSIDERS)('is refused to %s', async (persona) => {
    env.NODE_ENV = 'production'
    const response = await graphqlHttp(INTROSPECTION, { token: tokens[persona] })
    expect(response.status).toBe(400)
    expect(response.body.data).toBeUndefined()
  })

  it.each(['editor', 'admin'] as const)('is answered for %s', async (persona) => {
    env.NODE_ENV = 'production'
    const response = await graphqlHttp(INTROSPECTION, { token: tokens[persona] })
    expect(response.status).toBe(200)
    expect(response.body.data?.__schema.queryType.name).toBe('Query')
  })

  it('is answered to anyone outside production', async () => {
    env.NODE_ENV = 'test'
    const response = await graphqlHttp(INTROSPECTION)
    expect(response.body.data?.__schema.queryType.name).toBe('Query')
  })
})

describe('Payload’s own answers, in the reader’s language', () => {
  const asReader = (lang: string) => ({ 'Accept-Language': lang })

  it('answers GET /api/no-such-route with 404 in Vietnamese for a Vietnamese reader and in English for an English one', async () => {
    const vi = await rest('GET', '/no-such-route', { headers: asReader('vi') })
    expect(vi.status).toBe(404)
    expect(vi.body).toEqual({ message: 'Không có đường dẫn API "/api/no-such-route".' })
    const en = await rest('GET', '/no-such-route', { headers: asReader('en') })
    expect(en.status).toBe(404)
    expect(en.body).toEqual({ message: 'Route not found "/api/no-such-route".' })
  })

  it('answers 404 in the reader’s language for any method and any path no endpoint takes, at the root, under a collection or a global, and for a client who names neither language', async () => {
    for (const path of [
      '/no-such-route/deeper',
      '/articles/1/no-such-thing',
      '/globals/no-such-global',
      '/globals/site-settings/no-such-thing',
      '/payload-migrations',
    ]) {
      for (const method of ['GET', 'POST', 'PATCH', 'PUT', 'DELETE']) {
        const vi = await rest(method, path, { token: tokens.editor, headers: asReader('fr') })
        expect(vi.status, `${method} ${path}`).toBe(404)
        expect(vi.body).toEqual({ message: `Không có đường dẫn API "/api${path}".` })
        const en = await rest(method, path, { headers: asReader('en-GB,en;q=0.9') })
        expect(en.status, `${method} ${path}`).toBe(404)
        expect(en.body).toEqual({ message: `Route not found "/api${path}".` })
      }
    }
  })

  it('leaves every route that exists to its endpoint, a CORS preflight to Payload, and a route added after start-up, as Next.js adds /og, to that route', async () => {
    expect((await rest('GET', '/access', { token: tokens.editor })).status).toBe(200)
    expect((await rest('GET', '/articles?limit=1', { token: tokens.editor })).status).toBe(200)
    expect((await rest('GET', '/globals/site-settings')).status).toBe(200)
    expect((await rest('OPTIONS', '/no-such-route')).status).toBe(200)
    const { default: config } = await import('../../payload.config')
    ;(await config).endpoints.push({ path: '/added-late', method: 'get', handler: () => Response.json({ added: 'late' }) })
    const late = await rest('GET', '/added-late')
    expect(late.status).toBe(200)
    expect(late.body).toEqual({ added: 'late' })
  })

  it('words Payload’s own server-error and unknown-error answers in the reader’s language, keeping their status', async () => {
    const { default: config } = await import('../../payload.config')
    ;(await config).endpoints.unshift(
      {
        path: '/test-fault',
        method: 'get',
        handler: () => {
          throw new Error('internal detail nobody outside may read')
        },
      },
      // A thrown value without a name, as a library might throw: Payload calls it "unknown".
      { path: '/test-nameless', method: 'get', handler: () => Promise.reject(Object.assign(Object.create(null), { status: 400 })) },
    )
    const fault = { vi: await rest('GET', '/test-fault', { headers: asReader('vi') }), en: await rest('GET', '/test-fault', { headers: asReader('en') }) }
    expect(fault.vi.status).toBe(500)
    expect(fault.vi.body).toEqual({ errors: [{ message: 'Máy chủ gặp sự cố; vui lòng thử lại.' }] })
    expect(fault.en.status).toBe(500)
    expect(fault.en.body).toEqual({ errors: [{ message: 'Something went wrong on our side; please try again.' }] })
    const nameless = {
      vi: await rest('GET', '/test-nameless', { headers: asReader('vi') }),
      en: await rest('GET', '/test-nameless', { headers: asReader('en') }),
    }
    expect(nameless.vi.status).toBe(400)
    expect(nameless.vi.body).toEqual({ errors: [{ message: 'Đã xảy ra một lỗi không rõ nguyên nhân.' }] })
    expect(nameless.en.status).toBe(400)
    expect(nameless.en.body).toEqual({ errors: [{ message: 'An unknown error occurred.' }] })
  })
})

describe('GraphQL bodies that are not JSON', () => {
  it('answers 400 with a GraphQL error in the client language instead of 500, and lets a good body through', async () => {
    const { GRAPHQL_POST } = await import('@payloadcms/next/routes')
    const { default: config } = await import('../../payload.config')
    const { refuseUnreadableBody } = await import('../../src/graphql/refuseUnreadableBody')
    const handle = refuseUnreadableBody(GRAPHQL_POST(config))
    const post = (body: string, language: string) =>
      handle(
        new Request('http://newsroom.test/api/graphql', { method: 'POST', headers: { 'Content-Type': 'application/json', 'Accept-Language': language }, body }),
      )
    const vi = await post('{bad', 'vi')
    expect(vi.status).toBe(400)
    expect(((await vi.json()) as { errors: Array<{ message: string }> }).errors[0]!.message).toContain('không phải JSON hợp lệ')
    const en = await post('{bad', 'en')
    expect(((await en.json()) as { errors: Array<{ message: string }> }).errors[0]!.message).toContain('not valid JSON')
    const good = await post(JSON.stringify({ query: '{ Articles(limit: 1) { totalDocs } }' }), 'vi')
    expect(good.status).toBe(200)
  })
})
