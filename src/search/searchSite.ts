import type { Payload } from 'payload'

import type { ContentType } from '@/content/contentTypes'
import { poolOf, sqlForClient } from '@/db/sql'
import type { Language } from '../delivery/languages'
import { sitePath } from '@/i18n/siteCopy'
import { makeSnippet } from './makeSnippet'
import { prefixTsQuery, queryWords, titleTsQuery } from './tsQuery'

export type SearchResult = { type: ContentType; slug: string; title: string; summary: string; publishedAt: string | null; url: string; snippet: string }
export type SearchResults = { total: number; results: SearchResult[] }

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
const MATCHES = `FROM site_search WHERE document @@ to_tsquery('simple', $1) AND lang = $2
  AND ($3::timestamptz IS NULL OR embargo_until IS NULL OR embargo_until <= $3::timestamptz)`

/**
 * Full-text search of the published campaigns, articles and briefing packs in one
 * language, diacritics ignored, best first: title matches before body-only matches, then
 * by rank, then newest first.
 */
export async function searchSite(payload: Payload, { q, lang, now, includeEmbargoed = false, limit, offset }: Options): Promise<SearchResults> {
  const words = queryWords(q)
  if (words.length === 0) return { total: 0, results: [] }
  const sql = sqlForClient(poolOf(payload))
  const params = [prefixTsQuery(words), lang, includeEmbargoed ? null : now.toISOString()]
  const [[counted], rows] = await Promise.all([
    sql<{ total: string }>(`SELECT count(*) AS total ${MATCHES}`, params),
    sql<Row>(
      `SELECT doc_type, slug, title, summary, published_at ${MATCHES}
        ORDER BY document @@ to_tsquery('simple', $4) DESC, ts_rank_cd(document, to_tsquery('simple', $1)) DESC,
                 published_at DESC NULLS LAST, doc_id DESC
        LIMIT $5 OFFSET $6`,
      [...params, titleTsQuery(words), Math.max(0, Math.floor(limit)), Math.max(0, Math.floor(offset))],
    ),
  ])
  return {
    total: Number(counted?.total ?? 0),
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
