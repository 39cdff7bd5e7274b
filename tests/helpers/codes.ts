import type { Payload } from 'payload'

import { lexicalParagraphs } from '@/content/lexicalParagraphs'
import { login, rest, type RestResponse } from './rest'
import { makeStaff } from './users'

/** A staff member for the Local API (`user`) and for REST (`token`). */
export type Actor = Awaited<ReturnType<typeof makeStaff>> & { collection: 'users'; token: string }

export async function makeActor(payload: Payload, roles: Parameters<typeof makeStaff>[1]): Promise<Actor> {
  const user = await makeStaff(payload, roles)
  return { ...user, collection: 'users', token: await login(user.email, user.password) }
}

type Both = { vi: string; en: string }

/** A code written in both languages, independent of how Payload stores array rows. */
export type ClauseSpec = { id?: string; key?: string; heading: Both; text: Both; rationale?: string }
export type ArticleSpec = { id?: string; key?: string; title: Both; clauses: ClauseSpec[] }
export type ChapterSpec = { id?: string; key?: string; title: Both; articles: ArticleSpec[] }
export type ChangelogSpec = { id?: string; revision: string; date?: string | null; note: Both }
export type CodeSpec = {
  title: Both
  summary: Both
  revisionLabel: string
  status: string
  changelog: ChangelogSpec[]
  chapters: ChapterSpec[]
}

/** A Lexical document of one paragraph per line, as the admin's editor saves it. */
export const lexical = (text: string) => lexicalParagraphs(...text.split('\n'))

const paragraphsOf = (value: unknown): string => {
  const root = (value as { root?: { children?: Array<{ children?: Array<{ text?: string }> }> } } | null)?.root
  return (root?.children ?? []).map((p) => (p.children ?? []).map((t) => t.text ?? '').join('')).join('\n')
}

/** Two chapters, three articles (numbered through the code) and five clauses, in vi and en. */
export function sampleCode(tag: string): CodeSpec {
  const clause = (n: number, vi: string, en: string): ClauseSpec => ({
    heading: { vi: `Khoản mẫu ${n}`, en: `Sample clause ${n}` },
    text: { vi, en },
    rationale: `RATIONALE-NOI-BO-${tag}-${n}: chỉ biên tập viên được đọc`,
  })
  return {
    title: { vi: `Bộ quy tắc ứng xử bảo vệ trẻ em trên không gian mạng ${tag}`, en: `Code of conduct on child protection online ${tag}` },
    summary: { vi: 'Dự thảo để lấy ý kiến.', en: 'Draft for consultation.' },
    revisionLabel: 'v0.1',
    status: 'consultation',
    changelog: [{ revision: 'v0.1', date: '2026-11-01T00:00:00.000Z', note: { vi: 'Bản dự thảo đầu tiên.', en: 'First draft.' } }],
    chapters: [
      {
        title: { vi: 'Quy định chung', en: 'General provisions' },
        articles: [
          {
            title: { vi: 'Phạm vi điều chỉnh', en: 'Scope' },
            clauses: [
              clause(
                1,
                'Bộ quy tắc này áp dụng cho mọi nền tảng trực tuyến có người dùng là trẻ em.',
                'This code applies to every online platform whose users include children.',
              ),
              clause(
                2,
                'Nền tảng phải xác minh độ tuổi người dùng theo cách tôn trọng quyền riêng tư.',
                'Platforms must verify the age of users in a way that respects privacy.',
              ),
            ],
          },
          {
            title: { vi: 'Giải thích từ ngữ', en: 'Definitions' },
            clauses: [clause(3, 'Trẻ em là người dưới mười sáu tuổi.', 'A child is a person under sixteen years of age.')],
          },
        ],
      },
      {
        title: { vi: 'Trách nhiệm của nền tảng', en: 'Duties of platforms' },
        articles: [
          {
            title: { vi: 'Báo cáo và gỡ bỏ', en: 'Reporting and removal' },
            clauses: [
              clause(
                4,
                'Nền tảng phải có kênh báo cáo nội dung xâm hại trẻ em dễ tìm và dễ dùng.',
                'Platforms must offer an easy to find and easy to use channel to report content harmful to children.',
              ),
              clause(5, 'Nội dung xâm hại trẻ em được gỡ bỏ trong vòng hai mươi bốn giờ.', 'Content harmful to children is removed within twenty-four hours.'),
            ],
          },
        ],
      },
    ],
  }
}

type Row = Record<string, any>

