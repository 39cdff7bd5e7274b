'use client'

import React, { useState } from 'react'

import { messagesIn } from '@/i18n/defineMessages'
import { rateLimitMessages } from '@/i18n/messages/rateLimits'
import { subscribeMessages } from '@/i18n/messages/subscribe'
import { postJson } from './postJson'
import { type Lang } from '@/i18n/lang'

type Option = { value: string; label: string }
type Props = { lang: Lang; topics: Option[]; consent: string }

/** Double opt-in sign-up through the public API: the confirmation mail follows. */
export function SubscribeForm({ lang, topics, consent }: Props) {
  const copy = subscribeMessages[lang]
  const [state, setState] = useState<{ kind: 'idle' | 'sending' | 'sent' | 'error'; message?: string; field?: string }>({ kind: 'idle' })
  const submit = async (event: React.FormEvent<HTMLFormElement>) => {
    event.preventDefault()
    const form = new FormData(event.currentTarget)
    const body = {
      email: String(form.get('email') ?? ''),
      name: String(form.get('name') ?? '') || null,
      outlet: String(form.get('outlet') ?? '') || null,
      locale: String(form.get('locale') ?? lang),
      frequency: String(form.get('frequency') ?? 'daily'),
      contentTypes: form.getAll('contentTypes').map(String),
      topics: form.getAll('topics').map(String),
    }
    setState({ kind: 'sending' })
    const words = messagesIn(rateLimitMessages, lang)
    const outcome = await postJson('/api/v1/subscriptions', body, lang)
    if (outcome.kind !== 'answered') return setState({ kind: 'error', message: words[outcome.kind] })
    const { response } = outcome
    if (response.status === 202) return setState({ kind: 'sent', message: copy.sent })
    const answer = (await response.json().catch(() => ({}))) as { error?: { message?: string; field?: string } } | undefined
    setState({ kind: 'error', message: answer?.error?.message ?? words.offline, field: answer?.error?.field })
  }
  const invalid = (field: string) => (state.kind === 'error' && state.field === field ? { 'aria-invalid': true, 'aria-describedby': 'subscribe-status' } : {})
  return (
    <form onSubmit={(event) => void submit(event)} className="subscribe-form" aria-describedby="subscribe-consent">
      <label htmlFor="subscribe-email">{copy.email}</label>
      <input id="subscribe-email" name="email" type="email" required autoComplete="email" maxLength={254} {...invalid('email')} />
      <label htmlFor="subscribe-name">{copy.name}</label>
      <input id="subscribe-name" name="name" type="text" autoComplete="name" maxLength={120} {...invalid('name')} />
      <label htmlFor="subscribe-outlet">{copy.outlet}</label>
      <input id="subscribe-outlet" name="outlet" type="text" autoComplete="organization" maxLength={120} {...invalid('outlet')} />
      <label htmlFor="subscribe-locale">{copy.language}</label>
      <select id="subscribe-locale" name="locale" defaultValue={lang}>
        <option value="vi">Tiếng Việt</option>
        <option value="en">English</option>
      </select>
      <fieldset>
        <legend>{copy.frequency}</legend>
        {(['immediate', 'daily', 'weekly'] as const).map((frequency) => (
          <label key={frequency} className="checkbox">
            <input type="radio" name="frequency" value={frequency} defaultChecked={frequency === 'daily'} /> <span>{copy[frequency]}</span>
          </label>
        ))}
      </fieldset>
      <fieldset>
        <legend>{copy.types}</legend>
        {(
          [
            ['article', copy.article],
            ['campaign', copy.campaign],
            ['briefing-pack', copy.pack],
          ] as const
        ).map(([value, label]) => (
          <label key={value} className="checkbox">
            <input type="checkbox" name="contentTypes" value={value} defaultChecked /> <span>{label}</span>
          </label>
        ))}
      </fieldset>
      {topics.length > 0 && (
        <fieldset>
          <legend>{copy.topics}</legend>
          {topics.map((topic) => (
            <label key={topic.value} className="checkbox">
              <input type="checkbox" name="topics" value={topic.value} /> <span>{topic.label}</span>
            </label>
          ))}
        </fieldset>
      )}
      <p id="subscribe-consent" className="muted">
        {consent}
      </p>
      <p>
        <button type="submit" className="button" disabled={state.kind === 'sending'}>
          {state.kind === 'sending' ? copy.sending : state.kind === 'error' ? messagesIn(rateLimitMessages, lang).retry : copy.send}
        </button>
      </p>
      <div
        id="subscribe-status"
        role="status"
        aria-live="polite"
        className={state.kind === 'error' ? 'field-error' : state.kind === 'sent' ? 'notice notice--ok' : undefined}
      >
        {state.message}
      </div>
    </form>
  )
}
