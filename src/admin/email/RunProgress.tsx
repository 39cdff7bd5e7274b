'use client'

import { useAdminWords } from '@/admin/useAdminWords'
import { Button, useDocumentInfo, useFormFields } from '@payloadcms/ui'
import React, { useEffect, useState } from 'react'

type Totals = { expected?: number | null; sent?: number | null; failed?: number | null; suppressed?: number | null }
type Run = Totals & { id?: number | string; status?: string | null }

const POLL_MS = 2000

/**
 * A run's totals as they are now: while it is sending, read again every two seconds, so a
 * press officer watching a mailing sees it move without reloading the page.
 */
function useLiveTotals(initial: Run): Totals {
  const [run, setRun] = useState<Run>(initial)
  useEffect(() => setRun(initial), [initial.id, initial.status, initial.sent, initial.failed, initial.expected, initial.suppressed])
  useEffect(() => {
    if (!initial.id || run.status !== 'sending') return
    const timer = setInterval(async () => {
      const response = await fetch(`/api/digest-runs/${initial.id}?depth=0`, { credentials: 'include' }).catch(() => null)
      if (response?.ok) setRun((await response.json()) as Run)
    }, POLL_MS)
    return () => clearInterval(timer)
  }, [initial.id, run.status])
  return run
}

/** Sent out of expected as a bar, with failures and skipped deliveries beside it. */
function ProgressBar({ expected, sent, failed, suppressed }: Totals) {
  const total = expected ?? 0
  const done = sent ?? 0
  const percent = total > 0 ? Math.round((done / total) * 100) : 100
  return (
    <div data-testid="run-progress" style={{ minWidth: '10rem' }}>
      <div
        role="progressbar"
        aria-valuemin={0}
        aria-valuemax={total}
        aria-valuenow={done}
        style={{ background: 'var(--theme-elevation-100)', borderRadius: 4, height: 8, overflow: 'hidden' }}
      >
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

/** The list column, live while the run sends. */
export function RunProgressCell({ rowData }: { rowData?: Run }) {
  return <ProgressBar {...useLiveTotals(rowData ?? {})} />
}

/** The edit view: the bar and "retry failed". */
export function RunProgressField() {
  const { id } = useDocumentInfo()
  const words = useAdminWords('adminTools')
  const stored = useFormFields(([fields]) => ({
    id,
    status: fields.status?.value as string,
    expected: fields.expected?.value as number,
    sent: fields.sent?.value as number,
    failed: fields.failed?.value as number,
    suppressed: fields.suppressed?.value as number,
  }))
  const totals = useLiveTotals(stored)
  const [message, setMessage] = useState<string | null>(null)
  const retry = async () => {
    const response = await fetch(`/api/digest-runs/${id}/retry-failed`, { method: 'POST', credentials: 'include' })
    const body = (await response.json().catch(() => ({}))) as { retried?: number; error?: { message?: string } }
    setMessage(response.ok ? words.requeued(Number(body.retried ?? 0)) : (body.error?.message ?? `HTTP ${response.status}`))
  }
  return (
    <div style={{ marginBottom: '1.5rem' }}>
      <ProgressBar {...totals} />
      {totals.failed ? (
        <Button buttonStyle="secondary" size="small" onClick={() => void retry()}>
          {words.retryFailed}
        </Button>
      ) : null}
      {message && <p role="status">{message}</p>}
    </div>
  )
}
