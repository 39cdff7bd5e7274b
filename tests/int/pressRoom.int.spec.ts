import type { ParsedMail } from 'mailparser'
import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { poolOf } from '@/db/sql'
import { PEER_HEADER } from '@/platform/http/peerHeader'
import { handleAccreditationForm } from '@/press/http/handleAccreditationForm'
import { handleSignInRequest } from '@/press/http/handleSignInRequest'
import { handleSignOut } from '@/press/http/handleSignOut'
import { handleVerifyGet, handleVerifyPost } from '@/press/http/handleVerify'
import { PRESS_LIMITS } from '@/press/limits'
import { openPressArticle, openPressPack } from '@/press/room/openPressItem'
import { loadPressRoom } from '@/press/room/loadPressRoom'
import { hashSecret } from '@/press/session/hashSecret'
import { readPressSession } from '@/press/session/readPressSession'
import { loadPack } from '@/content/public/loadPages'
import { makeCampaign, publishForTest } from '../helpers/content'
import { login, rest } from '../helpers/rest'
import { startSmtpSink, type SmtpSink } from '../helpers/smtpSink'
import { getTestPayload } from '../helpers/testPayload'
import { makeStaff } from '../helpers/users'

const SITE = 'http://newsroom.test'

let sink: SmtpSink
let payload: Payload
let officer: Awaited<ReturnType<typeof makeStaff>>
let officerToken: string

beforeAll(async () => {
  sink = await startSmtpSink()
  // Set before this file's Payload instance (and its mail adapter) first reads it.
  process.env.SMTP_URL = `smtp://relay:relay-pass@127.0.0.1:${sink.port}`
  payload = await getTestPayload()
  officer = await makeStaff(payload, ['press-officer'])
  officerToken = await login(officer.email, officer.password)
})

afterAll(async () => {
  await sink?.close()
  delete process.env.SMTP_URL
})

// ---------------------------------------------------------------------------------------
// Helpers: requests through the same handlers the Next.js routes call.

let serial = 0
const next = () => ++serial
/** A fresh client network (IPv6 /64) per request unless a test pins one, so the per-network limits stay out of the way. */
const freshIp = () => `2001:db8:77:${next().toString(16)}::1`
const freshAddress = (label: string) => `${label}.${next()}.${Date.now()}@bao.vn`

type PostOptions = { origin?: string | null; ip?: string; cookie?: string; lang?: 'vi' | 'en'; now?: Date }

function formRequest(path: string, fields: Record<string, string>, options: PostOptions = {}): Request {
  const headers: Record<string, string> = { 'content-type': 'application/x-www-form-urlencoded', [PEER_HEADER]: options.ip ?? freshIp() }
  if (options.origin !== null) headers.origin = options.origin ?? SITE
  if (options.cookie) headers.cookie = options.cookie
  return new Request(`${SITE}${path}`, { method: 'POST', headers, body: new URLSearchParams(fields).toString() })
}

const askAccreditation = (fields: Record<string, string>, options: PostOptions = {}) =>
  handleAccreditationForm(payload, formRequest('/press/accreditation/submit', fields, options), { lang: options.lang ?? 'vi', now: options.now })

const askSignInLink = (email: string, options: PostOptions = {}) =>
  handleSignInRequest(payload, formRequest('/press/sign-in/request', { email }, options), { lang: options.lang ?? 'vi', now: options.now })

const postToken = (token: string, options: PostOptions = {}) =>
  handleVerifyPost(payload, formRequest('/press/sign-in/verify', { token }, options), { lang: options.lang ?? 'vi', now: options.now })

const openLink = (token: string, now?: Date) =>
  handleVerifyGet(payload, new Request(`${SITE}/press/sign-in/verify?token=${encodeURIComponent(token)}`), { lang: 'vi', now })

const signOut = (cookie: string, options: PostOptions = {}) =>
  handleSignOut(payload, formRequest('/press/sign-out', {}, { ...options, cookie }), { lang: 'vi' })

const addressesOf = (mail: ParsedMail): string[] =>
  (Array.isArray(mail.to) ? mail.to : mail.to ? [mail.to] : []).flatMap((group) => group.value.map((entry) => (entry.address ?? '').toLowerCase()))

