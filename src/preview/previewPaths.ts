import type { ContentCollection } from '@/content/contentCollections'
import { sitePath } from '@/i18n/siteCopy'
import { type Lang } from '@/i18n/lang'

/** A staff member's preview of an item's working copy, in the site's design: `/preview/{collection}/{id}`, `/en/…` in English. */
export const staffPreviewPath = (lang: Lang, collection: ContentCollection, id: number | string): string => sitePath(lang, `/preview/${collection}/${id}`)

/** A shared preview link: `/preview/link/{token}`, `/en/…` in English. The token is the only key. */
export const sharedPreviewPath = (lang: Lang, token: string): string => sitePath(lang, `/preview/link/${token}`)

/** Which preview an internal path of the `[lang]` tree (`/vi/preview/…`, `/en/preview/…`) asks for; null for any other page. */
export function previewRouteOf(internal: string): { kind: 'staff'; collection: string; id: string } | { kind: 'link'; token: string } | null {
  const match = /^\/(?:vi|en)\/preview\/([^/]+)\/([^/]+)\/?$/.exec(internal)
  if (!match) return null
  const [, first = '', second = ''] = match
  if (first === 'link') return { kind: 'link', token: second }
  return { kind: 'staff', collection: first, id: second }
}
