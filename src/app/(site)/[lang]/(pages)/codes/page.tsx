import type { Metadata } from 'next'
import React from 'react'

import { CodesIndexPage } from '@/site/codes/CodesIndexPage'
import { sitePageMessages } from '@/i18n/messages/sitePages'
import { siteMetadata } from '@/site/siteMetadata'
import { type LangParams, pageLang } from '@/site/routing/siteLang'

export const dynamic = 'force-dynamic'
export async function generateMetadata({ params }: { params: LangParams }): Promise<Metadata> {
  const lang = await pageLang(params)
  return siteMetadata({ lang, path: '/codes', title: sitePageMessages[lang].codesTitle })
}

export default async function Page({ params }: { params: LangParams }) {
  const lang = await pageLang(params)
  return <CodesIndexPage lang={lang} />
}
