import { Writable } from 'node:stream'

import { describe, expect, it } from 'vitest'

import type { PublicComment } from '@/consultation/comments/loadPublishedComments'
import { buildReport, excerpt, type ReportRow } from '@/consultation/report/buildReport'
import { codePdfResponse, reportCsvResponse } from '@/consultation/report/downloadResponses'
import { renderCodePdf } from '@/consultation/report/renderCodePdf'
import { reportCsv, reportCsvHeader } from '@/consultation/report/reportCsv'
import type { FrozenRevision } from '@/consultation/revisions/loadRevisions'
import type { ClauseSnapshot, CodeSnapshot } from '@/consultation/snapshot/types'

// ── A small code: two articles in one chapter, three revisions ──────────────────────────────
type ClauseSpec = string | { key: string; text: string }
const ROMAN = ['I', 'II', 'III']

function snapshot(revision: string, articles: Array<{ key: string; clauses: ClauseSpec[] }>, chapters = 1): CodeSnapshot {
  let articleNumber = 0
  const perChapter = Math.ceil(articles.length / chapters)
  return {
    slug: 'quy-tac',
    revision,
    title: { vi: 'Bộ quy tắc ứng xử', en: 'Code of conduct' },
    summary: { vi: '', en: '' },
    status: 'consultation',
    changelog: [],
    chapters: Array.from({ length: chapters }, (_, c) => ({
      key: `ch${c + 1}`,
      number: c + 1,
      roman: ROMAN[c]!,
      title: { vi: 'Những quy định chung', en: 'General provisions' },
      articles: articles.slice(c * perChapter, (c + 1) * perChapter).map((article) => {
        const number = ++articleNumber
        return {
          key: article.key,
          number,
          title: { vi: `Điều khoản ${article.key}`, en: `Article ${article.key}` },
          clauses: article.clauses.map((spec, k): ClauseSnapshot => {
            const { key, text } = typeof spec === 'string' ? { key: spec, text: `Nội dung ${spec}` } : spec
            return {
              key,
              number: `${ROMAN[c]}.${number}.${k + 1}`,
              chapter: c + 1,
              article: number,
              clause: k + 1,
              heading: { vi: `Khoản ${key}`, en: `Clause ${key}` },
              text: { vi: text, en: `Text of ${key}: ${text}` },
              html: { vi: `<p>${text}</p>`, en: `<p>Text of ${key}</p>` },
            }
          }),
        }
      }),
    })),
  }
}

const frozen = (id: number, snap: CodeSnapshot): FrozenRevision => ({
  id,
  codeId: 1,
  revision: snap.revision,
  status: 'published',
  publishedAt: `2026-0${id}-01T00:00:00.000Z`,
  snapshot: snap,
})

// 1.0 → 1.1: A's text changes, C is removed, E is added. 1.1 → 1.2: B's text changes, D moves to article a1.
const r1 = frozen(
  1,
  snapshot('1.0', [
    { key: 'a1', clauses: ['A', 'B', 'C'] },
    { key: 'a2', clauses: ['D'] },
  ]),
)
const r2 = frozen(
  2,
  snapshot('1.1', [
    { key: 'a1', clauses: [{ key: 'A', text: 'Nội dung A đã sửa' }, 'B'] },
    { key: 'a2', clauses: ['D', 'E'] },
  ]),
)
const r3 = frozen(
  3,
  snapshot('1.2', [
    { key: 'a1', clauses: [{ key: 'A', text: 'Nội dung A đã sửa' }, { key: 'B', text: 'Nội dung B mới' }, 'D'] },
    { key: 'a2', clauses: ['E'] },
  ]),
)
const revisions = [r1, r2, r3]

let nextId = 1
function comment(
  clauseKey: string | null,
  revision: string,
  group: string,
  answer?: { disposition: string; reply?: string; linkedRevision?: string; linkedClauses?: string[] },
): PublicComment {
  const id = nextId++
  return {
    id,
    clauseKey,
    clauseNumber: null,
    revision,
    group,
    organisation: null,
    text: `Góp ý số ${id}`,
    createdAt: '2026-02-01T00:00:00.000Z',
    answer: answer
      ? {
          disposition: answer.disposition,
          reply: { vi: answer.reply ?? `Trả lời ${id}`, en: `Answer ${id}` },
          linkedRevision: answer.linkedRevision ?? null,
          linkedClauses: answer.linkedClauses ?? [],
          answeredAt: null,
        }
      : null,
  }
}

