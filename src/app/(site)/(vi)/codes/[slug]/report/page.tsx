import type { Metadata } from 'next'
import React from 'react'

import { ReportPage } from '../../../../../../site/codes/ReportPage'
import { codeTitleMetadata } from '../../../../../../site/codes/codeTitleMetadata'
import { REPORT_COPY } from '../../../../../../site/codes/reportCopy'

export const dynamic = 'force-dynamic'

type Props = { params: Promise<{ slug: string }> }

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  return codeTitleMetadata('vi', (await params).slug, 'report', REPORT_COPY.vi.title)
}

export default async function Page({ params }: Props) {
  return <ReportPage lang="vi" slug={(await params).slug} />
}
