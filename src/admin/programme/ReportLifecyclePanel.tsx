'use client'

import { Button, ConfirmationModal, useAuth, useDocumentInfo, useFormFields, useModal, useTranslation } from '@payloadcms/ui'
import { useRouter } from 'next/navigation'
import React, { useState } from 'react'

import { hasRole } from '@/access/roles'
import { useAdminWords } from '@/admin/useAdminWords'
import { formatVietnamTime } from '@/admin/workflow/formatVietnamTime'
import { defaultReportDue } from '@/programme/defaultReportDue'

const SUBMIT_MODAL = 'programme-submit-report'
const COPY_MODAL = 'programme-copy-forward'

type Notice = { kind: 'ok' | 'error'; text: string; link?: { href: string; label: string } }

/** The refusal's own message (already in the reader's language), or the status. */
async function problemOf(response: Response, fallback: (status: number) => string): Promise<string> {
  const body = (await response.json().catch(() => null)) as { error?: { message?: string }; errors?: Array<{ message?: string }> } | null
  return body?.error?.message ?? body?.errors?.[0]?.message ?? fallback(response.status)
}

/**
 * The programme year's report lifecycle on its edit screen: "mark the report submitted"
 * for those who may edit the year (the host department's staff and admins), and "copy tasks
 * forward" for admins, each behind a confirmation. The endpoints decide; these buttons only
 * appear for the roles they allow. Once submitted, the panel links the frozen copy.
 */
export function ReportLifecyclePanel() {
  const { id, docPermissions } = useDocumentInfo()
  const { user } = useAuth()
  const { i18n } = useTranslation()
  const { openModal } = useModal()
  const router = useRouter()
  const words = useAdminWords('programme')
  const year = Number(useFormFields(([fields]) => fields.year?.value) ?? 0)
  const submittedAt = useFormFields(([fields]) => fields.submittedAt?.value) as string | null | undefined
  const [notice, setNotice] = useState<Notice | null>(null)
  const [justSubmitted, setJustSubmitted] = useState<string | null>(null)
  const [decisionNumber, setDecisionNumber] = useState('')
  if (!id || !year) return null

  const submittedTime = justSubmitted ?? submittedAt ?? null
  const mayEdit = Boolean(docPermissions?.update)
  const isAdmin = hasRole(user as never, 'admin')
  const next = year + 1

  const submit = async () => {
    const response = await fetch(`/api/programme-years/${id}/submit`, { method: 'POST', credentials: 'include' })
    if (!response.ok) return setNotice({ kind: 'error', text: await problemOf(response, words.failed) })
    const body = (await response.json()) as { submittedAt: string }
    setJustSubmitted(body.submittedAt)
    setNotice({ kind: 'ok', text: words.submitted(formatVietnamTime(body.submittedAt, i18n.language)) })
    // The server works out the fields' permissions again: the report's fields turn read-only.
    router.refresh()
  }

  const copyForward = async () => {
    const response = await fetch('/api/programme-years/copy-forward', {
      method: 'POST',
      credentials: 'include',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ fromYear: year, toYear: next, decisionNumber, reportDue: defaultReportDue(next) }),
    })
    if (!response.ok) return setNotice({ kind: 'error', text: await problemOf(response, words.failed) })
    const body = (await response.json()) as { yearId: number; copied: number }
    setNotice({
      kind: 'ok',
      text: words.copied(body.copied, next),
      link: { href: `/admin/collections/programme-years/${body.yearId}`, label: words.openYear(next) },
    })
  }

  return (
    <div className="programme-report-panel" data-testid="programme-report-panel" style={{ marginBottom: '1.5rem' }}>
      <h4 style={{ marginBottom: '0.5rem' }}>{words.panelTitle}</h4>
      {submittedTime ? (
        <p data-testid="programme-frozen-copy">
          {words.frozenCopy}{' '}
          {(['html', 'pdf', 'docx', 'csv'] as const).map((format) => (
            <a key={format} href={`/api/programme/report?year=${year}&format=${format}`} style={{ marginRight: '0.5rem' }}>
              {format.toUpperCase()}
            </a>
          ))}
        </p>
      ) : (
        mayEdit && (
          <Button buttonStyle="primary" size="small" onClick={() => openModal(SUBMIT_MODAL)} id="programme-submit-report">
            {words.submit}
          </Button>
        )
      )}
      {isAdmin && (
        <div style={{ marginTop: '1rem' }}>
          <label htmlFor="programme-next-decision" style={{ display: 'block', marginBottom: '0.25rem' }}>
            {words.decisionNumber(next)}
          </label>
          <input
            id="programme-next-decision"
            type="text"
            value={decisionNumber}
            placeholder={words.decisionNumberHint}
            onChange={(event) => setDecisionNumber(event.target.value)}
            style={{ width: '100%', marginBottom: '0.5rem' }}
          />
          <Button buttonStyle="secondary" size="small" onClick={() => openModal(COPY_MODAL)} id="programme-copy-forward">
            {words.copyForward(next)}
          </Button>
        </div>
      )}
      {notice && (
        <p
          role={notice.kind === 'error' ? 'alert' : 'status'}
          data-testid="programme-report-notice"
          style={{ color: notice.kind === 'error' ? 'var(--theme-error-500)' : undefined }}
        >
          {notice.text}
          {notice.link && (
            <>
              {' '}
              <a href={notice.link.href}>{notice.link.label}</a>
            </>
          )}
        </p>
      )}
      <ConfirmationModal
        modalSlug={SUBMIT_MODAL}
        heading={words.submitHeading}
        body={words.submitBody(year)}
        confirmLabel={words.confirm}
        confirmingLabel={words.working}
        cancelLabel={words.cancel}
        onConfirm={submit}
      />
      <ConfirmationModal
        modalSlug={COPY_MODAL}
        heading={words.copyHeading(next)}
        body={words.copyBody(year, next)}
        confirmLabel={words.confirm}
        confirmingLabel={words.working}
        cancelLabel={words.cancel}
        onConfirm={copyForward}
      />
    </div>
  )
}
