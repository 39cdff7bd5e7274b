import type { Metadata } from 'next'
import React from 'react'

import { RevisionListPage } from '@/site/codes/RevisionPage'
import { codeTitleMetadata } from '@/site/codes/codeTitleMetadata'
import { pageLang } from '@/site/routing/siteLang'

export const dynamic = 'force-dynamic'

type Props = { params: Promise<{ lang: string; slug: string }> }

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const lang = await pageLang(params)
  return codeTitleMetadata(lang, (await params).slug, 'revisions')
}

export default async function Page({ params }: Props) {
  const lang = await pageLang(params)
  return <RevisionListPage lang={lang} slug={(await params).slug} />
}
