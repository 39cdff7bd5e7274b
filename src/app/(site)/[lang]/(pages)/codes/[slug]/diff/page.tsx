import type { Metadata } from 'next'
import React from 'react'

import { DiffPage } from '@/site/codes/DiffPage'
import { codeTitleMetadata } from '@/site/codes/codeTitleMetadata'
import { pageLang } from '@/site/routing/siteLang'

export const dynamic = 'force-dynamic'

type Props = { params: Promise<{ lang: string; slug: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> }

const one = (value: string | string[] | undefined) => (Array.isArray(value) ? value[0] : value)

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const lang = await pageLang(params)
  return codeTitleMetadata(lang, (await params).slug, 'diff')
}

export default async function Page({ params, searchParams }: Props) {
  const lang = await pageLang(params)
  const query = await searchParams
  return <DiffPage lang={lang} slug={(await params).slug} from={one(query.from)} to={one(query.to)} />
}
