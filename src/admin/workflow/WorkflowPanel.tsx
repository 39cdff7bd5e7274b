'use client'

import { announceWorkflowState } from './workflowStateEvents'
import { useAdminWords } from '@/admin/useAdminWords'
import { Button, useDocumentInfo, useTranslation } from '@payloadcms/ui'
import React, { useCallback, useEffect, useState } from 'react'

import { fromDisplayDateTime } from '@/i18n/typedDates'
import { formatVietnamTime } from './formatVietnamTime'
import { actionLabel, statusText } from '@/workflow/statusText'

type Side = { live?: string; working?: string | null }
type HistoryEntry = { at: string; who: string; action: string; from?: Side; to?: Side; comment?: string | null; assignee?: string | null }
type Person = { id: number; name: string }
type State = {
  live: string
  working: string | null
  allowedActions: string[]
  publishAt: string | null
  unpublishAt: string | null
  assignee: Person | null
  reviewers: Person[]
  history: HistoryEntry[]
}

/** Actions that change what the public sees, shown apart from the review steps. */
const LIVE_ACTIONS = new Set(['withdraw', 'cancel_withdrawal'])

/**
 * The workflow panel in the edit view's sidebar: the item's one status (its live state
 * and its working copy), the actions this person may take, the reviewer it is assigned
 * to, and its history. It talks to /api/workflow.
 */
