import type { Metadata } from 'next'
import React from 'react'

import { AccreditationPage } from '../../../../../site/press/AccreditationPage'
import { PRESS_COPY } from '../../../../../site/press/pressCopy'
import { pressMetadata } from '../../../../../site/press/pressMetadata'

export const dynamic = 'force-dynamic'

export const metadata: Metadata = pressMetadata('vi', PRESS_COPY.vi.accreditation.title, '/press/accreditation')

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> }

export default async function Page({ searchParams }: Props) {
  return <AccreditationPage lang="vi" searchParams={await searchParams} />
}
