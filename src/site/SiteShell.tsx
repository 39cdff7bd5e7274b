import React from 'react'

import { SITE_COPY, sitePath } from '@/i18n/siteCopy'
import { siteIdentity } from './siteIdentity'
import { otherLang, type Lang } from '@/i18n/lang'

type Props = {
  lang: Lang
  /** The same page in the other language; the home page when there is none. */
  alternatePath?: string
  children: React.ReactNode
}

/**
 * The frame of every public page: skip link, header with the ministry's identity, navigation
 * and language switch, footer with the helplines and the programme, all as set in Site identity.
 */
export async function SiteShell({ lang, alternatePath, children }: Props) {
  const copy = SITE_COPY[lang]
  const identity = await siteIdentity(lang)
  const other = otherLang(lang)
  return (
    <>
      <a className="skip-link" href="#main">
        {copy.skip}
      </a>
      <header className="site-header">
        <div className="site-header__inner">
          <a className="site-name" href={sitePath(lang, '/')}>
            {identity.logo && (
              <img className="site-logo" src={identity.logo.url} alt="" width={identity.logo.width ?? undefined} height={identity.logo.height ?? undefined} />
            )}
            {identity.siteName}
          </a>
          <nav aria-label={copy.nav} className="site-nav">
            <a href={sitePath(lang, '/')}>{copy.home}</a>
            <a href={sitePath(lang, '/search')}>{copy.search}</a>
            <a href={sitePath(lang, '/codes')}>{copy.codes}</a>
            <a href={sitePath(lang, '/subscribe')}>{copy.subscribe}</a>
            <a href={sitePath(lang, '/press')}>{copy.press}</a>
            <a href={alternatePath ?? sitePath(other, '/')} hrefLang={other} lang={other} className="language-switch">
              {copy.otherLanguage}
            </a>
          </nav>
        </div>
      </header>
      <main id="main" className="site-main" tabIndex={-1}>
        {children}
      </main>
      <footer className="site-footer">
        <ul className="site-helplines">
          {identity.helplines.map((line) => (
            <li key={`${line.name}-${line.phone}`}>
              <strong>
                {line.name}: <a href={`tel:${line.phone.replace(/[^\d+]/g, '')}`}>{line.phone}</a>
              </strong>
            </li>
          ))}
        </ul>
        <p>{identity.programme}</p>
        {identity.organisation && <p>{identity.organisation}</p>}
      </footer>
    </>
  )
}
