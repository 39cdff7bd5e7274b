import type { Metadata } from 'next'
import React from 'react'

import { RevisionPage } from '../../../../../../../site/codes/RevisionPage'
import { codeTitleMetadata } from '../../../../../../../site/codes/codeTitleMetadata'

export const dynamic = 'force-dynamic'

type Props = { params: Promise<{ slug: string; revision: string }> }

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { slug, revision } = await params
  return codeTitleMetadata('vi', slug, `revisions/${revision}`, decodeURIComponent(revision))
}

export default async function Page({ params }: Props) {
  const { slug, revision } = await params
  return <RevisionPage lang="vi" slug={slug} revision={decodeURIComponent(revision)} />
}
