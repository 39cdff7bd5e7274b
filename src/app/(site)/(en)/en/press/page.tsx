import type { Metadata } from 'next'
import React from 'react'

import { PressRoomPage } from '../../../../../site/press/PressRoomPage'
import { pressMetadata } from '../../../../../site/press/pressMetadata'

export const dynamic = 'force-dynamic'

export const metadata: Metadata = pressMetadata('en', undefined, '/press')

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> }

export default async function Page({ searchParams }: Props) {
  return <PressRoomPage lang="en" searchParams={await searchParams} />
}
