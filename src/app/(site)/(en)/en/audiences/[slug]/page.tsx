import type { Metadata } from 'next'
import { notFound } from 'next/navigation'
import React from 'react'

import { taxonomyData } from '../../../../../../site/content/pageData'
import { TaxonomyPage } from '../../../../../../site/pages/TaxonomyPage'
import { siteMetadata } from '../../../../../../site/siteMetadata'

export const dynamic = 'force-dynamic'

type Props = { params: Promise<{ slug: string }> }

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { slug } = await params
  const data = await taxonomyData('audiences', slug, 'en')
  if (!data) return { title: 'Not found', robots: { index: false } }
  return siteMetadata({ lang: 'en', path: `/audiences/${slug}`, title: data.term.name, description: data.term.description })
}

export default async function Page({ params }: Props) {
  const data = await taxonomyData('audiences', (await params).slug, 'en')
  if (!data) notFound()
  return <TaxonomyPage lang="en" kind="audiences" term={data.term} campaigns={data.campaigns} articles={data.articles} />
}
