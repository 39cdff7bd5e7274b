import type { Metadata } from 'next'
import React from 'react'

import { SiteDocument } from '../../../site/SiteDocument'

export const metadata: Metadata = {
  title: { default: 'Bảo vệ trẻ em trên môi trường mạng', template: '%s – Bảo vệ trẻ em trên môi trường mạng' },
  description: 'Phòng tin của Chương trình bảo vệ trẻ em trên môi trường mạng.',
}

export default function VietnameseSiteLayout({ children }: { children: React.ReactNode }) {
  return <SiteDocument lang="vi">{children}</SiteDocument>
}
