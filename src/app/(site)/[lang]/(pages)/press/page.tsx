import type { Metadata } from 'next'
import React from 'react'

import { PressRoomPage } from '@/site/press/PressRoomPage'
import { pressMetadata } from '@/site/press/pressMetadata'
import { type LangParams, pageLang } from '@/site/routing/siteLang'

export const dynamic = 'force-dynamic'

export async function generateMetadata({ params }: { params: LangParams }): Promise<Metadata> {
  const lang = await pageLang(params)
  return pressMetadata(lang, undefined, '/press')
}

type Props = { params: LangParams; searchParams: Promise<Record<string, string | string[] | undefined>> }

export default async function Page({ params, searchParams }: Props) {
  const lang = await pageLang(params)
  return <PressRoomPage lang={lang} searchParams={await searchParams} />
}
