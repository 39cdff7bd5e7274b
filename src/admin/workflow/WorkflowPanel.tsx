'use client'

import { Button, useDocumentInfo, useTranslation } from '@payloadcms/ui'
import React, { useCallback, useEffect, useState } from 'react'

import { formatVietnamTime, vietnamLocalToUtcIso } from './formatVietnamTime'
import { ACTION_LABELS, label, STAGE_LABELS } from './labels'

type HistoryEntry = { at: string; who: string; action: string; from?: string; to?: string; comment?: string | null }
type State = { stage: string; allowedActions: string[]; publishAt: string | null; history: HistoryEntry[] }

/**
 * The workflow panel in the edit view's sidebar: the stage, the actions this person may
 * take, a comment box, and the item's history. It talks to /api/workflow.
 */
export function WorkflowPanel() {
  const { id, collectionSlug } = useDocumentInfo()
  const { i18n } = useTranslation()
  const lang = i18n.language
  const vi = lang === 'vi'
  const [state, setState] = useState<State | null>(null)
  const [comment, setComment] = useState('')
  const [publishAt, setPublishAt] = useState('')
  const [message, setMessage] = useState<string | null>(null)
  const [busy, setBusy] = useState(false)
  const endpoint = `/api/workflow/${collectionSlug}/${id}`

  const load = useCallback(async () => {
    if (!id) return
    const response = await fetch(endpoint, { credentials: 'include' })
    if (response.ok) setState((await response.json()) as State)
  }, [endpoint, id])

  useEffect(() => {
    void load()
  }, [load])

  if (!id) return <p className="workflow-panel">{vi ? 'Lưu bản nháp để bắt đầu quy trình duyệt.' : 'Save a draft to start the workflow.'}</p>
  if (!state) return null

  const run = async (action: string) => {
    setBusy(true)
    setMessage(null)
    const body: Record<string, string> = { action }
    if (comment.trim()) body.comment = comment.trim()
    if (action === 'schedule' && publishAt) body.publishAt = vietnamLocalToUtcIso(publishAt)
    const response = await fetch(endpoint, { method: 'POST', credentials: 'include', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify(body) })
    const result = (await response.json()) as { error?: { message: string; media?: Array<{ filename: string | null; reason: string }> } }
    setBusy(false)
    if (!response.ok) {
      const media = result.error?.media?.map((item) => `${item.filename}: ${item.reason}`).join('; ')
      setMessage(`${result.error?.message ?? response.statusText}${media ? ` (${media})` : ''}`)
      return
    }
    setComment('')
    setMessage(vi ? 'Đã cập nhật.' : 'Done.')
    // The form shows the saved document; reload it so stage and status fields are current.
    window.location.reload()
  }

  return (
    <section className="workflow-panel" data-testid="workflow-panel" style={{ border: '1px solid var(--theme-elevation-150)', borderRadius: 4, padding: '0.75rem', marginBottom: '1rem' }}>
      <h4 style={{ margin: '0 0 0.5rem' }}>{vi ? 'Quy trình duyệt' : 'Workflow'}</h4>
      <p style={{ margin: '0 0 0.5rem' }}>
        {vi ? 'Giai đoạn' : 'Stage'}: <strong data-testid="workflow-stage">{label(STAGE_LABELS, state.stage, lang)}</strong>
        {state.publishAt ? ` · ${formatVietnamTime(state.publishAt, lang)}` : ''}
      </p>
      {state.allowedActions.length > 0 && (
        <>
          <label htmlFor="workflow-comment" style={{ display: 'block', fontSize: '0.85em' }}>
            {vi ? 'Ghi chú / lý do' : 'Comment or reason'}
          </label>
          <textarea id="workflow-comment" value={comment} onChange={(event) => setComment(event.target.value)} rows={3} style={{ width: '100%' }} />
          {state.allowedActions.includes('schedule') && (
            <>
              <label htmlFor="workflow-publish-at" style={{ display: 'block', fontSize: '0.85em' }}>
                {vi ? 'Thời điểm xuất bản (giờ Việt Nam)' : 'Publish at (Viet Nam time)'}
              </label>
              <input id="workflow-publish-at" type="datetime-local" value={publishAt} onChange={(event) => setPublishAt(event.target.value)} />
            </>
          )}
          <div style={{ display: 'flex', flexWrap: 'wrap', gap: '0.25rem', marginTop: '0.5rem' }}>
            {state.allowedActions.map((action) => (
              <Button key={action} buttonStyle={action === 'publish' || action === 'approve' ? 'primary' : 'secondary'} size="small" disabled={busy} onClick={() => void run(action)}>
                {label(ACTION_LABELS, action, lang)}
              </Button>
            ))}
          </div>
        </>
      )}
      {message && (
        <p role="status" data-testid="workflow-message" style={{ color: 'var(--theme-error-500)' }}>
          {message}
        </p>
      )}
      {state.history.length > 0 && (
        <details open style={{ marginTop: '0.5rem' }}>
          <summary>{vi ? 'Lịch sử' : 'History'}</summary>
          <ol style={{ paddingLeft: '1rem', fontSize: '0.85em' }}>
            {state.history.map((entry, index) => (
              <li key={index}>
                {formatVietnamTime(entry.at, lang)} · {entry.who} · {label(ACTION_LABELS, entry.action, lang)}
                {entry.to ? ` → ${label(STAGE_LABELS, entry.to, lang)}` : ''}
                {entry.comment ? `: “${entry.comment}”` : ''}
              </li>
            ))}
          </ol>
        </details>
      )}
    </section>
  )
}
