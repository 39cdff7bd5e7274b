import type { Metadata } from 'next'
import { notFound } from 'next/navigation'
import React from 'react'

import { packData } from '@/site/content/pageData'
import { itemOgImage } from '@/site/og/itemOgImage'
import { BriefingPackPage } from '@/site/pages/BriefingPackPage'
import { siteMetadata } from '@/site/siteMetadata'
import { pageLang } from '@/site/routing/siteLang'
import { sitePageMessages } from '@/i18n/messages/sitePages'

export const dynamic = 'force-dynamic'

type Props = { params: Promise<{ lang: string; slug: string }> }

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const lang = await pageLang(params)
  const { slug } = await params
  const loaded = await packData(slug, lang)
  if (loaded.status !== 'ok') return { title: sitePageMessages[lang].notFound, robots: { index: false } }
  const data = loaded.value
  return siteMetadata({ lang, path: `/briefing-packs/${slug}`, title: data.title, description: data.summary, image: itemOgImage(data.images), type: 'article' })
}

export default async function Page({ params }: Props) {
  const lang = await pageLang(params)
  const loaded = await packData((await params).slug, lang)
  // A withdrawn item is answered 410 by the proxy before it gets here.
  if (loaded.status !== 'ok') notFound()
  return ((pack) => <BriefingPackPage lang={lang} pack={pack} />)(loaded.value)
}
