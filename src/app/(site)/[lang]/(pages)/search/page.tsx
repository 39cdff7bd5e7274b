import type { Metadata } from 'next'
import React from 'react'

import { searchMessages } from '@/i18n/messages/search'
import { parseSearchParams } from '@/search/searchParams'
import { SearchPage } from '@/site/pages/SearchPage'
import { siteMetadata } from '@/site/siteMetadata'
import { type LangParams, pageLang } from '@/site/routing/siteLang'

export const dynamic = 'force-dynamic'

type Props = { params: LangParams; searchParams: Promise<Record<string, string | string[] | undefined>> }

export async function generateMetadata({ params, searchParams }: Props): Promise<Metadata> {
  const lang = await pageLang(params)
  const { q } = parseSearchParams(await searchParams)
  const title = q ? `${searchMessages[lang].title}: ${q}` : searchMessages[lang].title
  // Result pages are endless and thin: search engines should follow them, not list them.
  return { ...(await siteMetadata({ lang, path: '/search', title })), robots: { index: false, follow: true } }
}

export default async function Page({ params, searchParams }: Props) {
  const lang = await pageLang(params)
  const { q, page } = parseSearchParams(await searchParams)
  return <SearchPage lang={lang} q={q} page={page} />
}
