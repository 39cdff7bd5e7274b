import type { Metadata } from 'next'
import React from 'react'

import { DiffPage } from '../../../../../../../site/codes/DiffPage'
import { codeTitleMetadata } from '../../../../../../../site/codes/codeTitleMetadata'

export const dynamic = 'force-dynamic'

type Props = { params: Promise<{ slug: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> }

const one = (value: string | string[] | undefined) => (Array.isArray(value) ? value[0] : value)

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  return codeTitleMetadata('en', (await params).slug, 'diff')
}

export default async function Page({ params, searchParams }: Props) {
  const query = await searchParams
  return <DiffPage lang="en" slug={(await params).slug} from={one(query.from)} to={one(query.to)} />
}
