import type { Metadata } from 'next'
import React from 'react'

import { CodePage } from '../../../../../../site/codes/CodePage'
import { codeTitleMetadata } from '../../../../../../site/codes/codeTitleMetadata'

export const dynamic = 'force-dynamic'

type Props = { params: Promise<{ slug: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> }

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  return codeTitleMetadata('en', (await params).slug)
}

export default async function Page({ params, searchParams }: Props) {
  return <CodePage lang="en" slug={(await params).slug} searchParams={await searchParams} />
}
