'use client'

import { Button, useDocumentInfo, useTranslation } from '@payloadcms/ui'
import React, { useState } from 'react'

/** "Send again" on a webhook delivery: admins re-queue it for an immediate new attempt. */
export function ResendWebhookButton() {
  const { id } = useDocumentInfo()
  const { i18n } = useTranslation()
  const vi = i18n.language === 'vi'
  const [message, setMessage] = useState<string | null>(null)
  const [busy, setBusy] = useState(false)
  if (!id) return null

  const resend = async () => {
    setBusy(true)
    const response = await fetch(`/api/webhook-deliveries/${id}/resend`, { method: 'POST', credentials: 'include' })
    const body = (await response.json().catch(() => ({}))) as { error?: { message?: string } }
    setBusy(false)
    setMessage(response.ok ? (vi ? 'Đã xếp hàng gửi lại.' : 'Queued to send again.') : (body.error?.message ?? `HTTP ${response.status}`))
  }

  return (
    <div className="resend-webhook" style={{ marginBottom: '1.5rem' }}>
      <Button buttonStyle="secondary" disabled={busy} onClick={() => void resend()} size="small">
        {vi ? 'Gửi lại' : 'Send again'}
      </Button>
      {message && <p role="status">{message}</p>}
    </div>
  )
}
