import { describe, expect, it } from 'vitest'

import { diffRevisions, flattenClauses } from '@/consultation/diff/diffRevisions'
import type { ClauseSnapshot, CodeSnapshot, Localized } from '@/consultation/snapshot/types'

type ClauseSpec = string | { key: string; text?: Partial<Localized>; heading?: Partial<Localized> }
type ArticleSpec = { key: string; title?: Localized; clauses: ClauseSpec[] }
type ChapterSpec = { key: string; title?: Localized; articles: ArticleSpec[] }

const ROMAN = ['I', 'II', 'III', 'IV', 'V']
const art = (key: string, ...clauses: ClauseSpec[]): ArticleSpec => ({ key, clauses })
const chap = (key: string, ...articles: ArticleSpec[]): ChapterSpec => ({ key, articles })

/** Builds a snapshot numbered from position, articles numbered continuously as in the real code. */
function snapshot(revision: string, chapters: ChapterSpec[]): CodeSnapshot {
  let articleNumber = 0
  return {
    slug: 'quy-tac',
    revision,
    title: { vi: 'Quy tắc ứng xử', en: 'Code of conduct' },
    summary: { vi: '', en: '' },
    status: 'consultation',
    changelog: [],
    chapters: chapters.map((ch, c) => ({
      key: ch.key,
      number: c + 1,
      roman: ROMAN[c]!,
      title: ch.title ?? { vi: `Chương ${ch.key}`, en: `Chapter ${ch.key}` },
      articles: ch.articles.map((ar) => {
        const article = ++articleNumber
        return {
          key: ar.key,
          number: article,
          title: ar.title ?? { vi: `Điều ${ar.key}`, en: `Article ${ar.key}` },
          clauses: ar.clauses.map((spec, k): ClauseSnapshot => {
            const s = typeof spec === 'string' ? { key: spec } : spec
            const text = { vi: `Nội dung ${s.key}`, en: `Text of ${s.key}`, ...s.text }
            return {
              key: s.key,
              number: `${ROMAN[c]}.${article}.${k + 1}`,
              chapter: c + 1,
              article,
              clause: k + 1,
              heading: { vi: `Khoản ${s.key}`, en: `Clause ${s.key}`, ...s.heading },
              text,
              html: { vi: `<p>${text.vi}</p>`, en: `<p>${text.en}</p>` },
            }
          }),
        }
      }),
    })),
  }
}

/** key → status/moved/renumbered, in the diff's order, for compact exact assertions. */
const rows = (diff: ReturnType<typeof diffRevisions>) => diff.clauses.map((c) => [c.key, c.status, c.moved ? 'moved' : '', c.renumbered ? 'renumbered' : ''])

describe('flattenClauses', () => {
  it('lists clauses in reading order with their article and chapter keys', () => {
    const snap = snapshot('r1', [chap('c1', art('a1', 'k1', 'k2')), chap('c2', art('a2', 'k3'))])
    expect(flattenClauses(snap).map((c) => [c.key, c.number, c.articleKey, c.chapterKey])).toEqual([
      ['k1', 'I.1.1', 'a1', 'c1'],
      ['k2', 'I.1.2', 'a1', 'c1'],
      ['k3', 'II.2.1', 'a2', 'c2'],
    ])
  })
})

