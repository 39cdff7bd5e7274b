import type { Metadata } from 'next'
import React from 'react'

import { ReportPage } from '@/site/codes/ReportPage'
import { codeTitleMetadata } from '@/site/codes/codeTitleMetadata'
import { REPORT_COPY } from '@/site/codes/reportCopy'
import { pageLang } from '@/site/routing/siteLang'

export const dynamic = 'force-dynamic'

type Props = { params: Promise<{ lang: string; slug: string }> }

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const lang = await pageLang(params)
  return codeTitleMetadata(lang, (await params).slug, 'report', REPORT_COPY[lang].title)
}

export default async function Page({ params }: Props) {
  const lang = await pageLang(params)
  return <ReportPage lang={lang} slug={(await params).slug} />
}
