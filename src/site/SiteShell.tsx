import React from 'react'

import { SITE_COPY, sitePath, type SiteLanguage } from './siteCopy'

type Props = {
  lang: SiteLanguage
  /** The same page in the other language; the home page when there is none. */
  alternatePath?: string
  children: React.ReactNode
}

/** The frame of every public page: skip link, header with navigation and language switch, footer with the helpline. */
export function SiteShell({ lang, alternatePath, children }: Props) {
  const copy = SITE_COPY[lang]
  const other = copy.otherLanguageCode
  return (
    <>
      <a className="skip-link" href="#main">{copy.skip}</a>
      <header className="site-header">
        <div className="site-header__inner">
          <a className="site-name" href={sitePath(lang, '/')}>{copy.siteName}</a>
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
        <p>
          <strong>{copy.helpline}</strong>
        </p>
        <p>{copy.footer}</p>
      </footer>
    </>
  )
}
