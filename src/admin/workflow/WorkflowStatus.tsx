'use client'

import { useDocumentInfo, useTranslation } from '@payloadcms/ui'
import React, { useEffect, useState } from 'react'

import { statusText } from '@/workflow/statusText'

/**
 * Replaces Payload's own draft/published status in the edit view's header, so the admin
 * shows one status: the same live state and working copy as the workflow panel.
 */
export function WorkflowStatus() {
  // `savedDocumentData` changes on every save: a saved edit changes the status, so ask again.
  const { id, collectionSlug, savedDocumentData } = useDocumentInfo()
  const savedAt = (savedDocumentData as { updatedAt?: string } | undefined)?.updatedAt
  const { i18n } = useTranslation()
  const [state, setState] = useState<{ live: string; working: string | null } | null>(null)

  useEffect(() => {
    if (!id) return
    void fetch(`/api/workflow/${collectionSlug}/${id}`, { credentials: 'include' }).then(async (response) => {
      if (response.ok) setState((await response.json()) as { live: string; working: string | null })
    })
  }, [collectionSlug, id, savedAt])

  if (!id || !state) return null
  return (
    <div className="doc-controls__status" data-testid="workflow-header-status">
      <span style={{ fontWeight: 500 }}>{statusText(state, i18n.language)}</span>
    </div>
  )
}
