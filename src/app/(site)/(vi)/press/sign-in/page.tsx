import type { Metadata } from 'next'
import React from 'react'

import { SignInPage } from '../../../../../site/press/SignInPage'
import { PRESS_COPY } from '../../../../../site/press/pressCopy'
import { pressMetadata } from '../../../../../site/press/pressMetadata'

export const dynamic = 'force-dynamic'

export const metadata: Metadata = pressMetadata('vi', PRESS_COPY.vi.signInPage.title, '/press/sign-in')

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> }

export default async function Page({ searchParams }: Props) {
  return <SignInPage lang="vi" searchParams={await searchParams} />
}
