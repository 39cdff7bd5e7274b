import { CONTENT_TYPES } from '@/content/contentTypes'
import { escapeHtml } from '@/platform/html/escapeHtml'
import { FREQUENCIES, type SubscriberStatus } from '../constants'
import type { SubmittedPreferences } from './parseManageForm'
import { PAGE_COPY, type PageLocale, type PreferenceField } from './pageCopy'
import { pagePath } from './renderPage'

export type TopicChoice = { slug: string; name: string }

export type ManageFormOptions = {
  locale: PageLocale
  token: string
  email: string
  status: SubscriberStatus
  topics: TopicChoice[]
  values: SubmittedPreferences
  error?: PreferenceField
}

const LANGUAGES = [
  { value: 'vi', label: 'Tiếng Việt' },
  { value: 'en', label: 'English' },
] as const

const idOf = (field: PreferenceField) => `field-${field}`

function invalidAttributes(field: PreferenceField, error: PreferenceField | undefined, hintId?: string): string {
  const described = [hintId, error === field ? 'form-error' : undefined].filter(Boolean).join(' ')
  return `${error === field ? ' aria-invalid="true"' : ''}${described ? ` aria-describedby="${described}"` : ''}`
}

function textField(field: 'name' | 'outlet', label: string, value: string, autocomplete: string, error?: PreferenceField): string {
  return `<div class="field"><label for="${idOf(field)}">${escapeHtml(label)}</label>
<input type="text" id="${idOf(field)}" name="${field}" value="${escapeHtml(value)}" maxlength="120" autocomplete="${autocomplete}"${invalidAttributes(field, error)}></div>`
}

function choiceGroup(options: {
  field: PreferenceField
  legend: string
  type: 'radio' | 'checkbox'
  choices: Array<{ value: string; label: string; lang?: string }>
  checked: string[]
  hint?: string
  error?: PreferenceField
}): string {
  const hintId = options.hint ? `${idOf(options.field)}-hint` : undefined
  const boxes = options.choices
    .map(
      (choice) =>
        `<label${choice.lang ? ` lang="${choice.lang}"` : ''}><input type="${options.type}" name="${options.field}" value="${escapeHtml(choice.value)}"${options.checked.includes(choice.value) ? ' checked' : ''}>${escapeHtml(choice.label)}</label>`,
    )
    .join('\n')
  return `<fieldset id="${idOf(options.field)}"${invalidAttributes(options.field, options.error, hintId)}>
<legend>${escapeHtml(options.legend)}</legend>
${options.hint ? `<p class="hint" id="${hintId}">${escapeHtml(options.hint)}</p>\n` : ''}${boxes}
</fieldset>`
}

/**
 * The preferences form of one subscriber. It posts back to the same address, token in the
 * query; every value shown is escaped, since name and outlet are whatever was typed.
 */
export function renderManageForm({ locale, token, email, status, topics, values, error }: ManageFormOptions): string {
  const copy = PAGE_COPY[locale].manage
  const errorBox = error
    ? `<div class="error" id="form-error" role="alert"><h2>${escapeHtml(copy.errorTitle)}</h2><p><a href="#${idOf(error)}">${escapeHtml(copy.errors[error])}</a></p></div>\n`
    : ''
  const topicGroup = topics.length
    ? choiceGroup({
        field: 'topics',
        legend: copy.labels.topics,
        type: 'checkbox',
        choices: topics.map((topic) => ({ value: topic.slug, label: topic.name })),
        checked: values.topics,
        hint: copy.topicsHint,
        error,
      })
    : `<fieldset id="${idOf('topics')}"><legend>${escapeHtml(copy.labels.topics)}</legend><p class="hint">${escapeHtml(copy.noTopics)}</p></fieldset>`

  return `${errorBox}<p>${escapeHtml(copy.address)} <strong>${escapeHtml(email)}</strong></p>
<p class="muted">${escapeHtml(copy.status[status])}</p>
<form method="post" action="${escapeHtml(pagePath('manage', token))}" accept-charset="utf-8">
${textField('name', copy.labels.name, values.name, 'name', error)}
${textField('outlet', copy.labels.outlet, values.outlet, 'organization', error)}
${choiceGroup({ field: 'locale', legend: copy.labels.locale, type: 'radio', choices: LANGUAGES.map((language) => ({ ...language, lang: language.value })), checked: [values.locale], error })}
${choiceGroup({ field: 'frequency', legend: copy.labels.frequency, type: 'radio', choices: FREQUENCIES.map((value) => ({ value, label: copy.frequencies[value] })), checked: [values.frequency], error })}
${topicGroup}
${choiceGroup({ field: 'contentTypes', legend: copy.labels.contentTypes, type: 'checkbox', choices: CONTENT_TYPES.map((value) => ({ value, label: copy.types[value] })), checked: values.contentTypes, hint: copy.typesHint, error })}
<p><button type="submit">${escapeHtml(copy.save)}</button></p>
</form>
<p><a href="${escapeHtml(pagePath('unsubscribe', token))}">${escapeHtml(copy.leave)}</a></p>`
}