const mailTo = (address: string, subject: string) =>
  sink.waitFor((mail) => addressesOf(mail).includes(address.toLowerCase()) && (mail.subject ?? '').includes(subject))
const mailsTo = (address: string, subject: string) =>
  sink.messages.filter((mail) => addressesOf(mail).includes(address.toLowerCase()) && (mail.subject ?? '').includes(subject))

const SIGN_IN_SUBJECT = { vi: 'Liên kết đăng nhập phòng báo chí', en: 'Your press room sign-in link' }
const linkIn = (mail: ParsedMail): string => /https?:\/\/\S+\/press\/sign-in\/verify\?token=[A-Za-z0-9_-]+/.exec(mail.text ?? '')?.[0] ?? ''
const tokenOf = (link: string): string => new URL(link).searchParams.get('token') ?? ''

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms))

/** A journalist entered by the press officer, as from the admin. */
async function makeJournalist(options: { status?: 'pending' | 'accredited'; language?: 'vi' | 'en' } = {}) {
  const n = next()
  const email = freshAddress('pv')
  const doc = await payload.create({
    collection: 'journalists',
    data: {
      name: `Phóng viên ${n}`,
      outlet: 'VietNamNet',
      email,
      pressCardNumber: `${n}/BTTTT`,
      language: options.language ?? 'vi',
      status: options.status ?? 'accredited',
    },
    user: { ...officer, collection: 'users' },
    overrideAccess: false,
  })
  return { id: Number(doc.id), email, language: options.language ?? 'vi' }
}

/** Asks for a link and returns its token, as the journalist would copy it from the mail. */
async function linkFor(journalist: { email: string; language: 'vi' | 'en' }, now?: Date): Promise<string> {
  const before = mailsTo(journalist.email, SIGN_IN_SUBJECT[journalist.language]).length
  const response = await askSignInLink(journalist.email, { now })
  expect(response.status).toBe(303)
  const deadline = Date.now() + 10_000
  while (mailsTo(journalist.email, SIGN_IN_SUBJECT[journalist.language]).length === before && Date.now() < deadline) await sleep(25)
  const mail = mailsTo(journalist.email, SIGN_IN_SUBJECT[journalist.language])[before]
  if (!mail) throw new Error(`no sign-in mail for ${journalist.email}`)
  return tokenOf(linkIn(mail))
}

/** The Cookie header a browser would send back after a successful sign-in. */
async function signIn(journalist: { email: string; language: 'vi' | 'en' }): Promise<string> {
  const response = await postToken(await linkFor(journalist))
  expect(response.status).toBe(303)
  return (response.headers.get('set-cookie') ?? '').split(';')[0]!
}

const decide = (id: number, body: Record<string, unknown>) => rest('PATCH', `/journalists/${id}`, { token: officerToken, body })

async function sqlRows<T>(text: string, params: unknown[]): Promise<T[]> {
  return (await poolOf(payload).query(text, params)).rows as T[]
}

async function auditEntries(where: Record<string, unknown>) {
  const { docs } = await payload.find({ collection: 'audit-log', where: where as never, overrideAccess: true, limit: 100, sort: 'createdAt' })
  return docs as Array<{ event: string; actorId?: number | null; actorLabel?: string | null; targetId?: string | null; details?: any }>
}

const complete = (email: string) => ({
  name: 'Trần Văn Minh',
  outlet: 'Báo VietNamNet',
  email,
  pressCardNumber: '04521/BTTTT',
  phone: '0912 345 678',
  language: 'vi',
})

// ---------------------------------------------------------------------------------------

