'use client'

import { useAdminWords } from '@/admin/useAdminWords'
import { Button, useDocumentInfo, useFormFields } from '@payloadcms/ui'
import React, { useEffect, useState } from 'react'

import { progressOf, stillSending, type RunTotals } from '@/email/progressOf'

type Run = RunTotals & { id?: number | string }

const POLL_MS = 2000

/**
 * A run's totals as they are now: while it is sending, read again every two seconds, so a
 * press officer watching a mailing sees it move without reloading the page.
 */
function useLiveTotals(initial: Run): [Run, (run: Run) => void] {
  const [run, setRun] = useState<Run>(initial)
  useEffect(() => setRun(initial), [initial.id, initial.status, initial.sent, initial.failed, initial.expected, initial.suppressed])
  useEffect(() => {
    if (!initial.id || !stillSending(run)) return
    const timer = setInterval(async () => {
      const response = await fetch(`/api/digest-runs/${initial.id}?depth=0`, { credentials: 'include' }).catch(() => null)
      if (response?.ok) setRun((await response.json()) as Run)
    }, POLL_MS)
    return () => clearInterval(timer)
  }, [initial.id, run.status])
  return [run, setRun]
}

/** Sent, failed and skipped deliveries as parts of one bar, with what it reads beneath. */
function ProgressBar({ run }: { run: Run }) {
  const words = useAdminWords('mailRuns').progress
  const progress = progressOf(run, words)
  const part = (width: number, background: string) => <div style={{ background, height: '100%', width: `${width}%` }} />
  return (
    <div data-testid="run-progress" style={{ minWidth: '10rem' }}>
      <div
        role="progressbar"
        aria-valuemin={0}
        aria-valuemax={progress.expected}
        aria-valuenow={progress.settled}
        aria-valuetext={progress.reading}
        style={{ display: 'flex', background: 'var(--theme-elevation-100)', borderRadius: 4, height: 8, overflow: 'hidden' }}
      >
        {part(progress.shares.sent, 'var(--theme-success-500)')}
        {part(progress.shares.failed, 'var(--theme-error-500)')}
        {part(progress.shares.suppressed, 'var(--theme-elevation-400)')}
      </div>
      <small>{progress.reading}</small>
    </div>
  )
}

/** The list column, live while the run sends. */
export function RunProgressCell({ rowData }: { rowData?: Run }) {
  const [run] = useLiveTotals(rowData ?? {})
  return <ProgressBar run={run} />
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
  const [run, setRun] = useLiveTotals(stored)
  const [message, setMessage] = useState<string | null>(null)
  const retry = async () => {
    const response = await fetch(`/api/digest-runs/${id}/retry-failed`, { method: 'POST', credentials: 'include' })
    const body = (await response.json().catch(() => ({}))) as { retried?: number; error?: { message?: string } }
    setMessage(response.ok ? words.requeued(Number(body.retried ?? 0)) : (body.error?.message ?? words.failedWithStatus(response.status)))
    // The retried deliveries are queued again: follow the run until they settle.
    if (response.ok && Number(body.retried ?? 0) > 0) setRun({ ...run, status: 'sending' })
  }
  return (
    <div style={{ marginBottom: '1.5rem' }}>
      <ProgressBar run={run} />
      {run.failed ? (
        <Button buttonStyle="secondary" size="small" onClick={() => void retry()}>
          {words.retryFailed}
        </Button>
      ) : null}
      {message && <p role="status">{message}</p>}
    </div>
  )
}
