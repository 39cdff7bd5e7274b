'use client'

import { Button, useDocumentInfo, useTranslation } from '@payloadcms/ui'
import React, { useState } from 'react'
import { messagesIn } from '../../i18n/defineMessages'
import { adminToolMessages } from '../../i18n/messages/adminTools'

/** "Send again" on a webhook delivery: admins re-queue it for an immediate new attempt. */
export function ResendWebhookButton() {
  const { id } = useDocumentInfo()
  const { i18n } = useTranslation()
  const vi = i18n.language === 'vi'
  const words = messagesIn(adminToolMessages, vi ? 'vi' : 'en')
  const [message, setMessage] = useState<string | null>(null)
  const [busy, setBusy] = useState(false)
  if (!id) return null

  const resend = async () => {
    setBusy(true)
    const response = await fetch(`/api/webhook-deliveries/${id}/resend`, { method: 'POST', credentials: 'include' })
    const body = (await response.json().catch(() => ({}))) as { error?: { message?: string } }
    setBusy(false)
    setMessage(response.ok ? words.queuedAgain : (body.error?.message ?? `HTTP ${response.status}`))
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