const comments = [
  comment('A', '1.0', 'parent', { disposition: 'accepted', reply: 'Đã sửa khoản A', linkedRevision: '1.1', linkedClauses: ['I.1.1'] }), // 1
  comment('A', '1.1', 'teacher'), // 2: unanswered
  comment('C', '1.0', 'child', { disposition: 'partly-accepted', reply: 'Đã bỏ khoản C' }), // 3: on a clause removed in 1.1
  comment(null, '1.0', 'press', { disposition: 'not-accepted' }), // 4: on the whole code
  comment('D', '1.1', 'parent', { disposition: 'out-of-scope' }), // 5
  comment('B', '1.1', 'business'), // 6: unanswered
  comment('E', '1.1', 'civil-society', { disposition: 'accepted' }), // 7
]

const report = buildReport({ revisions, current: r3, comments })
const rowOf = (key: string | null): ReportRow => report.rows.find((row) => row.key === key)!

describe('buildReport', () => {
  it('puts the whole-code row first, then the current clauses in reading order, then clauses removed since they were commented on', () => {
    expect(report.revision).toBe('1.2')
    expect(report.rows.map((row) => [row.key, row.number, row.removed])).toEqual([
      [null, null, false],
      ['A', 'I.1.1', false],
      ['B', 'I.1.2', false],
      ['D', 'I.1.3', false],
      ['E', 'I.2.1', false],
      ['C', 'I.1.3', true],
    ])
  })

  it('gives a removed clause the number and heading it last had', () => {
    expect(rowOf('C')).toMatchObject({
      number: 'I.1.3',
      place: { chapter: 1, article: 1, clause: 3 },
      heading: { vi: 'Khoản C', en: 'Clause C' },
      removed: true,
    })
  })

  it('counts comments on each clause by every group and disposition, zeros included, with unanswered ones apart', () => {
    expect(rowOf('A')).toMatchObject({
      total: 2,
      byGroup: { parent: 1, teacher: 1, child: 0, press: 0, business: 0, 'civil-society': 0, 'public-body': 0, other: 0 },
      byDisposition: { accepted: 1, 'partly-accepted': 0, 'not-accepted': 0, 'out-of-scope': 0 },
      unanswered: 1,
    })
    expect(rowOf(null)).toMatchObject({ total: 1, byGroup: { press: 1, parent: 0 }, byDisposition: { 'not-accepted': 1 }, unanswered: 0 })
    expect(rowOf('C')).toMatchObject({ total: 1, byGroup: { child: 1 }, byDisposition: { 'partly-accepted': 1 } })
  })

  it('totals the whole consultation by group and disposition', () => {
    expect(report.totals).toEqual({
      total: 7,
      byGroup: { parent: 2, teacher: 1, child: 1, press: 1, business: 1, 'civil-society': 1, 'public-body': 0, other: 0 },
      byDisposition: { accepted: 2, 'partly-accepted': 1, 'not-accepted': 1, 'out-of-scope': 1 },
      unanswered: 2,
    })
  })

  it('lists every comment on a clause with its answer, and an unanswered one with none', () => {
    expect(rowOf('A').replies).toEqual([
      {
        commentId: 1,
        group: 'parent',
        revision: '1.0',
        excerpt: 'Góp ý số 1',
        disposition: 'accepted',
        reply: { vi: 'Đã sửa khoản A', en: 'Answer 1' },
        linkedRevision: '1.1',
        linkedClauses: ['I.1.1'],
      },
      { commentId: 2, group: 'teacher', revision: '1.1', excerpt: 'Góp ý số 2', disposition: null, reply: null, linkedRevision: null, linkedClauses: [] },
    ])
  })

  it('traces each commented clause from the earliest revision commented on to the current one', () => {
    expect(rowOf('A').changedSince).toEqual({ since: '1.0', status: 'changed', changedIn: ['1.1'] })
    expect(rowOf('B').changedSince).toEqual({ since: '1.1', status: 'changed', changedIn: ['1.2'] })
    expect(rowOf('D').changedSince).toEqual({ since: '1.1', status: 'moved', changedIn: ['1.2'] })
    expect(rowOf('E').changedSince).toEqual({ since: '1.1', status: 'unchanged', changedIn: [] })
    expect(rowOf('C').changedSince).toEqual({ since: '1.0', status: 'removed', changedIn: ['1.1'] })
  })

  it('leaves "changed since" empty for the whole code and for clauses nobody commented on', () => {
    const quiet = buildReport({ revisions, current: r3, comments: [] })
    expect(quiet.rows.map((row) => row.changedSince)).toEqual([null, null, null, null, null])
    expect(rowOf(null).changedSince).toBeNull()
  })

  it('counts a comment from a group the vocabulary does not know as "other", so totals still add up', () => {
    const odd = buildReport({ revisions, current: r3, comments: [comment('A', '1.2', 'martian')] })
    expect(odd.totals.byGroup).toMatchObject({ other: 1 })
    expect(Object.values(odd.totals.byGroup).reduce((a, b) => a + b, 0)).toBe(1)
  })

  it('cuts a long comment to an excerpt on a character boundary, with its whitespace collapsed', () => {
    const text = `Trẻ   em\n\n${'ệ'.repeat(300)}`
    const cut = excerpt(text, 20)
    expect(Array.from(cut)).toHaveLength(20)
    expect(cut.startsWith('Trẻ em ệ')).toBe(true)
    expect(cut.endsWith('…')).toBe(true)
    expect(excerpt('Ngắn gọn')).toBe('Ngắn gọn')
  })
})

