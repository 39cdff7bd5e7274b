import type { Metadata } from 'next'

import { siteUrl } from '../../config/siteUrl'
import { codePath } from '../../consultation/site/codePaths'
import type { SiteLanguage } from '../siteCopy'

/** Title, description, canonical and hreflang for a code page; `rest` is the part after /codes/{slug}. */
export function codeMetadata(options: { lang: SiteLanguage; slug: string; rest?: string; title: string; description?: string }): Metadata {
  const { lang, slug, rest = '', title, description } = options
  const vi = `${siteUrl()}${codePath('vi', slug, rest)}`
  const en = `${siteUrl()}${codePath('en', slug, rest)}`
  return {
    title,
    description,
    alternates: { canonical: lang === 'vi' ? vi : en, languages: { vi, en, 'x-default': vi } },
    openGraph: { title, description, url: lang === 'vi' ? vi : en, type: 'article', locale: lang === 'vi' ? 'vi_VN' : 'en_GB' },
  }
}
