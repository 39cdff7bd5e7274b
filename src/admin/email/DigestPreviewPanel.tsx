'use client'

import { Button, useDocumentInfo, useTranslation } from '@payloadcms/ui'
import React, { useState } from 'react'

/** On a subscriber: preview the digest they would get now, and send that preview to yourself. */
export function DigestPreviewPanel() {
  const { id } = useDocumentInfo()
  const { i18n } = useTranslation()
  const vi = i18n.language === 'vi'
  const [message, setMessage] = useState<string | null>(null)
  if (!id) return null
  const sendTest = async () => {
    const response = await fetch(`/api/subscribers/${id}/send-test`, { method: 'POST', credentials: 'include' })
    const body = (await response.json().catch(() => ({}))) as { to?: string; error?: { message?: string } }
    setMessage(response.ok ? (vi ? `Đã gửi thư thử tới ${body.to}.` : `Test sent to ${body.to}.`) : (body.error?.message ?? `HTTP ${response.status}`))
  }
  return (
    <div data-testid="digest-preview-panel" style={{ marginBottom: '1.5rem' }}>
      <p>
        <a href={`/api/subscribers/${id}/digest-preview`} target="_blank" rel="noreferrer">
          {vi ? 'Xem trước bản tin' : 'Preview the digest'}
        </a>
      </p>
      <Button buttonStyle="secondary" size="small" onClick={() => void sendTest()}>
        {vi ? 'Gửi thử cho tôi' : 'Send a test to me'}
      </Button>
      {message && <p role="status">{message}</p>}
    </div>
  )
}
