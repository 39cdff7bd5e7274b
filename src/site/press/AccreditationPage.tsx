import React from 'react'

import {
  ACCREDITATION_FIELDS,
  ACCREDITATION_MAX_LENGTH,
  FIELD_PROBLEMS,
  type AccreditationField,
  type FieldProblem,
} from '@/press/accreditation/parseAccreditationForm'
import { pressPath } from '@/press/http/pressPaths'
import { SiteShell } from '../SiteShell'
import { FormErrorSummary } from './FormErrorSummary'
import { FormField } from './FormField'
import { PRESS_COPY, problemMessage } from './pressCopy'
import { one, type SearchParams } from './searchParams'
import '../press.css'
import { type Lang } from '@/i18n/lang'

/** Only known field and problem codes are shown, as our own sentences: a crafted link cannot put words on the page. */
function errorOf(searchParams: SearchParams): { field: AccreditationField; problem: FieldProblem } | null {
  const field = one(searchParams, 'field') as AccreditationField | undefined
  const problem = one(searchParams, 'error') as FieldProblem | undefined
  if (!field || !problem || !ACCREDITATION_FIELDS.includes(field) || !FIELD_PROBLEMS.includes(problem)) return null
  return { field, problem }
}

/**
 * `/press/accreditation`: the request form. It posts to the route handler, which comes back
 * here with `?sent=1` or with the refused field, so it works without JavaScript.
 */
export function AccreditationPage({ lang, searchParams }: { lang: Lang; searchParams: SearchParams }) {
  const copy = PRESS_COPY[lang]
  const words = copy.accreditation
  const error = errorOf(searchParams)
  const message = (field: AccreditationField) => (error?.field === field ? problemMessage(lang, field, error.problem) : undefined)
  const id = (field: AccreditationField) => `accreditation-${field}`
  return (
    <SiteShell lang={lang} alternatePath={pressPath(lang === 'vi' ? 'en' : 'vi', '/accreditation')}>
      <p className="kicker">
        <a href={pressPath(lang)}>{copy.pressRoom}</a>
      </p>
      <h1>{words.title}</h1>
      {one(searchParams, 'sent') ? (
        <div className="notice notice--ok" role="status">
          <h2>{words.sentTitle}</h2>
          <p>{words.sent}</p>
          <p>
            <a href={pressPath(lang)}>{copy.pressRoom}</a>
          </p>
        </div>
      ) : (
        <>
          <p>{words.intro}</p>
          {error && <FormErrorSummary title={copy.errorTitle} message={problemMessage(lang, error.field, error.problem)} fieldId={id(error.field)} />}
          <form method="post" action={pressPath(lang, '/accreditation/submit')} className="press-form" aria-label={words.title}>
            <FormField
              id={id('name')}
              name="name"
              label={words.labels.name}
              required
              maxLength={ACCREDITATION_MAX_LENGTH.name}
              autoComplete="name"
              error={message('name')}
            />
            <FormField
              id={id('outlet')}
              name="outlet"
              label={words.labels.outlet}
              required
              maxLength={ACCREDITATION_MAX_LENGTH.outlet}
              autoComplete="organization"
              error={message('outlet')}
            />
            <FormField
              id={id('email')}
              name="email"
              type="email"
              label={words.labels.email}
              required
              maxLength={ACCREDITATION_MAX_LENGTH.email}
              autoComplete="email"
              hint={words.hints.email}
              error={message('email')}
            />
            <FormField
              id={id('pressCardNumber')}
              name="pressCardNumber"
              label={words.labels.pressCardNumber}
              required
              maxLength={ACCREDITATION_MAX_LENGTH.pressCardNumber}
              hint={words.hints.pressCardNumber}
              error={message('pressCardNumber')}
            />
            <FormField
              id={id('phone')}
              name="phone"
              type="tel"
              label={words.labels.phone}
              optionalLabel={copy.optional}
              maxLength={ACCREDITATION_MAX_LENGTH.phone}
              autoComplete="tel"
              error={message('phone')}
            />
            <fieldset
              id={id('language')}
              className="press-fieldset"
              aria-invalid={error?.field === 'language' ? true : undefined}
              aria-describedby={error?.field === 'language' ? `${id('language')}-error` : undefined}
            >
              <legend>{words.labels.language}</legend>
              {error?.field === 'language' && (
                <p id={`${id('language')}-error`} className="field-error">
                  {message('language')}
                </p>
              )}
              {(['vi', 'en'] as const).map((value) => (
                <label key={value} className="checkbox" htmlFor={`${id('language')}-${value}`}>
                  <input id={`${id('language')}-${value}`} type="radio" name="language" value={value} defaultChecked={value === lang} />
                  <span>{words.languages[value]}</span>
                </label>
              ))}
            </fieldset>
            <p>
              <button type="submit" className="button">
                {words.submit}
              </button>
            </p>
          </form>
        </>
      )}
    </SiteShell>
  )
}
