import type { LinkableCollection } from './readLinkTarget'

/**
 * The site path of an item's public page in a language: Vietnamese at the root, English
 * under /en (`/articles/slug`, `/en/articles/slug`). The section is the collection's slug.
 */
export function publicPathOf(collection: LinkableCollection, slug: string, lang: 'vi' | 'en'): string {
  return `${lang === 'vi' ? '' : '/en'}/${collection}/${encodeURIComponent(slug)}`
}
