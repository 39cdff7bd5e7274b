import { MAX_QUERY_LENGTH } from './tsQuery'

type RawParams = Record<string, string | string[] | undefined>

// Deep pages of a full-text search are never read; a bound keeps OFFSET cheap.
const MAX_PAGE = 500

const first = (value: string | string[] | undefined): string => (Array.isArray(value) ? (value[0] ?? '') : (value ?? ''))

/** `?q=` and `?page=` of the search page; anything odd becomes an empty query or page 1. */
export function parseSearchParams(params: RawParams): { q: string; page: number } {
  const q = first(params.q).normalize('NFC').trim().slice(0, MAX_QUERY_LENGTH)
  const page = Number.parseInt(first(params.page), 10)
  return { q, page: Number.isSafeInteger(page) && page >= 1 ? Math.min(page, MAX_PAGE) : 1 }
}

/** The address of one page of results. */
export function searchHref(path: string, q: string, page: number): string {
  const query = new URLSearchParams({ q })
  if (page > 1) query.set('page', String(page))
  return `${path}?${query.toString()}`
}
