/** The two languages of the newsroom, Vietnamese first: the one name for a language everywhere. */
export const LANGS = ['vi', 'en'] as const
export type Lang = (typeof LANGS)[number]

export const DEFAULT_LANG: Lang = 'vi'

export const isLang = (value: unknown): value is Lang => value === 'vi' || value === 'en'

/** A stored or sent language code as one of ours: Vietnamese unless it is English. */
export const langOrDefault = (value: unknown): Lang => (isLang(value) ? value : DEFAULT_LANG)

/** The newsroom's other language: English for Vietnamese, Vietnamese for English. */
export const otherLang = (lang: Lang): Lang => (lang === 'vi' ? 'en' : 'vi')

/** The language of an admin screen: Payload's admin language when it is one of ours, else English. */
export const adminLang = (language: string | null | undefined): Lang => (isLang(language) ? language : 'en')

/**
 * The language a client asks for in `Accept-Language`, by its q-values; Vietnamese when the
 * header names neither language (the newsroom's first language), so a reader without
 * preferences reads what most readers read.
 */
export function langFromAcceptLanguage(header: string | null | undefined): Lang {
  if (!header) return DEFAULT_LANG
  let best: { lang: Lang; q: number } | undefined
  for (const part of header.split(',').slice(0, 20)) {
    const [range = '', ...params] = part.trim().split(';')
    const primary = range.trim().toLowerCase().split('-')[0]
    if (!isLang(primary)) continue
    const qParam = params.map((p) => p.trim()).find((p) => p.startsWith('q='))
    const q = qParam ? Number(qParam.slice(2)) : 1
    if (!Number.isFinite(q) || q <= 0) continue
    if (!best || q > best.q) best = { lang: primary, q }
  }
  return best?.lang ?? DEFAULT_LANG
}

/** The language of an API answer: `?locale=` when it names one, else `Accept-Language`. */
export function langOfRequest(request: { url?: string; headers: Headers }): Lang {
  if (request.url) {
    try {
      const locale = new URL(request.url, 'http://localhost').searchParams.get('locale')
      if (isLang(locale)) return locale
    } catch {
      // An unreadable URL falls back to the header.
    }
  }
  return langFromAcceptLanguage(request.headers.get('accept-language'))
}

/**
 * The language of a person behind a Payload request: their admin language (Payload reads
 * its cookie, then `Accept-Language`), else Vietnamese.
 */
export const langOfPayloadRequest = (req: { i18n?: { language?: string } } | undefined): Lang => {
  const language = req?.i18n?.language
  return isLang(language) ? language : DEFAULT_LANG
}
