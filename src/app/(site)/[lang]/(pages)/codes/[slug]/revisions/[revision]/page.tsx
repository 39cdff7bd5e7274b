import type { Metadata } from 'next'
import React from 'react'

import { RevisionPage } from '@/site/codes/RevisionPage'
import { codeTitleMetadata } from '@/site/codes/codeTitleMetadata'
import { pageLang } from '@/site/routing/siteLang'

export const dynamic = 'force-dynamic'

type Props = { params: Promise<{ lang: string; slug: string; revision: string }> }

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const lang = await pageLang(params)
  const { slug, revision } = await params
  return codeTitleMetadata(lang, slug, `revisions/${revision}`, decodeURIComponent(revision))
}

export default async function Page({ params }: Props) {
  const lang = await pageLang(params)
  const { slug, revision } = await params
  return <RevisionPage lang={lang} slug={slug} revision={decodeURIComponent(revision)} />
}
