import { describe, expect, it } from 'vitest'

import type { Field } from 'payload'

import { validateCommentText } from '../../collections/CodeComments/validateCommentText'
import { ConductCodes } from '../../collections/ConductCodes'
import { assignStableKeys } from '../../collections/ConductCodes/hooks/assignStableKeys'
import { adminToolMessages } from '@/i18n/messages/adminTools'
import { consultationState } from '@/consultation/consultations/consultationState'
import { isNearDuplicate, similarity } from '@/consultation/comments/nearDuplicate'
import { parseCommentInput } from '@/consultation/comments/parseCommentInput'
import { buildSnapshot } from '@/consultation/snapshot/buildSnapshot'
import { lexicalText } from '@/consultation/snapshot/lexicalText'
import { romanNumeral } from '@/consultation/snapshot/romanNumeral'

const lexical = (...paragraphs: string[]) => ({
  root: { type: 'root', children: paragraphs.map((text) => ({ type: 'paragraph', children: [{ type: 'text', text }] })) },
})

const clauses = [
  { key: 'cl-aaaa1111', number: 'I.1.1' },
  { key: 'cl-bbbb2222', number: 'I.1.2' },
]
const valid = { name: 'Lê Văn Nam', email: 'Nam@Example.vn', group: 'teacher', text: 'Góp ý về khoản 2.', consent: true }

describe('numbering a code', () => {
  it('writes chapters in Roman numerals', () => {
    expect([1, 4, 9, 14, 40].map(romanNumeral)).toEqual(['I', 'IV', 'IX', 'XIV', 'XL'])
  })

  it('counts articles through the whole code and clauses within their article', () => {
    const snapshot = buildSnapshot({
      slug: 'quy-tac',
      revisionLabel: 'v0.1',
      status: 'consultation',
      title: { vi: 'Quy tắc', en: 'Code' },
      chapters: [
        {
          key: 'ch-1',
          title: { vi: 'Chung' },
          articles: [{ key: 'ar-1', title: { vi: 'Một' }, clauses: [{ key: 'cl-1', text: { vi: lexical('a') } }, { key: 'cl-2' }] }],
        },
        {
          key: 'ch-2',
          title: { vi: 'Riêng' },
          articles: [{ key: 'ar-2', title: { vi: 'Hai' }, clauses: [{ key: 'cl-3', heading: { vi: 'Ba', en: 'Three' } }] }],
        },
      ],
    })
    const numbers = snapshot.chapters.flatMap((chapter) => chapter.articles.flatMap((article) => article.clauses.map((clause) => clause.number)))
    expect(numbers).toEqual(['I.1.1', 'I.1.2', 'II.2.1'])
    expect(snapshot.chapters[1]!.articles[0]!.clauses[0]!.heading).toEqual({ vi: 'Ba', en: 'Three' })
  })

  it('stands Vietnamese in for English that was never written, and never copies a rationale', () => {
    const snapshot = buildSnapshot({
      slug: 's',
      revisionLabel: 'v0.1',
      title: { vi: 'Tiêu đề' },
      chapters: [
        {
          key: 'ch-1',
          title: { vi: 'C' },
          articles: [{ key: 'ar-1', title: { vi: 'A' }, clauses: [{ key: 'cl-1', text: { vi: lexical('Trẻ em') }, rationale: 'bí mật nội bộ' }] }],
        },
      ],
    })
    expect(snapshot.title.en).toBe('Tiêu đề')
    expect(snapshot.chapters[0]!.articles[0]!.clauses[0]!.text).toEqual({ vi: 'Trẻ em', en: 'Trẻ em' })
    expect(JSON.stringify(snapshot)).not.toContain('bí mật nội bộ')
  })

  it('reads a Lexical document as one line per paragraph, in NFC', () => {
    expect(lexicalText(lexical('Tre\u0302', 'hai'))).toBe('Trê\nhai')
    expect(lexicalText(null)).toBe('')
  })
})

describe('stable ids', () => {
  it('gives new parts an id, keeps existing ones, and renews the id of a duplicated row', () => {
    const data = {
      chapters: [
        {
          key: 'ch-keep0001',
          articles: [{ articles: undefined, clauses: [{ key: 'cl-keep0001' }, { key: 'cl-keep0001' }, {}] }],
        },
      ],
    }
    const out = assignStableKeys({ data } as never) as typeof data
    const clauseKeys = (out.chapters[0]!.articles[0]!.clauses as Array<{ key: string }>).map((clause) => clause.key)
    expect(out.chapters[0]!.key).toBe('ch-keep0001')
    expect(clauseKeys[0]).toBe('cl-keep0001')
    expect(clauseKeys[1]).not.toBe('cl-keep0001')
    expect(new Set(clauseKeys).size).toBe(3)
    for (const key of clauseKeys) expect(key).toMatch(/^cl-[a-z0-9]{8}$/)
  })

  it("sit last in every chapter, article and clause row, read-only and described as the stable id in the editor's language", () => {
    const arrayIn = (fields: readonly Field[], name: string) =>
      fields.find((field) => 'name' in field && field.name === name) as Extract<Field, { type: 'array' }>
    const chapters = arrayIn(ConductCodes.fields, 'chapters')
    const articles = arrayIn(chapters.fields, 'articles')
    const clauses = arrayIn(articles.fields, 'clauses')
    for (const row of [chapters, articles, clauses]) {
      const last = row.fields.at(-1) as Extract<Field, { type: 'text' }>
      expect(last.name, `${row.name}: the stable id comes last`).toBe('key')
      expect(row.fields.filter((field) => 'name' in field && field.name === 'key')).toHaveLength(1)
      expect(last.admin?.readOnly).toBe(true)
      expect(last.admin?.description).toEqual({ vi: adminToolMessages.vi.stableId.description, en: adminToolMessages.en.stableId.description })
    }
  })
})