describe('reportCsv', () => {
  const lines = (csv: string) => csv.trimEnd().split('\r\n')

  it('names every group and disposition in the header, in English and Vietnamese', () => {
    const header = reportCsvHeader()
    expect(header.slice(0, 5)).toEqual([
      'Clause / Khoản',
      'Clause id / Mã khoản',
      'Heading (vi) / Tiêu đề (vi)',
      'Heading (en) / Tiêu đề (en)',
      'Comments / Số góp ý',
    ])
    expect(header).toContain('Parent / Cha mẹ')
    expect(header).toContain('Public body / Cơ quan nhà nước')
    expect(header).toContain('Partly accepted / Tiếp thu một phần')
    expect(header).toContain('Unanswered / Chưa trả lời')
    expect(header.at(-1)).toBe('Replies / Trả lời')
    expect(lines(reportCsv(report, 'vi'))[0]).toBe(header.map((cell) => `"${cell}"`).join(','))
  })

  it('writes one row per report row with counts, what became of the clause and the replies joined by " | "', () => {
    const rows = lines(reportCsv(report, 'en'))
    expect(rows).toHaveLength(1 + report.rows.length)
    const header = reportCsvHeader()
    const cells = (line: string) => line.slice(1, -1).split('","')
    const a = Object.fromEntries(header.map((name, i) => [name, cells(rows[2]!)[i]]))
    expect(a).toMatchObject({
      'Clause / Khoản': 'I.1.1',
      'Clause id / Mã khoản': 'A',
      'Heading (vi) / Tiêu đề (vi)': 'Khoản A',
      'Comments / Số góp ý': '2',
      'Parent / Cha mẹ': '1',
      'Teacher / Giáo viên': '1',
      'Press / Báo chí': '0',
      'Accepted / Tiếp thu': '1',
      'Unanswered / Chưa trả lời': '1',
      'Changed since / Thay đổi từ': 'Changed (since revision 1.0)',
      'Revisions changed in / Sửa trong phiên bản': '1.1',
      'Replies / Trả lời': '#1 Parent: “Góp ý số 1” → Accepted: Answer 1 (Changed in 1.1: I.1.1) | #2 Teacher: “Góp ý số 2” → Unanswered',
    })
    expect(rows[1]).toMatch(/^"Whole code","",/)
    expect(rows.at(-1)).toMatch(/^"I\.1\.3 \(removed from the current revision\)","C",/)
  })

  it('writes Vietnamese words in the cells of the Vietnamese download', () => {
    const csv = reportCsv(report, 'vi')
    expect(csv).toContain('#1 Cha mẹ: “Góp ý số 1” → Tiếp thu: Đã sửa khoản A (Đã sửa trong 1.1: I.1.1)')
    expect(csv).toContain('"Đã sửa (từ phiên bản 1.0)"')
  })

  it('quotes a heading that starts like a spreadsheet formula so that it is not run', () => {
    const evil = buildReport({ revisions, current: r3, comments: [] })
    evil.rows[1]!.heading = { vi: '=HYPERLINK("http://x","bấm")', en: '+1' }
    const row = lines(reportCsv(evil, 'vi'))[2]!
    expect(row).toContain(`"'=HYPERLINK(""http://x"",""bấm"")"`)
    expect(row).toContain(`"'+1"`)
  })

  it('carries no name or email even when a comment object has them by mistake', () => {
    const leaky = { ...comment('A', '1.2', 'parent'), name: 'Nguyễn Văn An', email: 'an@example.vn' } as PublicComment
    const leakyReport = buildReport({ revisions, current: r3, comments: [leaky] })
    expect(JSON.stringify(leakyReport)).not.toMatch(/Nguyễn Văn An|an@example\.vn/)
    const csv = reportCsv(leakyReport, 'vi')
    expect(csv).not.toContain('Nguyễn Văn An')
    expect(csv).not.toContain('an@example.vn')
  })

  it('is served as an attachment with a UTF-8 byte order mark so that Excel reads Vietnamese', async () => {
    const response = reportCsvResponse('quy-tac', reportCsv(report, 'vi'))
    expect(response.headers.get('content-type')).toBe('text/csv; charset=utf-8')
    expect(response.headers.get('content-disposition')).toBe('attachment; filename="quy-tac-consultation-report.csv"')
    const bytes = new Uint8Array(await response.arrayBuffer())
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf])
    expect(new TextDecoder().decode(bytes)).toContain('Khoản A')
  })
})

