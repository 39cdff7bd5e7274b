import React from 'react'

import { pressPath } from '@/press/http/pressPaths'
import { SiteShell } from '../SiteShell'
import { FormErrorSummary } from './FormErrorSummary'
import { FormField } from './FormField'
import { PRESS_COPY, problemMessage } from './pressCopy'
import { one, type SearchParams } from './searchParams'
import '../press.css'
import { type Lang } from '@/i18n/lang'

/**
 * `/press/sign-in`: asks for a sign-in link by email. The answer after posting is the same
 * for every address, so the page never tells who is accredited.
 */
export function SignInPage({ lang, searchParams }: { lang: Lang; searchParams: SearchParams }) {
  const copy = PRESS_COPY[lang]
  const words = copy.signInPage
  const problem = one(searchParams, 'error')
  const error = one(searchParams, 'field') === 'email' && (problem === 'missing' || problem === 'invalid') ? problemMessage(lang, 'email', problem) : undefined
  return (
    <SiteShell lang={lang} alternatePath={pressPath(lang === 'vi' ? 'en' : 'vi', '/sign-in')}>
      <p className="kicker">
        <a href={pressPath(lang)}>{copy.pressRoom}</a>
      </p>
      <h1>{words.title}</h1>
      {one(searchParams, 'sent') ? (
        <div className="notice notice--ok" role="status">
          <h2>{words.sentTitle}</h2>
          <p>{words.sent}</p>
        </div>
      ) : (
        <>
          <p>{words.intro}</p>
          {error && <FormErrorSummary title={copy.errorTitle} message={error} fieldId="sign-in-email" />}
          <form method="post" action={pressPath(lang, '/sign-in/request')} className="press-form" aria-label={words.title}>
            <FormField id="sign-in-email" name="email" type="email" label={words.email} required maxLength={254} autoComplete="email" error={error} />
            <p>
              <button type="submit" className="button">
                {words.submit}
              </button>
            </p>
          </form>
        </>
      )}
      <p>
        {words.notAccredited} <a href={pressPath(lang, '/accreditation')}>{copy.askAccreditation}</a>
      </p>
    </SiteShell>
  )
}
