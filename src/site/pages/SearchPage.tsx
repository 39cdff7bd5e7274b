import React from 'react'

import { deliveryPayload } from '@/deliveryPayload'
import { searchMessages } from '@/i18n/messages/search'
import { RESULTS_PER_PAGE } from '@/search/searchCopy'
import { searchHref } from '@/search/searchParams'
import { searchSite, type SearchResult } from '@/search/searchSite'
import { queryWords } from '@/search/tsQuery'
import { SiteShell } from '../SiteShell'
import { sitePath } from '@/i18n/siteCopy'
import '../search.css'
import { formatDate } from '@/i18n/formatDateTime'
import { type Lang } from '@/i18n/lang'

type Props = { lang: Lang; q: string; page: number }

const formatDay = (iso: string, _lang: Lang) => formatDate(iso)

function ResultItem({ result, lang }: { result: SearchResult; lang: Lang }) {
  return (
    <li className="search-result">
      <h2 className="search-result__title">
        <a href={result.url}>{result.title}</a>
      </h2>
      <p className="search-result__meta muted">
        <span className="badge">{searchMessages[lang].types[result.type]}</span>
        {result.publishedAt && <time dateTime={result.publishedAt}>{formatDay(result.publishedAt, lang)}</time>}
      </p>
      {result.snippet && <p className="search-result__snippet">{result.snippet}</p>}
    </li>
  )
}

function Pagination({ lang, q, page, pages }: { lang: Lang; q: string; page: number; pages: number }) {
  if (pages <= 1) return null
  const copy = searchMessages[lang]
  const path = sitePath(lang, '/search')
  return (
    <nav aria-label={copy.pagination} className="search-pagination">
      {page > 1 && (
        <a href={searchHref(path, q, page - 1)} rel="prev">
          {copy.previous}
        </a>
      )}
      <span aria-current="page">{copy.pageOf(page, pages)}</span>
      {page < pages && (
        <a href={searchHref(path, q, page + 1)} rel="next">
          {copy.next}
        </a>
      )}
    </nav>
  )
}

/**
 * The public search page: a form, then what is public now that matches, 20 a page.
 * Embargoed items are never included: this page is for everyone.
 */
export async function SearchPage({ lang, q, page }: Props) {
  const copy = searchMessages[lang]
  const searchable = queryWords(q).length > 0
  const { total, capped, results } = searchable
    ? await searchSite(await deliveryPayload(), { q, lang, now: new Date(), limit: RESULTS_PER_PAGE, offset: (page - 1) * RESULTS_PER_PAGE })
    : { total: 0, results: [] }
  const pages = Math.ceil(total / RESULTS_PER_PAGE)
  const other = lang === 'vi' ? 'en' : 'vi'
  return (
    <SiteShell lang={lang} alternatePath={q ? searchHref(sitePath(other, '/search'), q, 1) : sitePath(other, '/search')}>
      <h1>{copy.title}</h1>
      <form role="search" action={sitePath(lang, '/search')} method="get" className="search-form">
        <label htmlFor="search-q">{copy.label}</label>
        <p id="search-hint" className="muted search-form__hint">
          {copy.hint}
        </p>
        <div className="search-form__row">
          <input id="search-q" type="search" name="q" defaultValue={q} maxLength={200} aria-describedby="search-hint" />
          <button type="submit" className="button">
            {copy.submit}
          </button>
        </div>
      </form>
      {q && !searchable && <p className="notice">{copy.tooShort}</p>}
      {searchable && total === 0 && <p className="notice">{copy.noResults(q)}</p>}
      {total > 0 && (
        <section aria-labelledby="search-count">
          <p id="search-count" className="search-count">
            {capped ? copy.countOver(total, q) : copy.count(total, q)}
          </p>
          {results.length === 0 ? (
            <p>
              {copy.pastLastPage} <a href={searchHref(sitePath(lang, '/search'), q, 1)}>{copy.firstPage}</a>
            </p>
          ) : (
            <ol className="search-results" start={(page - 1) * RESULTS_PER_PAGE + 1} aria-label={copy.results}>
              {results.map((result) => (
                <ResultItem key={result.url} result={result} lang={lang} />
              ))}
            </ol>
          )}
          <Pagination lang={lang} q={q} page={page} pages={pages} />
        </section>
      )}
    </SiteShell>
  )
}
