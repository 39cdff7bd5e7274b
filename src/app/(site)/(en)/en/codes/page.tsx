import type { Metadata } from 'next'
import React from 'react'

import { CodesIndexPage } from '../../../../../site/codes/CodesIndexPage'
import { siteMetadata } from '../../../../../site/siteMetadata'

export const dynamic = 'force-dynamic'
export const metadata: Metadata = siteMetadata({ lang: 'en', path: '/codes', title: 'Codes of conduct' })

export default function Page() {
  return <CodesIndexPage lang="en" />
}
