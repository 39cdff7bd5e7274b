import { richTextHtml } from '@/content/richText/richTextHtml'
import { isCodeStatus } from '../codeStatuses'
import { lexicalText } from './lexicalText'
import { romanNumeral } from './romanNumeral'
import type { ArticleSnapshot, ChapterSnapshot, CodeSnapshot, Localized } from './types'
import type { StoredDocument } from '@/content/storedDocument'

type AllLocales = Record<string, unknown> | string | null | undefined
type Row = StoredDocument

/** A field read with `locale: 'all'` is `{ vi, en }`; Vietnamese stands in for a missing English text. */
function localized(value: AllLocales, render: (value: unknown) => string = (v) => (typeof v === 'string' ? v.normalize('NFC') : '')): Localized {
  if (value && typeof value === 'object' && !('root' in value)) {
    const vi = render((value as Row).vi)
    const en = render((value as Row).en)
    return { vi, en: en || vi }
  }
  const same = render(value)
  return { vi: same, en: same }
}

const rows = (value: unknown): Row[] => (Array.isArray(value) ? (value as Row[]) : [])

/**
 * The public, frozen form of a code read with `locale: 'all'`: both languages, numbers from
 * positions (chapters in Roman numerals, articles counted through the whole code, clauses
 * within their article) and no internal rationale.
 */
export function buildSnapshot(doc: Row): CodeSnapshot {
  let articleNumber = 0
  const chapters: ChapterSnapshot[] = rows(doc.chapters).map((chapter, chapterIndex) => {
    const chapterNumber = chapterIndex + 1
    const articles: ArticleSnapshot[] = rows(chapter.articles).map((article) => {
      articleNumber += 1
      const number = articleNumber
      return {
        key: String(article.key),
        number,
        title: localized(article.title),
        clauses: rows(article.clauses).map((clause, clauseIndex) => ({
          key: String(clause.key),
          number: `${romanNumeral(chapterNumber)}.${number}.${clauseIndex + 1}`,
          chapter: chapterNumber,
          article: number,
          clause: clauseIndex + 1,
          heading: localized(clause.heading),
          text: localized(clause.text, lexicalText),
          html: localized(clause.text, richTextHtml),
        })),
      }
    })
    return { key: String(chapter.key), number: chapterNumber, roman: romanNumeral(chapterNumber), title: localized(chapter.title), articles }
  })
  return {
    slug: String(doc.slug),
    revision: String(doc.revisionLabel),
    title: localized(doc.title),
    summary: localized(doc.summary),
    status: isCodeStatus(doc.status) ? doc.status : 'drafting',
    changelog: rows(doc.changelog).map((entry) => ({ revision: String(entry.revision), date: entry.date ?? null, note: localized(entry.note) })),
    chapters,
  }
}