export function WorkflowPanel() {
  // `savedDocumentData` changes on every save: a saved edit changes the status, so ask again.
  const { id, collectionSlug, savedDocumentData } = useDocumentInfo()
  const savedAt = (savedDocumentData as { updatedAt?: string } | undefined)?.updatedAt
  const { i18n } = useTranslation()
  const lang = i18n.language
  const words = useAdminWords('workflow')
  const dates = useAdminWords('typedDates')
  const [state, setState] = useState<State | null>(null)
  const [comment, setComment] = useState('')
  const [publishAt, setPublishAt] = useState('')
  const [unpublishAt, setUnpublishAt] = useState('')
  const [assignee, setAssignee] = useState('')
  const [message, setMessage] = useState<{ ok: boolean; text: string } | null>(null)
  const [busy, setBusy] = useState(false)
  const endpoint = `/api/workflow/${collectionSlug}/${id}`

  const load = useCallback(async () => {
    if (!id) return
    const response = await fetch(endpoint, { credentials: 'include' })
    if (!response.ok) return
    const loaded = (await response.json()) as State
    setState(loaded)
    announceWorkflowState(endpoint, loaded)
  }, [endpoint, id, savedAt])

  useEffect(() => {
    void load()
  }, [load])

  if (!id) return <p className="workflow-panel">{words.panel.saveFirst}</p>
  if (!state) return null

  const run = async (action: string) => {
    const body: Record<string, unknown> = { action }
    if (comment.trim()) body.comment = comment.trim()
    // Times are typed dd/MM/yyyy HH:mm in Viet Nam time; a wrong one is named here, before
    // the request, in the editor's language and words rather than the API's ISO-8601 terms.
    const time =
      action === 'schedule'
        ? { text: publishAt, key: 'publishAt', name: words.panel.publishAtName }
        : action === 'withdraw'
          ? { text: unpublishAt, key: 'unpublishAt', name: words.panel.withdrawAtName }
          : null
    if (time && time.text.trim()) {
      const instant = fromDisplayDateTime(time.text)
      if (!instant) {
        setMessage({ ok: false, text: dates.badDateTime(time.name) })
        return
      }
      body[time.key] = instant
    }
    setBusy(true)
    setMessage(null)
    if ((action === 'submit' || action === 'assign') && assignee) body.assignee = Number(assignee)
    if (action === 'assign' && !assignee) body.assignee = null
    const response = await fetch(endpoint, {
      method: 'POST',
      credentials: 'include',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify(body),
    })
    // A proxy's error page is not JSON: the status text is all there is to say then.
    const result = (await response.json().catch(() => ({}))) as { error?: { message: string; media?: Array<{ filename: string | null; reason: string }> } }
    setBusy(false)
    if (!response.ok) {
      const media = result.error?.media?.map((item) => `${item.filename}: ${item.reason}`).join('; ')
      setMessage({ ok: false, text: `${result.error?.message ?? words.panel.failedWithStatus(response.status)}${media ? ` (${media})` : ''}` })
      // 409: the item moved on in another tab or by a colleague; show its state and actions as they are now.
      if (response.status === 409) void load()
      return
    }
    setComment('')
    setMessage({ ok: true, text: words.done })
    // The form shows the saved working copy; reload it so every field is current.
    window.location.reload()
  }

  const reviewActions = state.allowedActions.filter((action) => !LIVE_ACTIONS.has(action))
  const liveActions = state.allowedActions.filter((action) => LIVE_ACTIONS.has(action))
  const button = (action: string) => (
    <Button
      key={action}
      buttonStyle={action === 'publish' || action === 'approve' ? 'primary' : 'secondary'}
      size="small"
      disabled={busy}
      onClick={() => void run(action)}
    >
      {actionLabel(action, lang)}
    </Button>
  )

  return (
    <section
      className="workflow-panel"
      data-testid="workflow-panel"
      style={{ border: '1px solid var(--theme-elevation-150)', borderRadius: 4, padding: '0.75rem', marginBottom: '1rem' }}
    >
      <h4 style={{ margin: '0 0 0.5rem' }}>{words.panel.title}</h4>
      <p style={{ margin: '0 0 0.25rem' }}>
        {words.panel.status}: <strong data-testid="workflow-stage">{statusText(state, lang)}</strong>
      </p>
      {state.publishAt && (
        <p style={{ margin: '0 0 0.25rem', fontSize: '0.85em' }} data-testid="workflow-publish-at">
          {words.panel.goesLiveAt} {formatVietnamTime(state.publishAt, lang)}
        </p>
      )}
      {state.unpublishAt && (
        <p style={{ margin: '0 0 0.25rem', fontSize: '0.85em' }} data-testid="workflow-unpublish-at">
          {words.panel.withdrawnAt} {formatVietnamTime(state.unpublishAt, lang)}
        </p>
      )}
      {state.working && (
        <p style={{ margin: '0 0 0.5rem', fontSize: '0.85em' }} data-testid="workflow-assignee">
          {words.panel.reviewer}: {state.assignee ? state.assignee.name : words.panel.notAssigned}
        </p>
      )}
      {state.allowedActions.length > 0 && (
        <>
          <label htmlFor="workflow-comment" style={{ display: 'block', fontSize: '0.85em' }}>
            {words.panel.comment}
          </label>
          <textarea id="workflow-comment" value={comment} onChange={(event) => setComment(event.target.value)} rows={3} style={{ width: '100%' }} />
          {(state.allowedActions.includes('submit') || state.allowedActions.includes('assign')) && state.reviewers.length > 0 && (
            <>
              <label htmlFor="workflow-assignee-choice" style={{ display: 'block', fontSize: '0.85em' }}>
                {words.panel.assignTo}
              </label>
              <select id="workflow-assignee-choice" value={assignee} onChange={(event) => setAssignee(event.target.value)} style={{ width: '100%' }}>
                <option value="">{words.panel.anyReviewer}</option>
                {state.reviewers.map((person) => (
                  <option key={person.id} value={person.id}>
                    {person.name}
                  </option>
                ))}
              </select>
            </>
          )}
          {state.allowedActions.includes('schedule') && (
            <>
              <TypedDateTime id="workflow-publish-at" label={words.panel.publishAt} hint={dates.dateTimeHint} value={publishAt} onChange={setPublishAt} />
            </>
          )}
          {reviewActions.length > 0 && (
            <div style={{ display: 'flex', flexWrap: 'wrap', gap: '0.25rem', marginTop: '0.5rem' }}>{reviewActions.map(button)}</div>
          )}
          {liveActions.length > 0 && (
            <fieldset style={{ marginTop: '0.75rem', border: '1px solid var(--theme-elevation-150)', padding: '0.5rem' }} data-testid="workflow-live-actions">
              <legend style={{ fontSize: '0.85em' }}>{words.panel.liveVersion}</legend>
              {liveActions.includes('withdraw') && (
                <>
                  <TypedDateTime
                    id="workflow-unpublish-at-choice"
                    label={words.panel.withdrawAt}
                    hint={dates.dateTimeHint}
                    value={unpublishAt}
                    onChange={setUnpublishAt}
                  />
                </>
              )}
              <div style={{ display: 'flex', flexWrap: 'wrap', gap: '0.25rem', marginTop: '0.5rem' }}>{liveActions.map(button)}</div>
            </fieldset>
          )}
        </>
      )}
      {message && (
        <p
          role={message.ok ? 'status' : 'alert'}
          data-testid="workflow-message"
          style={{ color: message.ok ? 'var(--theme-success-600)' : 'var(--theme-error-500)' }}
        >
          {message.text}
        </p>
      )}
      {state.history.length > 0 && (
        <details open style={{ marginTop: '0.5rem' }}>
          <summary>{words.panel.history}</summary>
          <ol style={{ paddingLeft: '1rem', fontSize: '0.85em' }} data-testid="workflow-history">
            {state.history.map((entry, index) => (
              <li key={index}>
                {formatVietnamTime(entry.at, lang)} · {entry.who} · {actionLabel(entry.action, lang)}
                {entry.to?.live ? ` → ${statusText({ live: entry.to.live, working: entry.to.working ?? null }, lang)}` : ''}
                {entry.assignee !== undefined ? ` → ${entry.assignee ?? words.panel.anyReviewer.toLowerCase()}` : ''}
                {entry.comment ? `: “${entry.comment}”` : ''}
              </li>
            ))}
          </ol>
        </details>
      )}
    </section>
  )
}

/** A date and time typed dd/MM/yyyy HH:mm as text, whatever the browser's own date format. */
function TypedDateTime(props: { id: string; label: string; hint: string; value: string; onChange: (value: string) => void }) {
  return (
    <>
      <label htmlFor={props.id} style={{ display: 'block', fontSize: '0.85em' }}>
        {props.label}
      </label>
      <input
        id={props.id}
        type="text"
        inputMode="numeric"
        placeholder={props.hint}
        size={16}
        value={props.value}
        onChange={(event) => props.onChange(event.target.value)}
      />
    </>
  )
}
