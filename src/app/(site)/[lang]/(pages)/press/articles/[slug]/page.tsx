import type { Metadata } from 'next'
import React from 'react'

import { PressArticlePage } from '@/site/press/PressArticlePage'
import { pressArticleData } from '@/site/press/pressData'
import { pressMetadata } from '@/site/press/pressMetadata'
import { pageLang } from '@/site/routing/siteLang'

export const dynamic = 'force-dynamic'

type Props = { params: Promise<{ lang: string; slug: string }> }

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const lang = await pageLang(params)
  const { slug } = await params
  const opened = await pressArticleData(slug, lang)
  return pressMetadata(lang, opened.status === 'ok' ? opened.value.article.headline : undefined, `/press/articles/${slug}`)
}

export default async function Page({ params }: Props) {
  const lang = await pageLang(params)
  return <PressArticlePage lang={lang} slug={(await params).slug} />
}