/** The data of one locale, rows carrying their ids and stable keys when the spec has them. */
function dataFor(spec: CodeSpec, locale: 'vi' | 'en'): Row {
  const withId = (row: { id?: string; key?: string }) => ({ ...(row.id ? { id: row.id } : {}), ...(row.key ? { key: row.key } : {}) })
  return {
    title: spec.title[locale],
    summary: spec.summary[locale],
    revisionLabel: spec.revisionLabel,
    status: spec.status,
    changelog: spec.changelog.map((entry) => ({
      ...(entry.id ? { id: entry.id } : {}),
      revision: entry.revision,
      date: entry.date ?? null,
      note: entry.note[locale],
    })),
    chapters: spec.chapters.map((chapter) => ({
      ...withId(chapter),
      title: chapter.title[locale],
      articles: chapter.articles.map((article) => ({
        ...withId(article),
        title: article.title[locale],
        clauses: article.clauses.map((clause) => ({
          ...withId(clause),
          heading: clause.heading[locale],
          text: lexical(clause.text[locale]),
          rationale: clause.rationale ?? null,
        })),
      })),
    })),
  }
}

/** Reads the latest draft in both languages back into a spec, rows with their ids and keys. */
export async function readCodeSpec(payload: Payload, id: number, user: Actor): Promise<CodeSpec> {
  const read = (locale: 'vi' | 'en') =>
    payload.findByID({ collection: 'conduct-codes', id, locale, fallbackLocale: false, draft: true, depth: 0, user, overrideAccess: false }) as Promise<Row>
  const [vi, en] = await Promise.all([read('vi'), read('en')])
  const both = (a: unknown, b: unknown): Both => ({ vi: String(a ?? ''), en: String(b ?? '') })
  const rows = (value: unknown): Row[] => (Array.isArray(value) ? value : [])
  const match = (list: unknown, id: string): Row => rows(list).find((row) => row.id === id) ?? {}
  return {
    title: both(vi.title, en.title),
    summary: both(vi.summary, en.summary),
    revisionLabel: vi.revisionLabel,
    status: vi.status,
    changelog: rows(vi.changelog).map((entry) => ({
      id: entry.id,
      revision: entry.revision,
      date: entry.date ?? null,
      note: both(entry.note, match(en.changelog, entry.id).note),
    })),
    chapters: rows(vi.chapters).map((chapter) => {
      const enChapter = match(en.chapters, chapter.id)
      return {
        id: chapter.id,
        key: chapter.key,
        title: both(chapter.title, enChapter.title),
        articles: rows(chapter.articles).map((article) => {
          const enArticle = match(enChapter.articles, article.id)
          return {
            id: article.id,
            key: article.key,
            title: both(article.title, enArticle.title),
            clauses: rows(article.clauses).map((clause) => {
              const enClause = match(enArticle.clauses, clause.id)
              return {
                id: clause.id,
                key: clause.key,
                heading: both(clause.heading, enClause.heading),
                text: both(paragraphsOf(clause.text), paragraphsOf(enClause.text)),
                rationale: clause.rationale ?? undefined,
              }
            }),
          }
        }),
      }
    }),
  }
}

/**
 * Saves a spec as the code's draft, Vietnamese first and then English, as an editor does
 * in the admin: rows keep their ids, so the English lands on the same chapters and clauses.
 */
export async function saveCodeDraft(payload: Payload, id: number, spec: CodeSpec, editor: Actor): Promise<CodeSpec> {
  await payload.update({ collection: 'conduct-codes', id, data: dataFor(spec, 'vi') as never, locale: 'vi', draft: true, user: editor, overrideAccess: false })
  // The Vietnamese save assigned ids and keys to new rows: carry them into the English save.
  const saved = await readCodeSpec(payload, id, editor)
  const merged = mergeIds(spec, saved)
  await payload.update({
    collection: 'conduct-codes',
    id,
    data: dataFor(merged, 'en') as never,
    locale: 'en',
    draft: true,
    user: editor,
    overrideAccess: false,
  })
  return readCodeSpec(payload, id, editor)
}

/** The spec's own texts, with the ids and keys of the saved rows at the same positions. */
function mergeIds(spec: CodeSpec, saved: CodeSpec): CodeSpec {
  return {
    ...spec,
    changelog: spec.changelog.map((entry, i) => ({ ...entry, id: saved.changelog[i]?.id })),
    chapters: spec.chapters.map((chapter, c) => ({
      ...chapter,
      id: saved.chapters[c]?.id,
      key: saved.chapters[c]?.key,
      articles: chapter.articles.map((article, a) => ({
        ...article,
        id: saved.chapters[c]?.articles[a]?.id,
        key: saved.chapters[c]?.articles[a]?.key,
        clauses: article.clauses.map((clause, k) => ({
          ...clause,
          id: saved.chapters[c]?.articles[a]?.clauses[k]?.id,
          key: saved.chapters[c]?.articles[a]?.clauses[k]?.key,
        })),
      })),
    })),
  }
}

