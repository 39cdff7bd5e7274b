'use client'

import { useAdminWords } from '@/admin/useAdminWords'
import { Button, useDocumentInfo } from '@payloadcms/ui'
import React, { useState } from 'react'

/** On a subscriber: preview the digest they would get now, and send that preview to yourself. */
export function DigestPreviewPanel() {
  const { id } = useDocumentInfo()
  const words = useAdminWords('adminTools')
  const [message, setMessage] = useState<string | null>(null)
  if (!id) return null
  const sendTest = async () => {
    const response = await fetch(`/api/subscribers/${id}/send-test`, { method: 'POST', credentials: 'include' })
    const body = (await response.json().catch(() => ({}))) as { to?: string; error?: { message?: string } }
    setMessage(response.ok ? words.testSent(String(body.to ?? '')) : (body.error?.message ?? words.failedWithStatus(response.status)))
  }
  return (
    <div data-testid="digest-preview-panel" style={{ marginBottom: '1.5rem' }}>
      <p>
        <a href={`/api/subscribers/${id}/digest-preview`} target="_blank" rel="noreferrer">
          {words.previewDigest}
        </a>
      </p>
      <Button buttonStyle="secondary" size="small" onClick={() => void sendTest()}>
        {words.sendTestToMe}
      </Button>
      {message && <p role="status">{message}</p>}
    </div>
  )
}
