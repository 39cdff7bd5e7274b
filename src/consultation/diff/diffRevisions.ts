import type { ClauseSnapshot, CodeSnapshot, Localized } from '../snapshot/types'
import { diffWords, type WordOp } from './diffWords'
import { LANGS, type Lang } from '@/i18n/lang'

export type ClausePlace = { number: string; chapter: number; article: number; clause: number; heading: Localized }
export type ClauseChange = {
  key: string
  status: 'added' | 'removed' | 'changed' | 'unchanged'
  /** Its order relative to the clauses both revisions share changed, or it went to another article. */
  moved: boolean
  /** Its number differs (e.g. because a clause was inserted before it), moved or not. */
  renumbered: boolean
  from?: ClausePlace
  to?: ClausePlace
  /** Word-level changes per language; present when status is 'changed'. */
  heading?: Record<Lang, WordOp[]>
  text?: Record<Lang, WordOp[]>
}
export type RevisionDiff = {
  from: string
  to: string
  summary: { added: number; removed: number; changed: number; moved: number; renumbered: number; unchanged: number }
  /** In the `to` revision's order; each removed clause right after the clause that preceded it in `from`. */
  clauses: ClauseChange[]
  /** Chapter/article title changes, matched by key, per language (only ones that changed). */
  titles: Array<{ key: string; level: 'chapter' | 'article'; title: Record<Lang, WordOp[]> }>
}

export type FlatClause = ClauseSnapshot & { articleKey: string; chapterKey: string }

export function flattenClauses(snapshot: CodeSnapshot): FlatClause[] {
  return snapshot.chapters.flatMap((chapter) =>
    chapter.articles.flatMap((article) => article.clauses.map((clause) => ({ ...clause, articleKey: article.key, chapterKey: chapter.key }))),
  )
}

/** Clauses are matched by key only: numbers shift and text is what is being compared. */
export function diffRevisions(from: CodeSnapshot, to: CodeSnapshot): RevisionDiff {
  const fromClauses = flattenClauses(from)
  const toClauses = flattenClauses(to)
  const fromByKey = new Map(fromClauses.map((c, i) => [c.key, { clause: c, index: i }]))
  const toKeys = new Set(toClauses.map((c) => c.key))

  // Clauses that went to another article are moved regardless; among those that stayed, the
  // longest run kept in the same relative order is "not moved", the rest were moved.
  const stayed = toClauses.filter((c) => fromByKey.get(c.key)?.clause.articleKey === c.articleKey)
  const inOrder = longestIncreasing(stayed.map((c) => fromByKey.get(c.key)!.index))
  const notMoved = new Set(stayed.filter((_, i) => inOrder.has(i)).map((c) => c.key))

  const removedAfter = new Map<string | null, ClauseChange[]>()
  let anchor: string | null = null
  for (const clause of fromClauses) {
    if (toKeys.has(clause.key)) anchor = clause.key
    else {
      const list = removedAfter.get(anchor) ?? []
      list.push(compare(clause.key, clause, undefined, false))
      removedAfter.set(anchor, list)
    }
  }

  const clauses: ClauseChange[] = [...(removedAfter.get(null) ?? [])]
  for (const clause of toClauses) {
    const before = fromByKey.get(clause.key)?.clause
    clauses.push(compare(clause.key, before, clause, before !== undefined && !notMoved.has(clause.key)))
    clauses.push(...(removedAfter.get(clause.key) ?? []))
  }

  const summary = { added: 0, removed: 0, changed: 0, moved: 0, renumbered: 0, unchanged: 0 }
  for (const c of clauses) {
    summary[c.status]++
    if (c.moved) summary.moved++
    if (c.renumbered) summary.renumbered++
  }

  return { from: from.revision, to: to.revision, summary, clauses, titles: diffTitles(from, to) }
}

function compare(key: string, before: FlatClause | undefined, after: FlatClause | undefined, moved: boolean): ClauseChange {
  const change: ClauseChange = {
    key,
    status: !before ? 'added' : !after ? 'removed' : 'unchanged',
    moved,
    renumbered: !!before && !!after && before.number !== after.number,
  }
  if (before) change.from = place(before)
  if (after) change.to = place(after)
  if (before && after && (differs(before.heading, after.heading) || differs(before.text, after.text))) {
    change.status = 'changed'
    change.heading = diffLocalized(before.heading, after.heading)
    change.text = diffLocalized(before.text, after.text)
  }
  return change
}

function place(c: ClauseSnapshot): ClausePlace {
  return { number: c.number, chapter: c.chapter, article: c.article, clause: c.clause, heading: c.heading }
}

function diffTitles(from: CodeSnapshot, to: CodeSnapshot): RevisionDiff['titles'] {
  const chapters = new Map(from.chapters.map((c) => [c.key, c]))
  const articles = new Map(from.chapters.flatMap((c) => c.articles).map((a) => [a.key, a]))
  const titles: RevisionDiff['titles'] = []
  for (const chapter of to.chapters) {
    const before = chapters.get(chapter.key)
    if (before && differs(before.title, chapter.title)) {
      titles.push({ key: chapter.key, level: 'chapter', title: diffLocalized(before.title, chapter.title) })
    }
    for (const article of chapter.articles) {
      const was = articles.get(article.key)
      if (was && differs(was.title, article.title)) {
        titles.push({ key: article.key, level: 'article', title: diffLocalized(was.title, article.title) })
      }
    }
  }
  return titles
}

// Stored snapshots may predate a language; treat a missing one as empty. NFC so that the same
// words typed decomposed are not a change.
const plain = (l: Localized, lang: Lang) => (l?.[lang] ?? '').normalize('NFC')

function differs(a: Localized, b: Localized): boolean {
  return LANGS.some((lang) => plain(a, lang) !== plain(b, lang))
}

function diffLocalized(a: Localized, b: Localized): Record<Lang, WordOp[]> {
  return { vi: diffWords(plain(a, 'vi'), plain(b, 'vi')), en: diffWords(plain(a, 'en'), plain(b, 'en')) }
}

/**
 * Positions in `seq` of one longest strictly increasing subsequence (patience sorting, O(n log n)).
 * Keys are unique, so this is the LCS of the shared keys in from-order vs to-order.
 */
function longestIncreasing(seq: number[]): Set<number> {
  const tails: number[] = [] // tails[k] = position of the smallest tail of an increasing run of length k+1
  const prev: number[] = new Array(seq.length).fill(-1)
  for (let i = 0; i < seq.length; i++) {
    let lo = 0
    let hi = tails.length
    while (lo < hi) {
      const mid = (lo + hi) >> 1
      if (seq[tails[mid]!]! < seq[i]!) lo = mid + 1
      else hi = mid
    }
    if (lo > 0) prev[i] = tails[lo - 1]!
    tails[lo] = i
  }
  const kept = new Set<number>()
  for (let i = tails[tails.length - 1] ?? -1; i !== -1; i = prev[i]!) kept.add(i)
  return kept
}
