import type { Lang } from '@/i18n/lang'
/**
 * A frozen revision of a code of conduct, as the public sees it: both languages, clauses
 * numbered from their position, and no internal rationale. Revisions are stored in this
 * shape, so what was published stays exactly as it was.
 */
export type Localized = Record<Lang, string>

export type ClauseSnapshot = {
  /** Stable id: survives reordering, renumbering and moves between articles. */
  key: string
  /** Position-derived number, e.g. "I.2.1" (chapter, article, clause). */
  number: string
  chapter: number
  /** Articles are numbered continuously through the code, as in Vietnamese legal texts. */
  article: number
  clause: number
  heading: Localized
  /** Plain text, for diffs, search and the CSV report. */
  text: Localized
  /** Rendered from the Lexical text, for pages and the API. */
  html: Localized
}

export type ArticleSnapshot = { key: string; number: number; title: Localized; clauses: ClauseSnapshot[] }
export type ChapterSnapshot = { key: string; number: number; roman: string; title: Localized; articles: ArticleSnapshot[] }

export type ChangelogEntry = { revision: string; date: string | null; note: Localized }

export type CodeStatus = 'drafting' | 'consultation' | 'revising' | 'submitted' | 'promulgated'

export type CodeSnapshot = {
  slug: string
  revision: string
  title: Localized
  summary: Localized
  status: CodeStatus
  changelog: ChangelogEntry[]
  chapters: ChapterSnapshot[]
}