describe('the consultation window', () => {
  const window = { id: 1, opensAt: '2026-12-01T01:00:00.000Z', closesAt: '2026-12-31T10:00:00.000Z' }

  it('is open from the opening time up to, but not at, the closing time', () => {
    expect(consultationState([window], new Date('2026-12-01T01:00:00.000Z')).state).toBe('open')
    expect(consultationState([window], new Date('2026-12-31T09:59:59.999Z')).state).toBe('open')
    expect(consultationState([window], new Date('2026-12-31T10:00:00.000Z')).state).toBe('closed')
    expect(consultationState([window], new Date('2026-11-30T00:00:00.000Z')).state).toBe('upcoming')
    expect(consultationState([], new Date()).state).toBe('none')
  })

  it('prefers the open round, then the next, then the last one closed', () => {
    const second = { id: 2, opensAt: '2027-02-01T00:00:00.000Z', closesAt: '2027-02-28T00:00:00.000Z' }
    const between = consultationState([window, second], new Date('2027-01-10T00:00:00.000Z'))
    expect(between).toMatchObject({ state: 'upcoming', consultation: { id: 2 } })
    expect(consultationState([window, second], new Date('2027-03-10T00:00:00.000Z'))).toMatchObject({ state: 'closed', consultation: { id: 2 } })
  })
})

describe('checking a comment', () => {
  it('accepts a valid comment on a clause by number or by stable id', () => {
    const byNumber = parseCommentInput({ ...valid, clause: 'I.1.2' }, clauses)
    const byKey = parseCommentInput({ ...valid, clause: 'cl-bbbb2222' }, clauses)
    expect(byNumber).toMatchObject({ ok: true, value: { clause: { key: 'cl-bbbb2222', number: 'I.1.2' }, email: 'nam@example.vn', honeypot: false } })
    expect(byKey).toEqual(byNumber)
  })

  it('names the field that is wrong', () => {
    const field = (body: Record<string, unknown>) => {
      const parsed = parseCommentInput(body, clauses)
      return parsed.ok ? null : parsed.field
    }
    expect(field({ ...valid, text: 'x'.repeat(5001) })).toBe('text')
    expect(field({ ...valid, text: 'ẻ'.repeat(5000) })).toBeNull()
    expect(field({ ...valid, clause: 'IX.9.9' })).toBe('clause')
    expect(field({ ...valid, consent: false })).toBe('consent')
    expect(field({ ...valid, consent: undefined })).toBe('consent')
    expect(field({ ...valid, email: 'not-an-address' })).toBe('email')
    expect(field({ ...valid, group: 'robot' })).toBe('group')
    expect(field({ ...valid, name: '   ' })).toBe('name')
    expect(field({ ...valid, text: '' })).toBe('text')
    expect(parseCommentInput('text', clauses)).toMatchObject({ ok: false, field: 'body' })
  })

  it('words an empty or over-long comment saved by an editor as the public form does, in the editor’s language', () => {
    const vi = { req: { i18n: { language: 'vi' } } }
    const en = { req: { i18n: { language: 'en' } } }
    expect(validateCommentText('ẻ'.repeat(5000), vi)).toBe(true)
    expect(validateCommentText('  ', vi)).toBe('Góp ý đang để trống.')
    expect(validateCommentText('  ', en)).toBe('The comment is empty.')
    expect(validateCommentText('x'.repeat(5001), vi)).toBe('Góp ý dài 5001 ký tự; giới hạn là 5000.')
    expect(validateCommentText('x'.repeat(5001), en)).toBe('The comment is 5001 characters long; the limit is 5000.')
  })

  it('takes the consent box as a form sends it', () => {
    expect(parseCommentInput({ ...valid, consent: 'on' }, clauses).ok).toBe(true)
  })

  it('notices the honeypot and keeps markup as the text it is', () => {
    const parsed = parseCommentInput({ ...valid, website: 'http://spam.test', text: '<script>alert(1)</script>' }, clauses)
    expect(parsed).toMatchObject({ ok: true, value: { honeypot: true, text: '<script>alert(1)</script>' } })
  })
})

describe('near-duplicate comments', () => {
  const long = 'Đề nghị ban soạn thảo bổ sung quy định về thời gian sử dụng thiết bị số của trẻ em dưới mười hai tuổi tại gia đình và nhà trường'

  it('treats the same words with other case, spacing and punctuation as the same comment', () => {
    expect(isNearDuplicate('Trẻ em cần được bảo vệ!', 'trẻ   em cần được bảo vệ')).toBe(true)
  })

  it('treats a long comment with one word changed as a near-duplicate', () => {
    expect(isNearDuplicate(long, long.replace('mười hai', 'mười ba'))).toBe(true)
  })

  it('keeps different comments apart, diacritics included', () => {
    expect(isNearDuplicate('Trẻ em cần được bảo vệ', 'Tre em can duoc bao ve')).toBe(false)
    expect(similarity(long, 'Tôi đồng ý với dự thảo này.')).toBeLessThan(0.2)
  })
})
