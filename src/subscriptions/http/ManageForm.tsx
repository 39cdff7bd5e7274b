import React from 'react'

import { CONTENT_TYPES } from '@/content/contentTypes'
import { FREQUENCIES, type SubscriberStatus } from '../constants'
import type { SubmittedPreferences } from './parseManageForm'
import { PAGE_COPY, type PreferenceField } from './pageCopy'
import { pagePath } from './renderPage'
import { type Lang } from '@/i18n/lang'

export type TopicChoice = { slug: string; name: string }

export type ManageFormProps = {
  locale: Lang
  token: string
  email: string
  status: SubscriberStatus
  topics: TopicChoice[]
  values: SubmittedPreferences
  error?: PreferenceField
}

const LANGUAGE_CHOICES = [
  { value: 'vi', label: 'Tiếng Việt', lang: 'vi' },
  { value: 'en', label: 'English', lang: 'en' },
] as const

const idOf = (field: PreferenceField) => `field-${field}`

/** The field the error box names is marked invalid and described by the box (and its hint). */
function invalidAttributes(field: PreferenceField, error: PreferenceField | undefined, hintId?: string) {
  const described = [hintId, error === field ? 'form-error' : undefined].filter(Boolean).join(' ')
  return { 'aria-invalid': error === field ? true : undefined, 'aria-describedby': described || undefined }
}

function TextField(props: { field: 'name' | 'outlet'; label: string; value: string; autoComplete: string; error?: PreferenceField }) {
  return (
    <div className="field">
      <label htmlFor={idOf(props.field)}>{props.label}</label>
      <input
        type="text"
        id={idOf(props.field)}
        name={props.field}
        defaultValue={props.value}
        maxLength={120}
        autoComplete={props.autoComplete}
        {...invalidAttributes(props.field, props.error)}
      />
    </div>
  )
}

function ChoiceGroup(props: {
  field: PreferenceField
  legend: string
  type: 'radio' | 'checkbox'
  choices: ReadonlyArray<{ value: string; label: string; lang?: string }>
  checked: string[]
  hint?: string
  error?: PreferenceField
}) {
  const hintId = props.hint ? `${idOf(props.field)}-hint` : undefined
  return (
    <fieldset id={idOf(props.field)} {...invalidAttributes(props.field, props.error, hintId)}>
      <legend>{props.legend}</legend>
      {props.hint ? (
        <p className="hint" id={hintId}>
          {props.hint}
        </p>
      ) : null}
      {props.choices.map((choice) => (
        <label key={choice.value} lang={choice.lang}>
          <input type={props.type} name={props.field} value={choice.value} defaultChecked={props.checked.includes(choice.value)} />
          {choice.label}
        </label>
      ))}
    </fieldset>
  )
}

/**
 * The preferences form of one subscriber. It posts back to the same address, token in the
 * query, and works without JavaScript. After a refused save it shows what was typed, with
 * the field at fault named in a box that links to it.
 */
export function ManageForm({ locale, token, email, status, topics, values, error }: ManageFormProps) {
  const copy = PAGE_COPY[locale].manage
  return (
    <>
      {error ? (
        <div className="error" id="form-error" role="alert">
          <h2>{copy.errorTitle}</h2>
          <p>
            <a href={`#${idOf(error)}`}>{copy.errors[error]}</a>
          </p>
        </div>
      ) : null}
      <p>
        {copy.address} <strong>{email}</strong>
      </p>
      <p className="muted">{copy.status[status]}</p>
      <form method="post" action={pagePath('manage', token)} acceptCharset="utf-8">
        <TextField field="name" label={copy.labels.name} value={values.name} autoComplete="name" error={error} />
        <TextField field="outlet" label={copy.labels.outlet} value={values.outlet} autoComplete="organization" error={error} />
        <ChoiceGroup field="locale" legend={copy.labels.locale} type="radio" choices={LANGUAGE_CHOICES} checked={[values.locale]} error={error} />
        <ChoiceGroup
          field="frequency"
          legend={copy.labels.frequency}
          type="radio"
          choices={FREQUENCIES.map((value) => ({ value, label: copy.frequencies[value] }))}
          checked={[values.frequency]}
          error={error}
        />
        {topics.length ? (
          <ChoiceGroup
            field="topics"
            legend={copy.labels.topics}
            type="checkbox"
            choices={topics.map((topic) => ({ value: topic.slug, label: topic.name }))}
            checked={values.topics}
            hint={copy.topicsHint}
            error={error}
          />
        ) : (
          <fieldset id={idOf('topics')}>
            <legend>{copy.labels.topics}</legend>
            <p className="hint">{copy.noTopics}</p>
          </fieldset>
        )}
        <ChoiceGroup
          field="contentTypes"
          legend={copy.labels.contentTypes}
          type="checkbox"
          choices={CONTENT_TYPES.map((value) => ({ value, label: copy.types[value] }))}
          checked={values.contentTypes}
          hint={copy.typesHint}
          error={error}
        />
        <p>
          <button type="submit">{copy.save}</button>
        </p>
      </form>
      <p>
        <a href={pagePath('unsubscribe', token)}>{copy.leave}</a>
      </p>
    </>
  )
}
