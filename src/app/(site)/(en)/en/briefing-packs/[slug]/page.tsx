import type { Metadata } from 'next'
import { notFound } from 'next/navigation'
import React from 'react'

import { packData } from '../../../../../../site/content/pageData'
import { mediaUrl } from '../../../../../../site/content/mediaUrl'
import { BriefingPackPage } from '../../../../../../site/pages/BriefingPackPage'
import { siteMetadata } from '../../../../../../site/siteMetadata'

export const dynamic = 'force-dynamic'

type Props = { params: Promise<{ slug: string }> }

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { slug } = await params
  const loaded = await packData(slug, 'en')
  if (loaded.status !== 'ok') return { title: 'Not found', robots: { index: false } }
  const data = loaded.value
  return siteMetadata({ lang: 'en', path: `/briefing-packs/${slug}`, title: data.title, description: data.summary, image: mediaUrl(data.images), type: 'article' })
}

export default async function Page({ params }: Props) {
  const loaded = await packData((await params).slug, 'en')
  // A withdrawn item is answered 410 by the proxy before it gets here.
  if (loaded.status !== 'ok') notFound()
  return ((pack) => <BriefingPackPage lang={"en"} pack={pack} />)(loaded.value)
}
