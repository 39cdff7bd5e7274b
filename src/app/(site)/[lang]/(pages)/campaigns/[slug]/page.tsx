import type { Metadata } from 'next'
import { notFound } from 'next/navigation'
import React from 'react'

import { campaignData } from '@/site/content/pageData'
import { itemOgImage } from '@/site/og/itemOgImage'
import { CampaignPage } from '@/site/pages/CampaignPage'
import { siteMetadata } from '@/site/siteMetadata'
import { pageLang } from '@/site/routing/siteLang'
import { sitePageMessages } from '@/i18n/messages/sitePages'

export const dynamic = 'force-dynamic'

type Props = { params: Promise<{ lang: string; slug: string }> }

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const lang = await pageLang(params)
  const { slug } = await params
  const loaded = await campaignData(slug, lang)
  if (loaded.status !== 'ok') return { title: sitePageMessages[lang].notFound, robots: { index: false } }
  const data = loaded.value
  return siteMetadata({
    lang,
    path: `/campaigns/${slug}`,
    title: data.campaign.title,
    description: data.campaign.summary,
    image: itemOgImage(data.campaign.heroImage),
    type: 'website',
  })
}

export default async function Page({ params }: Props) {
  const lang = await pageLang(params)
  const loaded = await campaignData((await params).slug, lang)
  // A withdrawn item is answered 410 by the proxy before it gets here.
  if (loaded.status !== 'ok') notFound()
  return ((data) => <CampaignPage lang={lang} campaign={data.campaign} articles={data.articles} packs={data.packs} />)(loaded.value)
}
