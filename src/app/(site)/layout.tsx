import type { Metadata } from 'next'
import React from 'react'

export const metadata: Metadata = {
  title: 'Campaign Newsroom',
  description: 'Chương trình bảo vệ trẻ em trên môi trường mạng – Programme to protect children online',
}

export default function SiteLayout({ children }: { children: React.ReactNode }) {
  return (
    <html lang="vi">
      <body style={{ fontFamily: 'system-ui, sans-serif', margin: '0 auto', maxWidth: '48rem', padding: '2rem 1rem', lineHeight: 1.5 }}>
        {children}
      </body>
    </html>
  )
}
