'use client'

import React, { useRef, useState } from 'react'

import { messagesIn } from '@/i18n/defineMessages'
import { commentFormMessages } from '@/i18n/messages/commentForm'
import { rateLimitMessages } from '@/i18n/messages/rateLimits'
import { postJson } from '../components/postJson'
import { type Lang } from '@/i18n/lang'

type Option = { value: string; label: string }
type Props = {
  lang: Lang
  slug: string
  /** Where the form posts without JavaScript: the site's own handler, which redirects back. */
  action: string
  clauses: Option[]
  groups: Option[]
  selectedClause?: string
  maxChars: number
  honeypotField: string
}

/** The consultation's comment form: posts to the public API and says what went wrong, field by field. */
export function CommentForm({ lang, slug, action, clauses, groups, selectedClause, maxChars, honeypotField }: Props) {
  const copy = messagesIn(commentFormMessages, lang)
  const form = useRef<HTMLFormElement>(null)
  const [state, setState] = useState<{ kind: 'idle' | 'sending' | 'sent' | 'error'; message?: string; field?: string }>({ kind: 'idle' })
  const [length, setLength] = useState(0)

  const submit = async (event: React.FormEvent<HTMLFormElement>) => {
    event.preventDefault()
    const data = new FormData(event.currentTarget)
    const body = Object.fromEntries([...data.entries()].map(([key, value]) => [key, String(value)]))
    setState({ kind: 'sending' })
    const outcome = await postJson(`/api/v1/codes/${encodeURIComponent(slug)}/comments`, { ...body, consent: data.get('consent') === 'on' }, lang)
    if (outcome.kind !== 'answered') return setState({ kind: 'error', message: messagesIn(rateLimitMessages, lang)[outcome.kind] })
    const { response } = outcome
    const answer = (await response.json().catch(() => ({}))) as { error?: { message?: string; field?: string } }
    if (response.ok) {
      form.current?.reset()
      setLength(0)
      setState({ kind: 'sent', message: copy.sent })
      return
    }
    setState({ kind: 'error', message: answer.error?.message ?? copy.failed(response.status), field: answer.error?.field })
    if (answer.error?.field) form.current?.querySelector<HTMLElement>(`[name="${answer.error.field}"]`)?.focus()
  }

  const invalid = (field: string) =>
    state.kind === 'error' && state.field === field ? { 'aria-invalid': true, 'aria-describedby': 'comment-form-status' } : {}

  return (
    <form
      ref={form}
      id="comment-form"
      method="post"
      action={action}
      onSubmit={(event) => void submit(event)}
      className="comment-form"
      aria-labelledby="comment-form-title"
    >
      <h2 id="comment-form-title">{copy.title}</h2>
      <p>{copy.intro}</p>
      <label htmlFor="comment-clause">{copy.clause}</label>
      <select id="comment-clause" name="clause" defaultValue={selectedClause ?? ''} {...invalid('clause')}>
        <option value="">{copy.whole}</option>
        {clauses.map((clause) => (
          <option key={clause.value} value={clause.value}>
            {clause.label}
          </option>
        ))}
      </select>
      <label htmlFor="comment-name">{copy.name}</label>
      <input id="comment-name" name="name" type="text" required maxLength={200} autoComplete="name" {...invalid('name')} />
      <label htmlFor="comment-email">{copy.email}</label>
      <input id="comment-email" name="email" type="email" required maxLength={254} autoComplete="email" {...invalid('email')} />
      <label htmlFor="comment-group">{copy.group}</label>
      <select id="comment-group" name="group" required defaultValue="" {...invalid('group')}>
        <option value="" disabled>
          —
        </option>
        {groups.map((group) => (
          <option key={group.value} value={group.value}>
            {group.label}
          </option>
        ))}
      </select>
      <label htmlFor="comment-organisation">{copy.organisation}</label>
      <input id="comment-organisation" name="organisation" type="text" maxLength={200} autoComplete="organization" {...invalid('organisation')} />
      <label htmlFor="comment-text">{copy.text}</label>
      <textarea
        id="comment-text"
        name="text"
        required
        maxLength={maxChars}
        onChange={(event) => setLength(event.target.value.length)}
        aria-describedby="comment-text-count"
        {...invalid('text')}
      />
      <p id="comment-text-count" className="muted">
        {length} / {maxChars} {copy.chars}
      </p>
      <div className="visually-hidden" aria-hidden="true">
        <label htmlFor="comment-website">{copy.honeypot}</label>
        <input id="comment-website" name={honeypotField} type="text" tabIndex={-1} autoComplete="off" />
      </div>
      <label className="checkbox" htmlFor="comment-consent">
        <input id="comment-consent" name="consent" type="checkbox" required {...invalid('consent')} />
        <span>{copy.consent}</span>
      </label>
      <p>
        <button type="submit" className="button" disabled={state.kind === 'sending'}>
          {state.kind === 'sending' ? copy.sending : state.kind === 'error' ? messagesIn(rateLimitMessages, lang).retry : copy.send}
        </button>
      </p>
      <div
        id="comment-form-status"
        role="status"
        aria-live="polite"
        className={state.kind === 'error' ? 'field-error' : state.kind === 'sent' ? 'notice notice--ok' : undefined}
      >
        {state.message}
      </div>
    </form>
  )
}
