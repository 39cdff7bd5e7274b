import type { Payload } from 'payload'

import { siteUrl } from '@/config/siteUrl'
import { escapeHtml } from '@/platform/html/escapeHtml'
import { sitePath } from '@/i18n/siteCopy'
import { LANGS, type Lang } from '@/i18n/lang'

type Entry = { path: string; lastModified?: string | null }

/** Every public page in both languages, each with its hreflang alternates. Read as the public reads. */
export async function listSitemapEntries(payload: Payload): Promise<Entry[]> {
  const read = async (collection: 'campaigns' | 'articles' | 'briefing-packs' | 'topics' | 'audiences' | 'conduct-codes', section: string) => {
    const { docs } = await payload.find({
      collection,
      depth: 0,
      limit: 5000,
      pagination: false,
      overrideAccess: false,
      select: { slug: true, updatedAt: true } as never,
    })
    return (docs as Array<{ slug?: string | null; updatedAt?: string }>)
      .filter((doc) => doc.slug)
      .map((doc) => ({ path: `/${section}/${doc.slug}`, lastModified: doc.updatedAt }))
  }
  const groups = await Promise.all([
    read('campaigns', 'campaigns'),
    read('articles', 'articles'),
    read('briefing-packs', 'briefing-packs'),
    read('topics', 'topics'),
    read('audiences', 'audiences'),
    read('conduct-codes', 'codes'),
  ])
  return [{ path: '/' }, { path: '/codes' }, { path: '/subscribe' }, ...groups.flat()]
}

/** The sitemap protocol with xhtml:link alternates, as search engines read language versions. */
export function renderSitemap(entries: Entry[]): string {
  const origin = siteUrl()
  const url = (lang: Lang, path: string) => escapeHtml(`${origin}${sitePath(lang, path)}`)
  const blocks = entries.flatMap((entry) =>
    LANGS.map((lang) =>
      [
        '<url>',
        `<loc>${url(lang, entry.path)}</loc>`,
        entry.lastModified ? `<lastmod>${new Date(entry.lastModified).toISOString()}</lastmod>` : '',
        ...LANGS.map((alternate) => `<xhtml:link rel="alternate" hreflang="${alternate}" href="${url(alternate, entry.path)}"/>`),
        `<xhtml:link rel="alternate" hreflang="x-default" href="${url('vi', entry.path)}"/>`,
        '</url>',
      ].join(''),
    ),
  )
  return `<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" xmlns:xhtml="http://www.w3.org/1999/xhtml">\n${blocks.join('\n')}\n</urlset>\n`
}
