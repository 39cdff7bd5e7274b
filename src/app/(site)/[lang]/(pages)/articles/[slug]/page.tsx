import type { Metadata } from 'next'
import { notFound } from 'next/navigation'
import React from 'react'

import { articleData } from '@/site/content/pageData'
import { itemOgImage } from '@/site/og/itemOgImage'
import { ArticlePage } from '@/site/pages/ArticlePage'
import { siteMetadata } from '@/site/siteMetadata'
import { pageLang } from '@/site/routing/siteLang'
import { sitePageMessages } from '@/i18n/messages/sitePages'

export const dynamic = 'force-dynamic'

type Props = { params: Promise<{ lang: string; slug: string }> }

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const lang = await pageLang(params)
  const { slug } = await params
  const loaded = await articleData(slug, lang)
  if (loaded.status !== 'ok') return { title: sitePageMessages[lang].notFound, robots: { index: false } }
  const data = loaded.value
  return siteMetadata({
    lang,
    path: `/articles/${slug}`,
    title: data.article.headline,
    description: data.article.standfirst,
    image: itemOgImage(data.article.images),
    type: 'article',
  })
}

export default async function Page({ params }: Props) {
  const lang = await pageLang(params)
  const loaded = await articleData((await params).slug, lang)
  // A withdrawn item is answered 410 by the proxy before it gets here.
  if (loaded.status !== 'ok') notFound()
  return ((data) => <ArticlePage lang={lang} article={data.article} related={data.related} />)(loaded.value)
}
