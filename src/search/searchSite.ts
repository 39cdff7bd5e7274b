import type { Payload } from 'payload'

import type { ContentType } from '@/content/contentTypes'
import { readOnlyWithoutJit, type Sql } from '@/db/sql'
import { sitePath } from '@/i18n/siteCopy'
import { makeSnippet } from './makeSnippet'
import { prefixTsQuery, queryWords, titleTsQuery } from './tsQuery'
import { type Lang } from '@/i18n/lang'

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
  lang: Lang
  now: Date
  /** Only for readers allowed to see embargoed material; the public site never passes it. */
  includeEmbargoed?: boolean
  limit: number
  offset: number
}

type Row = { doc_type: ContentType; slug: string; title: string; summary: string; published_at: Date | null }

const SECTION: Record<ContentType, string> = { article: 'articles', campaign: 'campaigns', 'briefing-pack': 'briefing-packs' }

/**
 * How many of the newest visible items a walk reads. When more than SEARCH_WINDOW of them
 * match (a common word), the window lies within them, and reading them costs the same at
 * 1,000 articles as at 100,000.
 */
const WALK_ROWS = 2 * SEARCH_WINDOW

// $1 the query, $2 the language, $3 now (NULL: embargoes ignored); in the search itself, $4 the query in titles.
// The index only holds published, not withdrawn items; the embargo half of "what is public
// now" (src/access/publicContent.ts) is applied here, as the index is plain SQL.
const VISIBLE = `lang = $2 AND ($3::timestamptz IS NULL OR embargo_until IS NULL OR embargo_until <= $3::timestamptz)`
const NEWEST_FIRST = 'ORDER BY published_at DESC NULLS LAST, doc_id DESC'
const COLUMNS = 'doc_type, doc_id, slug, title, summary, published_at, document'

/** How one kind of match is tested; `$q` is the placeholder of its query. */
type Match = {
  /** Row by row, on the stored document: title words carry weight A, so the title query matches titles alone. */
  onRow: ($q: string) => string
  /** The same test through a GIN index, to find few matches among many rows. */
  onIndex: ($q: string) => string
  /** Which query each test takes: the plain one ($1 in the search) or the title one ($4). */
  rowQuery: 'text' | 'title'
}
const IN_TEXT: Match = {
  onRow: ($q) => `document @@ to_tsquery('simple', ${$q})`,
  onIndex: ($q) => `document @@ to_tsquery('simple', ${$q})`,
  rowQuery: 'text',
}
// The title's own index (site_search_title_idx): a weight-restricted query on the document's
// index would read every text match to find the few in titles.
const IN_TITLE: Match = {
  onRow: ($q) => `document @@ to_tsquery('simple', ${$q})`,
  onIndex: ($q) => `to_tsvector('simple', folded_title) @@ to_tsquery('simple', ${$q})`,
  rowQuery: 'title',
}
const placeholder = { text: '$1', title: '$4' }

type Queries = { text: string; title: string; lang: Lang; now: string | null }

/** Matches among the newest WALK_ROWS items, counted up to SEARCH_WINDOW + 1. */
const countInNewest = (match: Match) =>
  `SELECT count(*) AS n FROM (SELECT 1 FROM (SELECT document FROM site_search WHERE ${VISIBLE} ${NEWEST_FIRST} LIMIT ${WALK_ROWS}) AS newest
    WHERE ${match.onRow('$1')} LIMIT ${SEARCH_WINDOW + 1}) AS counted`

/** All matches, counted up to SEARCH_WINDOW + 1, through the index. */
const countAll = (match: Match) =>
  `SELECT count(*) AS n FROM (SELECT 1 FROM site_search WHERE ${match.onIndex('$1')} AND ${VISIBLE} LIMIT ${SEARCH_WINDOW + 1}) AS counted`

/**
 * Which of three ways finds the newest SEARCH_WINDOW matches for the least reading:
 * - `dense`: more than SEARCH_WINDOW of the newest WALK_ROWS items match; walk those;
 * - `few`: at most SEARCH_WINDOW match in all; take them all from the index;
 * - `sparse`: more than SEARCH_WINDOW in all, but spread out; walk newest first until the window is full.
 * The planner cannot tell these apart (it guesses a prefix query's matches badly), so counts decide.
 */
type Spread = 'dense' | 'few' | 'sparse'

async function spreadOf(sql: Sql, match: Match, queries: Queries): Promise<{ spread: Spread; matches: number }> {
  const [inNewest] = await sql<{ n: string }>(countInNewest(match), [queries[match.rowQuery], queries.lang, queries.now])
  if (Number(inNewest?.n ?? 0) > SEARCH_WINDOW) return { spread: 'dense', matches: SEARCH_WINDOW + 1 }
  const [inAll] = await sql<{ n: string }>(countAll(match), [queries.text, queries.lang, queries.now])
  const matches = Number(inAll?.n ?? 0)
  return { spread: matches > SEARCH_WINDOW ? 'sparse' : 'few', matches }
}

// `OFFSET 0` keeps a walk from being flattened into the index's plan.
const newestMatches = (match: Match, spread: Spread) => {
  if (spread === 'few') return `SELECT ${COLUMNS} FROM site_search WHERE ${match.onIndex('$1')} AND ${VISIBLE}`
  const walked = spread === 'dense' ? `LIMIT ${WALK_ROWS}` : 'OFFSET 0'
  return `SELECT ${COLUMNS} FROM (SELECT * FROM site_search WHERE ${VISIBLE} ${NEWEST_FIRST} ${walked}) AS newest WHERE ${match.onRow(placeholder[match.rowQuery])} LIMIT ${SEARCH_WINDOW}`
}

/**
 * Full-text search of the published campaigns, articles and briefing packs in one
 * language, diacritics ignored, best first: title matches before body-only matches, then
 * by rank, then newest first, within the SEARCH_WINDOW newest matches of each kind.
 */
export async function searchSite(payload: Payload, { q, lang, now, includeEmbargoed = false, limit, offset }: Options): Promise<SearchResults> {
  const words = queryWords(q)
  if (words.length === 0) return { total: 0, results: [] }
  const queries: Queries = { text: prefixTsQuery(words), title: titleTsQuery(words), lang, now: includeEmbargoed ? null : now.toISOString() }
  const found = await readOnlyWithoutJit(payload, async (sql) => {
    const inText = await spreadOf(sql, IN_TEXT, queries)
    if (inText.matches === 0) return { matches: 0, rows: [] }
    // Every title match is a text match: few in the text means few in the titles.
    const inTitle = inText.spread === 'few' ? inText : await spreadOf(sql, IN_TITLE, queries)
    const rows = await sql<Row>(
      `WITH candidates AS (
         (${newestMatches(IN_TITLE, inTitle.spread)})
         UNION
         (${newestMatches(IN_TEXT, inText.spread)})
       )
       SELECT doc_type, slug, title, summary, published_at FROM candidates
        ORDER BY document @@ to_tsquery('simple', $4) DESC, ts_rank_cd(document, to_tsquery('simple', $1)) DESC,
                 published_at DESC NULLS LAST, doc_id DESC
        LIMIT $5 OFFSET $6`,
      [queries.text, queries.lang, queries.now, queries.title, Math.max(0, Math.floor(limit)), Math.max(0, Math.floor(offset))],
    )
    return { matches: inText.matches, rows }
  })
  const { matches, rows } = found
  if (matches === 0) return { total: 0, results: [] }
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
