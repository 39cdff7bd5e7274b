import React from 'react'

import type { SiteLanguage } from '@/i18n/siteCopy'
import './site.css'

/** The <html> of the public site; each language has its own root layout so `lang` is right from the first byte. */
export function SiteDocument({ lang, children }: { lang: SiteLanguage; children: React.ReactNode }) {
  return (
    <html lang={lang}>
      <body className="site">{children}</body>
    </html>
  )
}
