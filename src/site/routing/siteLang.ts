import { notFound } from 'next/navigation'

import { isLang, type Lang } from '@/i18n/lang'
import { AppError, errorJsonResponse } from '@/platform/errors/appError'

/** The `[lang]` segment every public route lives under; the proxy maps `/…` to `vi` and `/en/…` to `en`. */
export type LangParams<Rest extends Record<string, string> = Record<never, string>> = Promise<{ lang: string } & Rest>

/** The page's language from its `[lang]` segment; any other segment is a page that does not exist. */
export async function pageLang(params: Promise<{ lang: string }>): Promise<Lang> {
  const { lang } = await params
  if (!isLang(lang)) notFound()
  return lang
}

/** For route handlers: the language, or null for a segment that names none (answered 404 by the caller). */
export async function routeLang(params: Promise<{ lang: string }>): Promise<Lang | null> {
  const { lang } = await params
  return isLang(lang) ? lang : null
}

/** The 404 a route handler answers for a path outside both languages. */
export const noSuchRoute = (): Response => errorJsonResponse(new AppError('not_found', 'Not found. / Không tìm thấy.'))
