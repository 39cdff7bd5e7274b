import type { Metadata } from 'next'
import React from 'react'

import { SiteDocument } from '../../../site/SiteDocument'

export const metadata: Metadata = {
  title: { default: 'Protecting children online', template: '%s – Protecting children online' },
  description: 'Newsroom of the programme to protect children online.',
}

export default function EnglishSiteLayout({ children }: { children: React.ReactNode }) {
  return <SiteDocument lang="en">{children}</SiteDocument>
}
