import type { Payload } from 'payload'

import type { ContentType } from '@/content/contentTypes'
import { poolOf, sqlForClient } from '@/db/sql'
import type { Language } from '../delivery/languages'
import { sitePath } from '@/i18n/siteCopy'
import { makeSnippet } from './makeSnippet'
import { prefixTsQuery, queryWords, titleTsQuery } from './tsQuery'

export type SearchResult = { type: ContentType; slug: string; title: string; summary: string; publishedAt: string | null; url: string; snippet: string }
/** `total` counts matches up to SEARCH_WINDOW + 1; `capped` says there are more than SEARCH_WINDOW. */
export type SearchResults = { total: number; capped?: boolean; results: SearchResult[] }

/**
 * How many matches are ranked: the newest SEARCH_WINDOW matches, plus the newest
 * SEARCH_WINDOW title matches. A query that matches every article (a common word) would
 * otherwise rank them all, and its cost would grow with the archive; a reader never pages
 * past the first few hundred results, and adding a word narrows the search.
 */
export const SEARCH_WINDOW = 1000

type Options = {
  q: string
  lang: Language
  now: Date
  /** Only for readers allowed to see embargoed material; the public site never passes it. */
  includeEmbargoed?: boolean
  limit: number
  offset: number
}

type Row = { doc_type: ContentType; slug: string; title: string; summary: string; published_at: Date | null }

const SECTION: Record<ContentType, string> = { article: 'articles', campaign: 'campaigns', 'briefing-pack': 'briefing-packs' }

// $1 the query, $2 the language, $3 now (NULL: embargoes ignored). The index only holds
// published, not withdrawn items; the embargo half of "what is public now"
// (src/access/publicContent.ts) is applied here, as the index is plain SQL.
const VISIBLE = `lang = $2 AND ($3::timestamptz IS NULL OR embargo_until IS NULL OR embargo_until <= $3::timestamptz)`
const IN_TEXT = `document @@ to_tsquery('simple', $1)`
// The same words in the title alone, through the title's own index (site_search_title_idx).
const IN_TITLE = `to_tsvector('simple', folded_title) @@ to_tsquery('simple', $1)`
const COLUMNS = 'doc_type, doc_id, slug, title, summary, published_at, document'

const countUpTo = (match: string, most: number) =>
  `SELECT count(*) AS n FROM (SELECT 1 FROM site_search WHERE ${match} AND ${VISIBLE} LIMIT ${most}) AS counted`

/**
 * The newest SEARCH_WINDOW items that match. Few matches: all of them, from the full-text
 * index. Many (a common word): walk the items newest first (site_search_recent_idx) and
 * stop at the window, which reads about SEARCH_WINDOW rows however large the archive is.
 * The planner cannot tell the two apart (it guesses a prefix query's matches badly), so the
 * count decides; `OFFSET 0` keeps the walk from being flattened into the index's plan.
 */
const newestMatches = (match: string, many: boolean) =>
  many
    ? `SELECT ${COLUMNS} FROM (SELECT * FROM site_search WHERE ${VISIBLE} ORDER BY published_at DESC NULLS LAST, doc_id DESC OFFSET 0) AS newest
        WHERE ${match} LIMIT ${SEARCH_WINDOW}`
    : `SELECT ${COLUMNS} FROM site_search WHERE ${match} AND ${VISIBLE}`

/**
 * Full-text search of the published campaigns, articles and briefing packs in one
 * language, diacritics ignored, best first: title matches before body-only matches, then
 * by rank, then newest first, within the SEARCH_WINDOW newest matches of each kind.
 */
export async function searchSite(payload: Payload, { q, lang, now, includeEmbargoed = false, limit, offset }: Options): Promise<SearchResults> {
  const words = queryWords(q)
  if (words.length === 0) return { total: 0, results: [] }
  const sql = sqlForClient(poolOf(payload))
  const params = [prefixTsQuery(words), lang, includeEmbargoed ? null : now.toISOString()]
  const [[inText], [inTitle]] = await Promise.all([
    sql<{ n: string }>(countUpTo(IN_TEXT, SEARCH_WINDOW + 1), params),
    sql<{ n: string }>(countUpTo(IN_TITLE, SEARCH_WINDOW + 1), params),
  ])
  const matches = Number(inText?.n ?? 0)
  if (matches === 0) return { total: 0, results: [] }
  const rows = await sql<Row>(
    `WITH candidates AS (
       (${newestMatches(IN_TITLE, Number(inTitle?.n ?? 0) > SEARCH_WINDOW)})
       UNION
       (${newestMatches(IN_TEXT, matches > SEARCH_WINDOW)})
     )
     SELECT doc_type, slug, title, summary, published_at FROM candidates
      ORDER BY document @@ to_tsquery('simple', $4) DESC, ts_rank_cd(document, to_tsquery('simple', $1)) DESC,
               published_at DESC NULLS LAST, doc_id DESC
      LIMIT $5 OFFSET $6`,
    [...params, titleTsQuery(words), Math.max(0, Math.floor(limit)), Math.max(0, Math.floor(offset))],
  )
  return {
    total: Math.min(matches, SEARCH_WINDOW),
    ...(matches > SEARCH_WINDOW ? { capped: true } : {}),
    results: rows.map((row) => ({
      type: row.doc_type,
      slug: row.slug,
      title: row.title,
      summary: row.summary,
      publishedAt: row.published_at ? new Date(row.published_at).toISOString() : null,
      url: sitePath(lang, `/${SECTION[row.doc_type]}/${row.slug}`),
      snippet: makeSnippet(row.summary, words),
    })),
  }
}