describe('asking for accreditation', () => {
  it('stores a pending request and mails the journalist an acknowledgement and each press officer a notice with the admin link', async () => {
    const email = freshAddress('minh')
    const response = await askAccreditation(complete(email.toUpperCase()))
    expect(response.status).toBe(303)
    expect(response.headers.get('location')).toBe('/press/accreditation?sent=1')

    const { docs } = await payload.find({ collection: 'journalists', where: { email: { equals: email } }, overrideAccess: true })
    expect(docs).toHaveLength(1)
    expect(docs[0]).toMatchObject({
      name: 'Trần Văn Minh',
      outlet: 'Báo VietNamNet',
      pressCardNumber: '04521/BTTTT',
      phone: '0912 345 678',
      status: 'pending',
      decidedAt: null,
    })

    const acknowledgement = await mailTo(email, 'Chúng tôi đã nhận đề nghị')
    expect(acknowledgement.text).toContain('04521/BTTTT')
    const notice = await mailTo(officer.email, 'Trần Văn Minh')
    expect(notice.text).toContain(`${SITE}/admin/collections/journalists/${docs[0]!.id}`)
    expect(await auditEntries({ event: { equals: 'accreditation' }, targetId: { equals: String(docs[0]!.id) } })).toHaveLength(1)
  })

  it('answers an address already on file with the same thank-you, changes nothing, and tells only its owner', async () => {
    const email = freshAddress('known')
    const first = await askAccreditation(complete(email))
    const second = await askAccreditation({ ...complete(email), name: 'Kẻ Mạo Danh', outlet: 'Báo Giả' })
    expect(second.status).toBe(first.status)
    expect(second.headers.get('location')).toBe(first.headers.get('location'))
    expect(await second.text()).toBe('')

    const { docs } = await payload.find({ collection: 'journalists', where: { email: { equals: email } }, overrideAccess: true })
    expect(docs).toHaveLength(1)
    expect(docs[0]!.name).toBe('Trần Văn Minh')
    const note = await mailTo(email, 'Về đề nghị cấp quyền')
    expect(note.text).toContain('không thay đổi gì')
  })

  it('sends the form back naming the missing field, in the form’s language, and stores nothing', async () => {
    const email = freshAddress('missing')
    const { pressCardNumber: _card, ...withoutCard } = complete(email)
    const response = await askAccreditation(withoutCard)
    expect(response.status).toBe(303)
    expect(response.headers.get('location')).toBe('/press/accreditation?error=missing&field=pressCardNumber#form-error')

    const english = await askAccreditation({ ...complete(email), email: 'not-an-address' }, { lang: 'en' })
    expect(english.headers.get('location')).toBe('/en/press/accreditation?error=invalid&field=email#form-error')
    expect((await payload.count({ collection: 'journalists', where: { email: { equals: email } }, overrideAccess: true })).totalDocs).toBe(0)
  })

  it('refuses with 403 a form posted from another site, or with no origin at all, and stores nothing', async () => {
    const email = freshAddress('csrf')
    const crossSite = await askAccreditation(complete(email), { origin: 'https://evil.example' })
    expect(crossSite.status).toBe(403)
    expect(await crossSite.text()).toContain('Yêu cầu bị từ chối')
    expect((await askAccreditation(complete(email), { origin: null })).status).toBe(403)
    expect((await payload.count({ collection: 'journalists', where: { email: { equals: email } }, overrideAccess: true })).totalDocs).toBe(0)
  })

  it('answers 429 with Retry-After past the hourly accreditation requests of one network', async () => {
    const ip = freshIp()
    for (let i = 0; i < PRESS_LIMITS.accreditationPerIp; i += 1) expect((await askAccreditation({}, { ip })).status).toBe(303)
    const limited = await askAccreditation(complete(freshAddress('limited')), { ip })
    expect(limited.status).toBe(429)
    expect(Number(limited.headers.get('retry-after'))).toBeGreaterThan(0)
    expect((await askAccreditation({}, { ip: freshIp() })).status).toBe(303)
  })

  it('lets 100 journalists behind one newsroom address ask for sign-in links within the hour', async () => {
    const ip = '192.0.2.45'
    for (let i = 0; i < 100; i += 1) {
      const answer = await askSignInLink(freshAddress(`newsroom${i}`), { ip })
      expect(answer.status, `journalist ${i + 1}`).toBe(303)
    }
  })

  it('keeps a request from the public form pending, whatever status it carries, and lets nobody else create one', async () => {
    const email = freshAddress('sneaky')
    const created = await payload.create({
      collection: 'journalists',
      data: { ...complete(email), language: 'vi', status: 'accredited' },
      context: { acceptingAccreditationRequest: true },
      overrideAccess: false,
    })
    expect(created.status).toBe('pending')
    await expect(
      payload.create({ collection: 'journalists', data: { ...complete(freshAddress('direct')), language: 'vi', status: 'pending' }, overrideAccess: false }),
    ).rejects.toMatchObject({ status: 403 })
  })
})

