import type { Metadata } from 'next'
import React from 'react'

import { SEARCH_COPY } from '../../../../../search/searchCopy'
import { parseSearchParams } from '../../../../../search/searchParams'
import { SearchPage } from '../../../../../site/pages/SearchPage'
import { siteMetadata } from '../../../../../site/siteMetadata'

export const dynamic = 'force-dynamic'

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> }

export async function generateMetadata({ searchParams }: Props): Promise<Metadata> {
  const { q } = parseSearchParams(await searchParams)
  const title = q ? `${SEARCH_COPY.en.title}: ${q}` : SEARCH_COPY.en.title
  // Result pages are endless and thin: search engines should follow them, not list them.
  return { ...siteMetadata({ lang: 'en', path: '/search', title }), robots: { index: false, follow: true } }
}

export default async function Page({ searchParams }: Props) {
  const { q, page } = parseSearchParams(await searchParams)
  return <SearchPage lang="en" q={q} page={page} />
}
