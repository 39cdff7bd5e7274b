import type { ContentType } from './contentTypes'
import type { Language } from './languages'

const SECTION: Record<ContentType, string> = { article: 'articles', campaign: 'campaigns', 'briefing-pack': 'briefing-packs' }

/** The press room page of an item: Vietnamese at the root, English under /en. */
export function publicUrlOf(siteUrl: string, type: ContentType, slug: string, lang: Language): string {
  return `${homeUrlOf(siteUrl, lang)}${SECTION[type]}/${encodeURIComponent(slug)}`
}

export const homeUrlOf = (siteUrl: string, lang: Language): string => (lang === 'vi' ? `${siteUrl}/` : `${siteUrl}/en/`)

/** Media paths from Payload are relative to the site; agencies need absolute links. */
export function absoluteUrl(siteUrl: string, url: string | null | undefined): string | undefined {
  if (!url) return undefined
  return /^https?:\/\//.test(url) ? url : `${siteUrl}${url.startsWith('/') ? '' : '/'}${url}`
}