describe('diffRevisions', () => {
  it('reports nothing but unchanged clauses for identical revisions', () => {
    const snap = snapshot('r1', [chap('c1', art('a1', 'A', 'B'))])
    const diff = diffRevisions(snap, snapshot('r2', [chap('c1', art('a1', 'A', 'B'))]))
    expect(diff.from).toBe('r1')
    expect(diff.to).toBe('r2')
    expect(rows(diff)).toEqual([
      ['A', 'unchanged', '', ''],
      ['B', 'unchanged', '', ''],
    ])
    expect(diff.summary).toEqual({ added: 0, removed: 0, changed: 0, moved: 0, renumbered: 0, unchanged: 2 })
    expect(diff.titles).toEqual([])
    expect(diff.clauses[0]!.text).toBeUndefined()
  })

  it('marks only one of two swapped clauses as moved, and both as renumbered', () => {
    const from = snapshot('r1', [chap('c1', art('a1', 'A', 'B', 'C', 'D'))])
    const to = snapshot('r2', [chap('c1', art('a1', 'A', 'C', 'B', 'D'))])
    const diff = diffRevisions(from, to)
    expect(rows(diff)).toEqual([
      ['A', 'unchanged', '', ''],
      ['C', 'unchanged', 'moved', 'renumbered'],
      ['B', 'unchanged', '', 'renumbered'],
      ['D', 'unchanged', '', ''],
    ])
    expect(diff.summary).toMatchObject({ moved: 1, renumbered: 2, unchanged: 4 })
    expect(diff.clauses[1]!.from?.number).toBe('I.1.3')
    expect(diff.clauses[1]!.to?.number).toBe('I.1.2')
  })

  it('marks a clause moved to the end as the one moved, not all the clauses it passed', () => {
    const from = snapshot('r1', [chap('c1', art('a1', 'A', 'B', 'C', 'D'))])
    const to = snapshot('r2', [chap('c1', art('a1', 'B', 'C', 'D', 'A'))])
    expect(rows(diffRevisions(from, to)).map((r) => r[2])).toEqual(['', '', '', 'moved'])
  })

  it('renumbers the clauses after one inserted at the top without marking them moved or changed', () => {
    const from = snapshot('r1', [chap('c1', art('a1', 'A', 'B', 'C'))])
    const to = snapshot('r2', [chap('c1', art('a1', 'N', 'A', 'B', 'C'))])
    const diff = diffRevisions(from, to)
    expect(rows(diff)).toEqual([
      ['N', 'added', '', ''],
      ['A', 'unchanged', '', 'renumbered'],
      ['B', 'unchanged', '', 'renumbered'],
      ['C', 'unchanged', '', 'renumbered'],
    ])
    expect(diff.summary).toEqual({ added: 1, removed: 0, changed: 0, moved: 0, renumbered: 3, unchanged: 3 })
    expect(diff.clauses[0]!.from).toBeUndefined()
    expect(diff.clauses[0]!.to).toMatchObject({ number: 'I.1.1', chapter: 1, article: 1, clause: 1 })
    expect(diff.clauses[3]!.from?.number).toBe('I.1.3')
    expect(diff.clauses[3]!.to?.number).toBe('I.1.4')
  })

  it('renumbers clauses of later articles when an article is inserted before them, without moving them', () => {
    const from = snapshot('r1', [chap('c1', art('a1', 'A'), art('a2', 'B'))])
    const to = snapshot('r2', [chap('c1', art('new', 'N'), art('a1', 'A'), art('a2', 'B'))])
    const diff = diffRevisions(from, to)
    expect(rows(diff)).toEqual([
      ['N', 'added', '', ''],
      ['A', 'unchanged', '', 'renumbered'],
      ['B', 'unchanged', '', 'renumbered'],
    ])
    expect(diff.clauses[2]!.to?.number).toBe('I.3.1')
  })

  it('reports a clause moved to another article as moved, not as removed and added', () => {
    const from = snapshot('r1', [chap('c1', art('a1', 'A', 'B'), art('a2', 'C'))])
    const to = snapshot('r2', [chap('c1', art('a1', 'A'), art('a2', 'B', 'C'))])
    const diff = diffRevisions(from, to)
    expect(rows(diff)).toEqual([
      ['A', 'unchanged', '', ''],
      ['B', 'unchanged', 'moved', 'renumbered'],
      ['C', 'unchanged', '', 'renumbered'],
    ])
    expect(diff.summary).toEqual({ added: 0, removed: 0, changed: 0, moved: 1, renumbered: 2, unchanged: 3 })
    expect(diff.clauses[1]!.from).toMatchObject({ number: 'I.1.2', article: 1, clause: 2 })
    expect(diff.clauses[1]!.to).toMatchObject({ number: 'I.2.1', article: 2, clause: 1 })
  })

  it('places removed clauses right after the clause that preceded them, and at the start when first', () => {
    const from = snapshot('r1', [chap('c1', art('a1', 'X', 'A', 'B', 'C', 'D', 'E'))])
    const to = snapshot('r2', [chap('c1', art('a1', 'A', 'D', 'N', 'E'))])
    const diff = diffRevisions(from, to)
    expect(rows(diff)).toEqual([
      ['X', 'removed', '', ''],
      ['A', 'unchanged', '', 'renumbered'],
      ['B', 'removed', '', ''],
      ['C', 'removed', '', ''],
      ['D', 'unchanged', '', 'renumbered'],
      ['N', 'added', '', ''],
      ['E', 'unchanged', '', 'renumbered'],
    ])
    expect(diff.summary).toEqual({ added: 1, removed: 3, changed: 0, moved: 0, renumbered: 3, unchanged: 3 })
    expect(diff.clauses[2]!.to).toBeUndefined()
    expect(diff.clauses[2]!.from).toMatchObject({ number: 'I.1.3', heading: { vi: 'Khoản B', en: 'Clause B' } })
  })

  it('reports a Vietnamese word change as whole words in vi, with en all equal', () => {
    const from = snapshot('r1', [chap('c1', art('a1', { key: 'A', text: { vi: 'Bảo vệ trẻ em trên mạng' } }))])
    const to = snapshot('r2', [chap('c1', art('a1', { key: 'A', text: { vi: 'Bảo vệ trẻ nhỏ trên mạng' } }))])
    const [clause] = diffRevisions(from, to).clauses
    expect(clause!.status).toBe('changed')
    expect(clause!.moved).toBe(false)
    expect(clause!.text).toEqual({
      vi: [
        { op: 'equal', text: 'Bảo vệ trẻ ' },
        { op: 'delete', text: 'em' },
        { op: 'insert', text: 'nhỏ' },
        { op: 'equal', text: ' trên mạng' },
      ],
      en: [{ op: 'equal', text: 'Text of A' }],
    })
    expect(clause!.heading).toEqual({
      vi: [{ op: 'equal', text: 'Khoản A' }],
      en: [{ op: 'equal', text: 'Clause A' }],
    })
  })

  it('reports an English-only text change in en only', () => {
    const from = snapshot('r1', [chap('c1', art('a1', { key: 'A', text: { en: 'Staff must report concerns.' } }))])
    const to = snapshot('r2', [chap('c1', art('a1', { key: 'A', text: { en: 'Staff must report concerns promptly.' } }))])
    const diff = diffRevisions(from, to)
    expect(diff.summary).toMatchObject({ changed: 1, unchanged: 0 })
    expect(diff.clauses[0]!.text).toEqual({
      vi: [{ op: 'equal', text: 'Nội dung A' }],
      en: [
        { op: 'equal', text: 'Staff must report concerns' },
        { op: 'insert', text: ' promptly' },
        { op: 'equal', text: '.' },
      ],
    })
  })

  it('reports a heading-only change as changed', () => {
    const from = snapshot('r1', [chap('c1', art('a1', { key: 'A', heading: { vi: 'Báo cáo' } }))])
    const to = snapshot('r2', [chap('c1', art('a1', { key: 'A', heading: { vi: 'Báo cáo kịp thời' } }))])
    const [clause] = diffRevisions(from, to).clauses
    expect(clause!.status).toBe('changed')
    expect(clause!.heading!.vi).toEqual([
      { op: 'equal', text: 'Báo cáo' },
      { op: 'insert', text: ' kịp thời' },
    ])
  })

  it('ignores a difference only in html, and in Unicode normalisation of the text', () => {
    const from = snapshot('r1', [chap('c1', art('a1', { key: 'A', text: { vi: 'Bảo vệ trẻ em' } }))])
    const to = snapshot('r2', [chap('c1', art('a1', { key: 'A', text: { vi: 'Bảo vệ trẻ em'.normalize('NFD') } }))])
    to.chapters[0]!.articles[0]!.clauses[0]!.html.vi = '<p><strong>Bảo vệ</strong> trẻ em</p>'
    expect(rows(diffRevisions(from, to))).toEqual([['A', 'unchanged', '', '']])
  })

  it('reports a clause that moved and was edited as both moved and changed', () => {
    const from = snapshot('r1', [chap('c1', art('a1', 'A', 'B'), art('a2', 'C'))])
    const to = snapshot('r2', [chap('c1', art('a1', 'A'), art('a2', 'C', { key: 'B', text: { en: 'New text of B' } }))])
    const diff = diffRevisions(from, to)
    expect(rows(diff)).toEqual([
      ['A', 'unchanged', '', ''],
      ['C', 'unchanged', '', ''],
      ['B', 'changed', 'moved', 'renumbered'],
    ])
    expect(diff.clauses[2]!.text!.en).toEqual([
      { op: 'delete', text: 'Text' },
      { op: 'insert', text: 'New text' },
      { op: 'equal', text: ' of B' },
    ])
  })

  it('lists a chapter title change per language, and leaves unchanged titles out', () => {
    const from = snapshot('r1', [
      { key: 'c1', title: { vi: 'Quy định chung', en: 'General provisions' }, articles: [art('a1', 'A')] },
      chap('c2', art('a2', 'B')),
    ])
    const to = snapshot('r2', [
      { key: 'c1', title: { vi: 'Những quy định chung', en: 'General provisions' }, articles: [art('a1', 'A')] },
      chap('c2', art('a2', 'B')),
    ])
    const diff = diffRevisions(from, to)
    expect(diff.titles).toEqual([
      {
        key: 'c1',
        level: 'chapter',
        title: {
          vi: [
            { op: 'delete', text: 'Quy' },
            { op: 'insert', text: 'Những quy' },
            { op: 'equal', text: ' định chung' },
          ],
          en: [{ op: 'equal', text: 'General provisions' }],
        },
      },
    ])
    expect(diff.summary.changed).toBe(0)
  })

  it('lists an article title change, matched by key even after the article moved chapter', () => {
    const from = snapshot('r1', [chap('c1', art('a1', 'A'), art('a2', 'B')), chap('c2')])
    const to = snapshot('r2', [chap('c1', art('a1', 'A')), { key: 'c2', articles: [{ key: 'a2', title: { vi: 'Điều a2', en: 'Reporting' }, clauses: ['B'] }] }])
    const diff = diffRevisions(from, to)
    expect(diff.titles).toEqual([
      {
        key: 'a2',
        level: 'article',
        title: {
          vi: [{ op: 'equal', text: 'Điều a2' }],
          en: [
            { op: 'delete', text: 'Article a2' },
            { op: 'insert', text: 'Reporting' },
          ],
        },
      },
    ])
    // The article moved with its clause, so the clause is renumbered but not moved.
    expect(rows(diff)).toEqual([
      ['A', 'unchanged', '', ''],
      ['B', 'unchanged', '', 'renumbered'],
    ])
  })
})
