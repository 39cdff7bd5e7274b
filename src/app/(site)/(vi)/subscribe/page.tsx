import type { Metadata } from 'next'
import React from 'react'

import { SubscribePage } from '../../../../site/pages/SubscribePage'
import { siteMetadata } from '../../../../site/siteMetadata'

export const dynamic = 'force-dynamic'

export const metadata: Metadata = siteMetadata({ lang: 'vi', path: '/subscribe', title: 'Nhận tin qua email' })

export default function Page() {
  return <SubscribePage lang="vi" />
}
