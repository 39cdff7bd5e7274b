import { lexicalText } from '../consultation/snapshot/lexicalText'
import type { ContentType } from '@/content/contentTypes'
import { foldText } from './foldText'
import type { StoredDocument } from '@/content/storedDocument'
import { type Lang } from '@/i18n/lang'

type Doc = StoredDocument

/** One row of `site_search`: a published item in one language. */
export type SearchRow = {
  docType: ContentType
  docId: number
  lang: Lang
  slug: string
  title: string
  summary: string
  embargoUntil: string | null
  foldedTitle: string
  foldedBody: string
}

// A tsvector holds at most 1 MB; no real item comes near, but one pasted book must not
// make publishing fail.
const MAX_BODY_CHARS = 200_000

const str = (value: unknown): string => (typeof value === 'string' ? value.trim() : '')
const rows = (value: unknown): Doc[] => (Array.isArray(value) ? (value as Doc[]) : [])
const texts = (value: unknown, ...fields: string[]): string[] => rows(value).flatMap((row) => fields.map((field) => str(row[field])))

/** The words a reader may search for beyond title and summary, per content type. */
function bodyParts(type: ContentType, doc: Doc): string[] {
  if (type === 'article') return [lexicalText(doc.body)]
  if (type === 'campaign') return [lexicalText(doc.body), ...texts(doc.keyMessages, 'message')]
  return [...texts(doc.keyFacts, 'figure', 'statement', 'source'), ...texts(doc.talkingPoints, 'point'), ...texts(doc.qa, 'question', 'answer')]
}

/**
 * The index row of a document read in one language without fallback, or null when the
 * item has no title in that language (an English row would otherwise show Vietnamese).
 */
export function searchRowOf(type: ContentType, doc: Doc, lang: Lang): SearchRow | null {
  const title = str(type === 'article' ? doc.headline : doc.title)
  if (!title) return null
  const summary = str(type === 'article' ? doc.standfirst : doc.summary)
  const body = [summary, ...bodyParts(type, doc)].filter(Boolean).join('\n')
  return {
    docType: type,
    docId: Number(doc.id),
    lang,
    slug: str(doc.slug) || String(doc.id),
    title,
    summary,
    embargoUntil: str(doc.embargoUntil) || null,
    foldedTitle: foldText(title),
    foldedBody: foldText(body).slice(0, MAX_BODY_CHARS),
  }
}
