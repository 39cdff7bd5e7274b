import { notFound, redirect } from 'next/navigation'
import React from 'react'

import { pressPath } from '@/press/http/pressPaths'
import { ArticlePage } from '../pages/ArticlePage'
import { pressArticleData } from './pressData'
import '../press.css'
import { type Lang } from '@/i18n/lang'

/** `/press/articles/{slug}`: the article as the signed-in journalist may read it, embargo banner included. */
export async function PressArticlePage({ lang, slug }: { lang: Lang; slug: string }) {
  const opened = await pressArticleData(slug, lang)
  if (opened.status === 'signed-out') redirect(pressPath(lang, '/sign-in'))
  if (opened.status !== 'ok') notFound()
  return <ArticlePage lang={lang} article={opened.value.article} related={opened.value.related} pathPrefix="/press" />
}