describe('renderCodePdf', () => {
  const pages = (pdf: Buffer) => (pdf.toString('latin1').match(/\/Type \/Page(?![a-zA-Z])/g) ?? []).length

  async function render(snap: CodeSnapshot, lang: 'vi' | 'en' = 'vi'): Promise<Buffer> {
    const chunks: Buffer[] = []
    const out = new Writable({
      write(chunk: Buffer, _encoding, callback) {
        chunks.push(chunk)
        callback()
      },
    })
    await renderCodePdf({ snapshot: snap, lang, out, publishedAt: '2026-03-01T00:00:00.000Z' })
    return Buffer.concat(chunks)
  }

  const long =
    'Cha mẹ, thầy cô và doanh nghiệp cùng bảo vệ trẻ em khỏi nội dung độc hại trên môi trường mạng; mọi hành vi xâm hại phải được báo ngay cho tổng đài 111. '
  const longCode = snapshot(
    '2.0',
    Array.from({ length: 6 }, (_, a) => ({ key: `a${a}`, clauses: Array.from({ length: 5 }, (_, k) => ({ key: `k${a}-${k}`, text: long.repeat(4) })) })),
    2,
  )

  it('writes a one-page PDF for a short code and embeds the DejaVu font for Vietnamese letters', async () => {
    const pdf = await render(r1.snapshot)
    expect(pdf.subarray(0, 5).toString('latin1')).toBe('%PDF-')
    expect(pages(pdf)).toBe(1)
    expect(pdf.toString('latin1')).toMatch(/\/FontName \/[A-Z]{6}\+DejaVuSerif\b/)
    // The built-in fonts cannot show "ệ" or "ữ"; none of them may be used at all.
    expect(pdf.toString('latin1')).not.toMatch(/Helvetica|Times-Roman/)
  })

  it('breaks a long code over several pages', async () => {
    const pdf = await render(longCode, 'en')
    expect(pages(pdf)).toBeGreaterThan(1)
    expect(pdf.toString('latin1')).toContain('DejaVu')
    expect(pdf.toString('latin1').trimEnd().endsWith('%%EOF')).toBe(true)
  })

  it('is served inline with the code and revision in the file name', async () => {
    const response = codePdfResponse({ slug: 'quy-tac', snapshot: { ...longCode, revision: '2.0 "final"' }, lang: 'vi' })
    expect(response.headers.get('content-type')).toBe('application/pdf')
    expect(response.headers.get('content-disposition')).toBe('inline; filename="quy-tac-2.0-final.pdf"')
    const pdf = Buffer.from(await response.arrayBuffer())
    expect(pdf.subarray(0, 5).toString('latin1')).toBe('%PDF-')
    expect(pages(pdf)).toBeGreaterThan(1)
  })
})
