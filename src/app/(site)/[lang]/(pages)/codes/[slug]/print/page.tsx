import type { Metadata } from 'next'
import React from 'react'

import { PrintPage } from '@/site/codes/PrintPage'
import { codeTitleMetadata } from '@/site/codes/codeTitleMetadata'
import { REPORT_COPY } from '@/site/codes/reportCopy'
import { pageLang } from '@/site/routing/siteLang'

export const dynamic = 'force-dynamic'

type Props = { params: Promise<{ lang: string; slug: string }> }

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const lang = await pageLang(params)
  return codeTitleMetadata(lang, (await params).slug, 'print', REPORT_COPY[lang].printTitle)
}

export default async function Page({ params }: Props) {
  const lang = await pageLang(params)
  return <PrintPage lang={lang} slug={(await params).slug} />
}
