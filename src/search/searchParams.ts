import { MAX_QUERY_LENGTH } from './tsQuery'

type RawParams = Record<string, string | string[] | undefined>

// Deep pages of a full-text search are never read; a bound keeps OFFSET cheap.
const MAX_PAGE = 500

const first = (value: string | string[] | undefined): string => (Array.isArray(value) ? (value[0] ?? '') : (value ?? ''))

// C0, DEL and C1: nobody types them, and a NUL echoed into the page's title or search box
// is a raw control character in the HTML. Each becomes a space, so words it separated stay apart.
const CONTROL_CHARACTERS = /\p{Cc}/gu

/**
 * `?q=` and `?page=` of the search page; anything odd becomes an empty query or page 1.
 * The query holds no control character, so none reaches the page.
 */
export function parseSearchParams(params: RawParams): { q: string; page: number } {
  const q = first(params.q).replace(CONTROL_CHARACTERS, ' ').normalize('NFC').trim().slice(0, MAX_QUERY_LENGTH).trim()
  const page = Number.parseInt(first(params.page), 10)
  return { q, page: Number.isSafeInteger(page) && page >= 1 ? Math.min(page, MAX_PAGE) : 1 }
}

/** The address of one page of results. */
export function searchHref(path: string, q: string, page: number): string {
  const query = new URLSearchParams({ q })
  if (page > 1) query.set('page', String(page))
  return `${path}?${query.toString()}`
}
