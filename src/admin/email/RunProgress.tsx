'use client'

import { Button, useDocumentInfo, useFormFields, useTranslation } from '@payloadcms/ui'
import React, { useState } from 'react'

type Totals = { expected?: number | null; sent?: number | null; failed?: number | null; suppressed?: number | null }

/** Sent out of expected as a bar, with failures and skipped deliveries beside it. */
function ProgressBar({ expected, sent, failed, suppressed }: Totals) {
  const total = expected ?? 0
  const done = sent ?? 0
  const percent = total > 0 ? Math.round((done / total) * 100) : 100
  return (
    <div data-testid="run-progress" style={{ minWidth: '10rem' }}>
      <div role="progressbar" aria-valuemin={0} aria-valuemax={total} aria-valuenow={done} style={{ background: 'var(--theme-elevation-100)', borderRadius: 4, height: 8, overflow: 'hidden' }}>
        <div style={{ background: 'var(--theme-success-500)', height: '100%', width: `${percent}%` }} />
      </div>
      <small>
        {done}/{total}
        {failed ? ` · ✗ ${failed}` : ''}
        {suppressed ? ` · − ${suppressed}` : ''}
      </small>
    </div>
  )
}

/** The list column. */
export function RunProgressCell({ rowData }: { rowData?: Totals }) {
  return <ProgressBar {...(rowData ?? {})} />
}

/** The edit view: the bar and "retry failed". */
export function RunProgressField() {
  const { id } = useDocumentInfo()
  const { i18n } = useTranslation()
  const vi = i18n.language === 'vi'
  const totals = useFormFields(([fields]) => ({
    expected: fields.expected?.value as number,
    sent: fields.sent?.value as number,
    failed: fields.failed?.value as number,
    suppressed: fields.suppressed?.value as number,
  }))
  const [message, setMessage] = useState<string | null>(null)
  const retry = async () => {
    const response = await fetch(`/api/digest-runs/${id}/retry-failed`, { method: 'POST', credentials: 'include' })
    const body = (await response.json().catch(() => ({}))) as { retried?: number; error?: { message?: string } }
    setMessage(response.ok ? (vi ? `Đã xếp lại ${body.retried} thư.` : `${body.retried} queued again.`) : (body.error?.message ?? `HTTP ${response.status}`))
  }
  return (
    <div style={{ marginBottom: '1.5rem' }}>
      <ProgressBar {...totals} />
      {totals.failed ? (
        <Button buttonStyle="secondary" size="small" onClick={() => void retry()}>
          {vi ? 'Gửi lại thư lỗi' : 'Retry failed'}
        </Button>
      ) : null}
      {message && <p role="status">{message}</p>}
    </div>
  )
}
