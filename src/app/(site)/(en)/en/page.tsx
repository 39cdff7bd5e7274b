import type { Metadata } from 'next'
import React from 'react'

import { HomePage } from '../../../../site/pages/HomePage'
import { siteMetadata } from '../../../../site/siteMetadata'

export const dynamic = 'force-dynamic'

export const metadata: Metadata = siteMetadata({ lang: 'en', path: '/' })

export default function Page() {
  return <HomePage lang="en" />
}
