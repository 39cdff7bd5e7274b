import type { Metadata } from 'next'

import { siteMetadata } from '../siteMetadata'
import { type Lang } from '@/i18n/lang'

/** Title, description, canonical, hreflang, OpenGraph, Twitter card and feeds for a code page; `rest` is the part after /codes/{slug}. */
export function codeMetadata(options: { lang: Lang; slug: string; rest?: string; title: string; description?: string }): Promise<Metadata> {
  const { lang, slug, rest = '', title, description } = options
  const path = `/codes/${encodeURIComponent(slug)}${rest ? (rest.startsWith('?') ? rest : `/${rest}`) : ''}`
  return siteMetadata({ lang, path, title, description, type: 'article' })
}
