import type { Metadata } from 'next'

import { sitePageMessages } from '@/i18n/messages/sitePages'
import { codeMetadata } from './codeMetadata'
import { codeViewData } from './codeViewData'
import { type Lang } from '@/i18n/lang'

/** Metadata for any page of a code: the current revision's title in the page's language, plus what the page is. */
export async function codeTitleMetadata(lang: Lang, slug: string, rest = '', suffix?: string): Promise<Metadata> {
  const view = await codeViewData(slug)
  if (!view) return { title: sitePageMessages[lang].notFound, robots: { index: false } }
  const { title, summary } = view.current.snapshot
  return codeMetadata({ lang, slug, rest, title: [title[lang], suffix].filter(Boolean).join(' – '), description: summary[lang] || undefined })
}
