'use client'

import { useAdminWords } from '@/admin/useAdminWords'
import { Button, useDocumentInfo } from '@payloadcms/ui'
import React, { useState } from 'react'

/** "Send again" on a webhook delivery: admins re-queue it for an immediate new attempt. */
export function ResendWebhookButton() {
  const { id } = useDocumentInfo()
  const words = useAdminWords('adminTools')
  const [message, setMessage] = useState<string | null>(null)
  const [busy, setBusy] = useState(false)
  if (!id) return null

  const resend = async () => {
    setBusy(true)
    const response = await fetch(`/api/webhook-deliveries/${id}/resend`, { method: 'POST', credentials: 'include' })
    const body = (await response.json().catch(() => ({}))) as { error?: { message?: string } }
    setBusy(false)
    setMessage(response.ok ? words.queuedAgain : (body.error?.message ?? words.failedWithStatus(response.status)))
  }

  return (
    <div className="resend-webhook" style={{ marginBottom: '1.5rem' }}>
      <Button buttonStyle="secondary" disabled={busy} onClick={() => void resend()} size="small">
        {words.sendAgain}
      </Button>
      {message && <p role="status">{message}</p>}
    </div>
  )
}
