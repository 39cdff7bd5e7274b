import type { Metadata } from 'next'
import { notFound } from 'next/navigation'
import React from 'react'

import { campaignData } from '../../../../../../site/content/pageData'
import { mediaUrl } from '../../../../../../site/content/mediaUrl'
import { CampaignPage } from '../../../../../../site/pages/CampaignPage'
import { siteMetadata } from '../../../../../../site/siteMetadata'

export const dynamic = 'force-dynamic'

type Props = { params: Promise<{ slug: string }> }

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { slug } = await params
  const loaded = await campaignData(slug, 'en')
  if (loaded.status !== 'ok') return { title: 'Not found', robots: { index: false } }
  const data = loaded.value
  return siteMetadata({ lang: 'en', path: `/campaigns/${slug}`, title: data.campaign.title, description: data.campaign.summary, image: mediaUrl(data.campaign.heroImage), type: 'website' })
}

export default async function Page({ params }: Props) {
  const loaded = await campaignData((await params).slug, 'en')
  // A withdrawn item is answered 410 by the proxy before it gets here.
  if (loaded.status !== 'ok') notFound()
  return ((data) => <CampaignPage lang={"en"} campaign={data.campaign} articles={data.articles} packs={data.packs} />)(loaded.value)
}
