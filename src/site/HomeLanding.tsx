import React from 'react'

import { SiteShell } from './SiteShell'
import { SITE_COPY, sitePath, type SiteLanguage } from './siteCopy'

/** The landing page: what this is and where to go next. */
export function HomeLanding({ lang }: { lang: SiteLanguage }) {
  const copy = SITE_COPY[lang]
  return (
    <SiteShell lang={lang} alternatePath={sitePath(copy.otherLanguageCode, '/')}>
      <h1>{copy.siteName}</h1>
      <p>{copy.tagline}</p>
      <ul>
        <li>
          <a href={sitePath(lang, '/codes')}>{copy.codes}</a>
        </li>
        <li>
          <a href="/admin">{lang === 'vi' ? 'Trang quản trị cho biên tập viên' : 'Newsroom admin for staff'}</a>
        </li>
      </ul>
    </SiteShell>
  )
}
