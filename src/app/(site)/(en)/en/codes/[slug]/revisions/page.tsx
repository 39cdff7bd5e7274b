import type { Metadata } from 'next'
import React from 'react'

import { RevisionListPage } from '../../../../../../../site/codes/RevisionPage'
import { codeTitleMetadata } from '../../../../../../../site/codes/codeTitleMetadata'

export const dynamic = 'force-dynamic'

type Props = { params: Promise<{ slug: string }> }

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  return codeTitleMetadata('en', (await params).slug, 'revisions')
}

export default async function Page({ params }: Props) {
  return <RevisionListPage lang="en" slug={(await params).slug} />
}
