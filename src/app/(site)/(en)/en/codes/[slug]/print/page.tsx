import type { Metadata } from 'next'
import React from 'react'

import { PrintPage } from '../../../../../../../site/codes/PrintPage'
import { codeTitleMetadata } from '../../../../../../../site/codes/codeTitleMetadata'
import { REPORT_COPY } from '../../../../../../../site/codes/reportCopy'

export const dynamic = 'force-dynamic'

type Props = { params: Promise<{ slug: string }> }

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  return codeTitleMetadata('en', (await params).slug, 'print', REPORT_COPY.en.printTitle)
}

export default async function Page({ params }: Props) {
  return <PrintPage lang="en" slug={(await params).slug} />
}
