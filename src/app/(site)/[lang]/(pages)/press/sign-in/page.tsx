import type { Metadata } from 'next'
import React from 'react'

import { SignInPage } from '@/site/press/SignInPage'
import { PRESS_COPY } from '@/site/press/pressCopy'
import { pressMetadata } from '@/site/press/pressMetadata'
import { type LangParams, pageLang } from '@/site/routing/siteLang'

export const dynamic = 'force-dynamic'

export async function generateMetadata({ params }: { params: LangParams }): Promise<Metadata> {
  const lang = await pageLang(params)
  return pressMetadata(lang, PRESS_COPY[lang].signInPage.title, '/press/sign-in')
}

type Props = { params: LangParams; searchParams: Promise<Record<string, string | string[] | undefined>> }

export default async function Page({ params, searchParams }: Props) {
  const lang = await pageLang(params)
  return <SignInPage lang={lang} searchParams={await searchParams} />
}
