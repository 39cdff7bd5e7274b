import React from 'react'

import './site.css'
import { type Lang } from '@/i18n/lang'

/** The <html> of the public site; each language has its own root layout so `lang` is right from the first byte. */
export function SiteDocument({ lang, children }: { lang: Lang; children: React.ReactNode }) {
  return (
    <html lang={lang}>
      <body className="site">{children}</body>
    </html>
  )
}
