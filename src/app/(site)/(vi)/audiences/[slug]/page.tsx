import type { Metadata } from 'next'
import { notFound } from 'next/navigation'
import React from 'react'

import { taxonomyData } from '../../../../../site/content/pageData'
import { TaxonomyPage } from '../../../../../site/pages/TaxonomyPage'
import { siteMetadata } from '../../../../../site/siteMetadata'

export const dynamic = 'force-dynamic'

type Props = { params: Promise<{ slug: string }> }

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { slug } = await params
  const data = await taxonomyData('audiences', slug, 'vi')
  if (!data) return { title: 'Không tìm thấy', robots: { index: false } }
  return siteMetadata({ lang: 'vi', path: `/audiences/${slug}`, title: data.term.name, description: data.term.description })
}

export default async function Page({ params }: Props) {
  const data = await taxonomyData('audiences', (await params).slug, 'vi')
  if (!data) notFound()
  return <TaxonomyPage lang="vi" kind="audiences" term={data.term} campaigns={data.campaigns} articles={data.articles} />
}