describe('deciding on a request', () => {
  it('refuses to refuse or revoke without a decision note, naming the field', async () => {
    const pending = await makeJournalist({ status: 'pending' })
    const refused = await decide(pending.id, { status: 'refused' })
    expect(refused.status).toBe(400)
    expect(refused.body.errors[0].data.errors[0].path).toBe('decisionNote')
    expect(JSON.stringify(refused.body)).toContain('decisionNote')

    const accredited = await makeJournalist()
    expect((await decide(accredited.id, { status: 'revoked', decisionNote: '   ' })).status).toBe(400)
    const stored = await payload.findByID({ collection: 'journalists', id: pending.id, overrideAccess: true })
    expect(stored.status).toBe('pending')
  })

  it('records who approved and when, mails the journalist how to sign in, and logs the decision', async () => {
    const pending = await makeJournalist({ status: 'pending', language: 'en' })
    const before = Date.now()
    const approved = await decide(pending.id, { status: 'accredited', decidedAt: '2001-01-01T00:00:00.000Z' })
    expect(approved.status).toBe(200)
    expect(approved.body.doc.decidedBy).toMatchObject({ id: officer.id })
    expect(Date.parse(approved.body.doc.decidedAt)).toBeGreaterThanOrEqual(before - 1000)

    const mail = await mailTo(pending.email, 'You are accredited to the press room')
    expect(mail.text).toContain(`${SITE}/en/press/sign-in`)
    const [entry] = await auditEntries({ event: { equals: 'accreditation' }, targetId: { equals: String(pending.id) }, 'details.to': { equals: 'accredited' } })
    expect(entry).toMatchObject({ actorId: officer.id, details: { from: 'pending', to: 'accredited' } })
  })

  it('mails a refused journalist the reason', async () => {
    const pending = await makeJournalist({ status: 'pending' })
    expect((await decide(pending.id, { status: 'refused', decisionNote: 'Thẻ nhà báo đã hết hạn.' })).status).toBe(200)
    const mail = await mailTo(pending.email, 'chưa được chấp thuận')
    expect(mail.text).toContain('> Thẻ nhà báo đã hết hạn.')
  })
})

