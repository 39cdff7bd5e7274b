import type { Metadata } from 'next'
import React from 'react'

import { PressPackPage } from '../../../../../../site/press/PressPackPage'
import { pressPackData } from '../../../../../../site/press/pressData'
import { pressMetadata } from '../../../../../../site/press/pressMetadata'

export const dynamic = 'force-dynamic'

type Props = { params: Promise<{ slug: string }> }

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { slug } = await params
  const opened = await pressPackData(slug, 'vi')
  return pressMetadata('vi', opened.status === 'ok' ? opened.value.title : undefined, `/press/briefing-packs/${slug}`)
}

export default async function Page({ params }: Props) {
  return <PressPackPage lang="vi" slug={(await params).slug} />
}
