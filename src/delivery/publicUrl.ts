import { publicPathOf } from '../content/links/publicPathOf'
import { COLLECTION_OF, type ContentType } from '@/content/contentTypes'
import { type Lang } from '@/i18n/lang'

/** The press room page of an item: Vietnamese at the root, English under /en (the one path rule, src/content/links). */
export function publicUrlOf(siteUrl: string, type: ContentType, slug: string, lang: Lang): string {
  return `${siteUrl}${publicPathOf(COLLECTION_OF[type], slug, lang)}`
}

export const homeUrlOf = (siteUrl: string, lang: Lang): string => (lang === 'vi' ? `${siteUrl}/` : `${siteUrl}/en/`)

/** Media paths from Payload are relative to the site; agencies need absolute links. */
export function absoluteUrl(siteUrl: string, url: string | null | undefined): string | undefined {
  if (!url) return undefined
  return /^https?:\/\//.test(url) ? url : `${siteUrl}${url.startsWith('/') ? '' : '/'}${url}`
}