describe('signing in with a link', () => {
  it('mails a link only to an accredited journalist, answering every address alike, and stores only its hash', async () => {
    const accredited = await makeJournalist()
    const pending = await makeJournalist({ status: 'pending' })
    const unknown = freshAddress('nobody')
    const answers = await Promise.all([askSignInLink(accredited.email), askSignInLink(pending.email), askSignInLink(unknown)])
    for (const answer of answers) {
      expect(answer.status).toBe(303)
      expect(answer.headers.get('location')).toBe('/press/sign-in?sent=1')
    }
    const mail = await mailTo(accredited.email, SIGN_IN_SUBJECT.vi)
    const token = tokenOf(linkIn(mail))
    expect(linkIn(mail).startsWith(`${SITE}/press/sign-in/verify?token=`)).toBe(true)
    const rows = await sqlRows<{ token_hash: string; expires_at: Date; created_at: Date }>(
      'SELECT token_hash, expires_at, created_at FROM press_sign_in_tokens WHERE journalist_id = $1',
      [accredited.id],
    )
    expect(rows.map((row) => row.token_hash)).toEqual([hashSecret(token)])
    expect(rows[0]!.expires_at.getTime() - rows[0]!.created_at.getTime()).toBe(15 * 60_000)

    await sleep(300)
    expect(mailsTo(pending.email, SIGN_IN_SUBJECT.vi)).toHaveLength(0)
    expect(mailsTo(unknown, SIGN_IN_SUBJECT.vi)).toHaveLength(0)
    expect(await sqlRows('SELECT 1 FROM press_sign_in_tokens WHERE journalist_id = $1', [pending.id])).toHaveLength(0)
  })

  it('links an English-speaking journalist to the English page', async () => {
    const journalist = await makeJournalist({ language: 'en' })
    await askSignInLink(journalist.email)
    const mail = await mailTo(journalist.email, SIGN_IN_SUBJECT.en)
    expect(linkIn(mail).startsWith(`${SITE}/en/press/sign-in/verify?token=`)).toBe(true)
  })

  it('shows a sign-in button on GET and spends nothing, however often the link is fetched', async () => {
    const journalist = await makeJournalist()
    const token = await linkFor(journalist)
    for (let i = 0; i < 3; i += 1) {
      const page = await openLink(token)
      expect(page.status).toBe(200)
      const html = await page.text()
      expect(html).toContain('<form action="/press/sign-in/verify" method="post">')
      expect(html).toContain(`<input type="hidden" name="token" value="${token}"/>`)
      expect(html).toContain(journalist.email)
      expect(page.headers.get('cache-control')).toBe('no-store')
    }
    expect(await sqlRows('SELECT 1 FROM press_sign_in_tokens WHERE token_hash = $1 AND used_at IS NULL', [hashSecret(token)])).toHaveLength(1)
    const signedIn = await postToken(token)
    expect(signedIn.status).toBe(303)
    expect(signedIn.headers.get('location')).toBe('/press')
  })

  it('signs in once per link: the second post answers 410 with a link to ask for a new one', async () => {
    const journalist = await makeJournalist()
    const token = await linkFor(journalist)
    const [first, second] = await Promise.all([postToken(token), postToken(token)])
    expect([first.status, second.status].sort()).toEqual([303, 410])
    const again = await postToken(token)
    expect(again.status).toBe(410)
    const html = await again.text()
    expect(html).toContain('Liên kết đã được dùng')
    expect(html).toContain('href="/press/sign-in"')
    expect(again.headers.get('set-cookie')).toBeNull()
    expect(await sqlRows('SELECT 1 FROM press_sessions WHERE journalist_id = $1', [journalist.id])).toHaveLength(1)
  })

  it('accepts a link for 15 minutes and refuses it after', async () => {
    const journalist = await makeJournalist()
    const sentAt = new Date()
    const early = await linkFor(journalist, sentAt)
    const late = await linkFor(journalist, sentAt)
    expect((await postToken(early, { now: new Date(sentAt.getTime() + 15 * 60_000 - 1000) })).status).toBe(303)

    const afterExpiry = new Date(sentAt.getTime() + 15 * 60_000)
    expect((await openLink(late, afterExpiry)).status).toBe(410)
    const refused = await postToken(late, { now: afterExpiry })
    expect(refused.status).toBe(410)
    expect(await refused.text()).toContain('Liên kết đã hết hạn')
  })

  it('answers 400 to an unknown or malformed token, with a link to ask for a new one', async () => {
    for (const token of ['A'.repeat(43), 'not a token', '']) {
      const viaGet = await openLink(token)
      expect(viaGet.status).toBe(400)
      expect(await viaGet.text()).toContain('href="/press/sign-in"')
      expect((await postToken(token)).status).toBe(400)
    }
  })

  it('sets an HttpOnly, SameSite=Lax cookie for the whole site, Secure over https or in production', async () => {
    const journalist = await makeJournalist()
    const response = await postToken(await linkFor(journalist))
    const cookie = response.headers.get('set-cookie') ?? ''
    expect(cookie).toMatch(/^newsroom_press_session=[A-Za-z0-9_-]{43}; /)
    expect(cookie).toContain('HttpOnly')
    expect(cookie).toContain('SameSite=Lax')
    expect(cookie).toContain('Path=/')
    expect(cookie).toContain(`Max-Age=${12 * 3600}`)
    expect(cookie).not.toContain('Secure')

    const env = process.env as Record<string, string | undefined>
    const siteUrl = env.SITE_URL
    const nodeEnv = env.NODE_ENV
    try {
      env.SITE_URL = 'https://newsroom.test'
      expect((await postToken(await linkFor(journalist))).headers.get('set-cookie')).toContain('Secure')
      env.SITE_URL = siteUrl
      env.NODE_ENV = 'production'
      expect((await postToken(await linkFor(journalist))).headers.get('set-cookie')).toContain('Secure')
    } finally {
      env.SITE_URL = siteUrl
      env.NODE_ENV = nodeEnv
    }
  })

  it('records when the journalist last signed in', async () => {
    const journalist = await makeJournalist()
    const before = Date.now()
    await signIn(journalist)
    const stored = await payload.findByID({ collection: 'journalists', id: journalist.id, overrideAccess: true })
    expect(Date.parse(stored.lastSignInAt ?? '')).toBeGreaterThanOrEqual(before - 1000)
  })

  it('refuses with 403 a sign-in or sign-out posted from another site, leaving the link and the session as they were', async () => {
    const journalist = await makeJournalist()
    const cookie = await signIn(journalist)
    const token = await linkFor(journalist)
    expect((await postToken(token, { origin: 'https://evil.example' })).status).toBe(403)
    expect((await openLink(token)).status).toBe(200)
    expect((await signOut(cookie, { origin: 'https://evil.example' })).status).toBe(403)
    expect(await readPressSession(payload, cookie)).not.toBeNull()
  })
})

