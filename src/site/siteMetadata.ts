import type { Metadata } from 'next'

import { siteUrl } from '../config/siteUrl'
import { SITE_COPY, sitePath, type SiteLanguage } from '@/i18n/siteCopy'

type Options = {
  lang: SiteLanguage
  /** The page's path without the language prefix, such as `/articles/tre-em`. */
  path: string
  title?: string
  description?: string | null
  image?: string | null
  type?: 'website' | 'article'
}

/**
 * Metadata every public page carries: title and description, the canonical URL, the same
 * page in the other language (hreflang), OpenGraph, and the news feeds in this language.
 */
export function siteMetadata({ lang, path, title, description, image, type = 'website' }: Options): Metadata {
  const origin = siteUrl()
  const url = (language: SiteLanguage) => `${origin}${sitePath(language, path)}`
  const copy = SITE_COPY[lang]
  const text = description?.trim() || copy.tagline
  return {
    title: title ?? { absolute: copy.siteName },
    description: text.slice(0, 300),
    alternates: {
      canonical: url(lang),
      languages: { vi: url('vi'), en: url('en'), 'x-default': url('vi') },
      types: {
        'application/atom+xml': `${origin}/feeds/${lang}/atom.xml`,
        'application/rss+xml': `${origin}/feeds/${lang}/rss.xml`,
        'application/feed+json': `${origin}/feeds/${lang}/feed.json`,
      },
    },
    openGraph: {
      title: title ?? copy.siteName,
      description: text.slice(0, 300),
      url: url(lang),
      siteName: copy.siteName,
      locale: lang === 'vi' ? 'vi_VN' : 'en_GB',
      alternateLocale: lang === 'vi' ? 'en_GB' : 'vi_VN',
      type,
      ...(image ? { images: [{ url: image.startsWith('http') ? image : `${origin}${image}` }] } : {}),
    },
  }
}