/** Creates a code as an editor (Vietnamese), then adds the English; returns it with its ids and keys. */
export async function createCode(payload: Payload, spec: CodeSpec, editor: Actor): Promise<{ id: number; slug: string; spec: CodeSpec }> {
  const created = (await payload.create({
    collection: 'conduct-codes',
    data: dataFor(spec, 'vi') as never,
    locale: 'vi',
    draft: true,
    user: editor,
    overrideAccess: false,
  })) as Row
  const saved = await readCodeSpec(payload, created.id, editor)
  await payload.update({
    collection: 'conduct-codes',
    id: created.id,
    data: dataFor(mergeIds(spec, saved), 'en') as never,
    locale: 'en',
    draft: true,
    user: editor,
    overrideAccess: false,
  })
  return { id: created.id, slug: created.slug, spec: await readCodeSpec(payload, created.id, editor) }
}

const act = (actor: Actor, id: number, action: string) => rest('POST', `/workflow/conduct-codes/${id}`, { token: actor.token, body: { action } })

/**
 * Takes the draft through the editorial workflow: the editor submits, a reviewer (not an
 * author) approves and publishes. Returns the publish response, whatever it is.
 */
export async function publishThroughWorkflow(id: number, editor: Actor, reviewer: Actor): Promise<RestResponse> {
  for (const [actor, action] of [
    [editor, 'submit'],
    [reviewer, 'approve'],
  ] as const) {
    const response = await act(actor, id, action)
    if (response.status !== 200) throw new Error(`${action} failed: ${response.status} ${JSON.stringify(response.body)}`)
  }
  return act(reviewer, id, 'publish')
}

export async function openConsultation(payload: Payload, codeId: number, staff: Actor, window: { opensAt: Date; closesAt: Date }) {
  return payload.create({
    collection: 'code-consultations',
    data: {
      name: 'Lấy ý kiến rộng rãi',
      code: codeId,
      opensAt: window.opensAt.toISOString(),
      opensAt_tz: 'Asia/Ho_Chi_Minh',
      closesAt: window.closesAt.toISOString(),
      closesAt_tz: 'Asia/Ho_Chi_Minh',
    },
    user: staff,
    overrideAccess: false,
  })
}

/**
 * A code with two chapters, three articles and five clauses in both languages, published
 * as v0.1 through the workflow, with a consultation open from yesterday for a month.
 */
export async function publishedCodeInConsultation(payload: Payload, tag: string, editor: Actor, reviewer: Actor) {
  const code = await createCode(payload, sampleCode(tag), editor)
  const published = await publishThroughWorkflow(code.id, editor, reviewer)
  if (published.status !== 200) throw new Error(`publish failed: ${published.status} ${JSON.stringify(published.body)}`)
  const day = 86_400_000
  const consultation = await openConsultation(payload, code.id, editor, { opensAt: new Date(Date.now() - day), closesAt: new Date(Date.now() + 30 * day) })
  return { ...code, consultation }
}

/** The clause texts v0.2 gives clause 2 (I.1.2): one phrase reworded in each language. */
export const REVISED_CLAUSE_2 = {
  vi: 'Nền tảng phải xác minh độ tuổi người dùng bằng cách tôn trọng quyền riêng tư của trẻ em.',
  en: 'Platforms must verify the age of users in a manner that respects the privacy of children.',
}

/**
 * The next revision of the sample code: clause 4 (reporting channel) moves from Chapter II
 * to the end of Article 1 (II.3.1 → I.1.3), clause 2 is reworded, and the changelog says so.
 */
export function reviseSample(spec: CodeSpec, label: string): CodeSpec {
  const next = structuredClone(spec)
  const scope = next.chapters[0]!.articles[0]!
  const reporting = next.chapters[1]!.articles[0]!
  scope.clauses.push(reporting.clauses.shift()!)
  scope.clauses[1]!.text = { ...REVISED_CLAUSE_2 }
  next.revisionLabel = label
  next.changelog.push({ revision: label, date: '2026-12-15T00:00:00.000Z', note: { vi: 'Tiếp thu ý kiến đợt 1.', en: 'Comments from round 1 taken in.' } })
  return next
}

/** Edits the draft to the next revision and publishes it through the workflow. */
export async function publishRevision(payload: Payload, code: { id: number; spec: CodeSpec }, label: string, editor: Actor, reviewer: Actor) {
  const spec = await saveCodeDraft(payload, code.id, reviseSample(code.spec, label), editor)
  const published = await publishThroughWorkflow(code.id, editor, reviewer)
  if (published.status !== 200) throw new Error(`publish ${label} failed: ${published.status} ${JSON.stringify(published.body)}`)
  return spec
}