describe('a press room session', () => {
  it('knows the journalist from the cookie until they sign out, after which the session row is gone', async () => {
    const journalist = await makeJournalist()
    const cookie = await signIn(journalist)
    expect(await readPressSession(payload, cookie)).toMatchObject({
      collection: 'journalists',
      id: journalist.id,
      email: journalist.email,
      status: 'accredited',
    })

    const response = await signOut(cookie)
    expect(response.status).toBe(303)
    expect(response.headers.get('location')).toBe('/press?signed-out=1')
    expect(response.headers.get('set-cookie')).toMatch(/^newsroom_press_session=; .*Max-Age=0/)
    expect(await readPressSession(payload, cookie)).toBeNull()
    expect(await sqlRows('SELECT 1 FROM press_sessions WHERE token_hash = $1', [hashSecret(cookie.split('=')[1]!)])).toHaveLength(0)
  })

  it('ends every session and unused link at once when the accreditation is revoked, and says why by mail', async () => {
    const journalist = await makeJournalist()
    const cookies = [await signIn(journalist), await signIn(journalist)]
    const unused = await linkFor(journalist)
    for (const cookie of cookies) expect(await readPressSession(payload, cookie)).not.toBeNull()

    expect((await decide(journalist.id, { status: 'revoked', decisionNote: 'Đăng tin trước giờ cấm đăng.' })).status).toBe(200)
    for (const cookie of cookies) expect(await readPressSession(payload, cookie)).toBeNull()
    expect(await sqlRows('SELECT 1 FROM press_sessions WHERE journalist_id = $1', [journalist.id])).toHaveLength(0)
    expect(await sqlRows('SELECT 1 FROM press_sign_in_tokens WHERE journalist_id = $1 AND used_at IS NULL', [journalist.id])).toHaveLength(0)
    expect((await postToken(unused)).status).toBe(400)
    expect((await mailTo(journalist.email, 'đã bị thu hồi')).text).toContain('> Đăng tin trước giờ cấm đăng.')
  })
})

