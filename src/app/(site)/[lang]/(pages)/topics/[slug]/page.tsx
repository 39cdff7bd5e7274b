import type { Metadata } from 'next'
import { notFound } from 'next/navigation'
import React from 'react'

import { taxonomyData } from '@/site/content/pageData'
import { TaxonomyPage } from '@/site/pages/TaxonomyPage'
import { siteMetadata } from '@/site/siteMetadata'
import { pageLang } from '@/site/routing/siteLang'
import { sitePageMessages } from '@/i18n/messages/sitePages'

export const dynamic = 'force-dynamic'

type Props = { params: Promise<{ lang: string; slug: string }> }

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const lang = await pageLang(params)
  const { slug } = await params
  const data = await taxonomyData('topics', slug, lang)
  if (!data) return { title: sitePageMessages[lang].notFound, robots: { index: false } }
  return siteMetadata({ lang, path: `/topics/${slug}`, title: data.term.name, description: data.term.description })
}

export default async function Page({ params }: Props) {
  const lang = await pageLang(params)
  const data = await taxonomyData('topics', (await params).slug, lang)
  if (!data) notFound()
  return <TaxonomyPage lang={lang} kind="topics" term={data.term} campaigns={data.campaigns} articles={data.articles} />
}
