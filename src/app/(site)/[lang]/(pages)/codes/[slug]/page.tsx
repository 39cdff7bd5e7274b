import type { Metadata } from 'next'
import React from 'react'

import { CodePage } from '@/site/codes/CodePage'
import { codeTitleMetadata } from '@/site/codes/codeTitleMetadata'
import { pageLang } from '@/site/routing/siteLang'

export const dynamic = 'force-dynamic'

type Props = { params: Promise<{ lang: string; slug: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> }

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const lang = await pageLang(params)
  return codeTitleMetadata(lang, (await params).slug)
}

export default async function Page({ params, searchParams }: Props) {
  const lang = await pageLang(params)
  return <CodePage lang={lang} slug={(await params).slug} searchParams={await searchParams} />
}