describe('embargoed material in the press room', () => {
  const embargoUntil = () => new Date(Date.now() + 3_600_000).toISOString()

  async function publishedPack(title: string, extra: Record<string, unknown> = {}) {
    const created = await payload.create({
      collection: 'briefing-packs',
      data: { title, summary: `Tóm tắt: ${title}` } as never,
      locale: 'vi',
      draft: true,
      overrideAccess: true,
    })
    await publishForTest(payload, 'briefing-packs', Number(created.id), extra)
    return { id: Number(created.id), slug: String(created.slug) }
  }

  it('shows an embargoed pack to a signed-in accredited journalist and to nobody else', async () => {
    const pack = await publishedPack(`Tài liệu cấm đăng ${next()}`, { embargoUntil: embargoUntil() })
    const journalist = await makeJournalist()
    const cookie = await signIn(journalist)
    const principal = await readPressSession(payload, cookie)

    expect((await loadPack(payload, pack.slug, { lang: 'vi' })).status).toBe('not-found')
    expect((await loadPack(payload, pack.slug, { lang: 'vi', journalist: principal })).status).toBe('ok')
    expect((await openPressPack(payload, { slug: pack.slug, lang: 'vi', cookieHeader: null })).status).toBe('signed-out')
    expect((await openPressPack(payload, { slug: pack.slug, lang: 'vi', cookieHeader: 'newsroom_press_session=' + 'x'.repeat(43) })).status).toBe('signed-out')
    const opened = await openPressPack(payload, { slug: pack.slug, lang: 'vi', cookieHeader: cookie })
    expect(opened.status === 'ok' && opened.value.id).toBe(pack.id)

    const pending = await makeJournalist({ status: 'pending' })
    expect((await loadPack(payload, pack.slug, { lang: 'vi', journalist: { collection: 'journalists', id: pending.id, status: 'pending' } })).status).toBe(
      'not-found',
    )
  })

  it('writes an embargo_access entry naming the journalist and the pack each time it is opened under embargo', async () => {
    const pack = await publishedPack(`Tài liệu nhật ký ${next()}`, { embargoUntil: embargoUntil() })
    const journalist = await makeJournalist()
    const cookie = await signIn(journalist)
    const where = { event: { equals: 'embargo_access' }, targetCollection: { equals: 'briefing-packs' }, targetId: { equals: String(pack.id) } }
    expect(await auditEntries(where)).toHaveLength(0)

    await openPressPack(payload, { slug: pack.slug, lang: 'vi', cookieHeader: cookie })
    await openPressPack(payload, { slug: pack.slug, lang: 'en', cookieHeader: cookie })
    const entries = await auditEntries(where)
    expect(entries).toHaveLength(2)
    expect(entries[0]).toMatchObject({
      actorLabel: `journalist #${journalist.id} ${journalist.email}`,
      details: { journalistId: journalist.id, journalistEmail: journalist.email, slug: pack.slug, via: 'press-room page', lang: 'vi' },
    })
    expect(Date.parse(entries[0]!.details.viewedAt)).toBeGreaterThan(Date.now() - 60_000)
  })

  it('writes no entry for a pack that is not under embargo', async () => {
    const pack = await publishedPack(`Tài liệu công khai ${next()}`)
    const cookie = await signIn(await makeJournalist())
    expect((await openPressPack(payload, { slug: pack.slug, lang: 'vi', cookieHeader: cookie })).status).toBe('ok')
    expect(
      await auditEntries({ event: { equals: 'embargo_access' }, targetId: { equals: String(pack.id) }, targetCollection: { equals: 'briefing-packs' } }),
    ).toHaveLength(0)
  })

  it('logs an embargoed article opened in the press room too', async () => {
    const campaign = await makeCampaign(payload)
    const created = await payload.create({
      collection: 'articles',
      data: { headline: `Bài cấm đăng ${next()}`, campaign: campaign.id } as never,
      locale: 'vi',
      draft: true,
      overrideAccess: true,
    })
    await publishForTest(payload, 'articles', Number(created.id), { embargoUntil: embargoUntil() })
    const cookie = await signIn(await makeJournalist())
    const opened = await openPressArticle(payload, { slug: String(created.slug), lang: 'vi', cookieHeader: cookie })
    expect(opened.status).toBe('ok')
    expect(
      await auditEntries({ event: { equals: 'embargo_access' }, targetCollection: { equals: 'articles' }, targetId: { equals: String(created.id) } }),
    ).toHaveLength(1)
  })

  it('lists embargoed packs in the press room, and logs that they were listed', async () => {
    const pack = await publishedPack(`Tài liệu trong danh sách ${next()}`, { embargoUntil: embargoUntil() })
    const journalist = await makeJournalist()
    const principal = await readPressSession(payload, await signIn(journalist))
    const room = await loadPressRoom(payload, { journalist: principal!, lang: 'vi' })
    expect(room.packs.map((item) => item.id)).toContain(pack.id)
    const entries = await auditEntries({
      event: { equals: 'embargo_access' },
      targetId: { equals: String(pack.id) },
      targetCollection: { equals: 'briefing-packs' },
    })
    expect(entries.map((entry) => entry.details.via)).toEqual(['press-room list'])
  })
})
