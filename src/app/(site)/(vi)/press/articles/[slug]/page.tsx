import type { Metadata } from 'next'
import React from 'react'

import { PressArticlePage } from '../../../../../../site/press/PressArticlePage'
import { pressArticleData } from '../../../../../../site/press/pressData'
import { pressMetadata } from '../../../../../../site/press/pressMetadata'

export const dynamic = 'force-dynamic'

type Props = { params: Promise<{ slug: string }> }

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { slug } = await params
  const opened = await pressArticleData(slug, 'vi')
  return pressMetadata('vi', opened.status === 'ok' ? opened.value.article.headline : undefined, `/press/articles/${slug}`)
}

export default async function Page({ params }: Props) {
  return <PressArticlePage lang="vi" slug={(await params).slug} />
}
