import type { Metadata } from 'next'

import { siteUrl } from '../config/siteUrl'
import { sitePath } from '@/i18n/siteCopy'
import { defaultOgImage } from './og/defaultOgImage'
import type { OgImage } from './og/ogImage'
import { siteIdentity } from './siteIdentity'
import { type Lang } from '@/i18n/lang'

type Options = {
  lang: Lang
  /** The page's path without the language prefix, such as `/articles/tre-em`. */
  path: string
  title?: string
  description?: string | null
  /** The item's own image (src/site/og/itemOgImage.ts); pages without one show the ministry's card. */
  image?: OgImage | null
  type?: 'website' | 'article'
}

/** An OgImage as Next.js writes it: an absolute address, and the size only when known. */
export function ogImageTag(image: OgImage, origin: string) {
  return {
    url: image.url.startsWith('http') ? image.url : `${origin}${image.url}`,
    alt: image.alt,
    ...(image.width && image.height ? { width: image.width, height: image.height } : {}),
  }
}

/**
 * Metadata every public page carries: title and description, the canonical URL, the same
 * page in the other language (hreflang), OpenGraph and a large Twitter card with an image,
 * and the news feeds in this language. The site's name and the fallback description come
 * from Site identity.
 */
export async function siteMetadata({ lang, path, title, description, image, type = 'website' }: Options): Promise<Metadata> {
  const identity = await siteIdentity(lang)
  const origin = siteUrl()
  const url = (language: Lang) => `${origin}${sitePath(language, path)}`
  const text = (description?.trim() || identity.tagline).slice(0, 300)
  const picture = ogImageTag(image ?? defaultOgImage(identity, lang), origin)
  return {
    title: title ?? { absolute: identity.siteName },
    description: text,
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
      title: title ?? identity.siteName,
      description: text,
      url: url(lang),
      siteName: identity.siteName,
      locale: lang === 'vi' ? 'vi_VN' : 'en_GB',
      alternateLocale: lang === 'vi' ? 'en_GB' : 'vi_VN',
      type,
      images: [picture],
    },
    twitter: { card: 'summary_large_image', title: title ?? identity.siteName, description: text, images: [picture] },
  }
}
