'use client'

import { useDocumentInfo, useTranslation } from '@payloadcms/ui'
import React, { useEffect, useState } from 'react'

import { statusText } from '@/workflow/statusText'

import { listenForWorkflowState, type AnnouncedState } from './workflowStateEvents'

/**
 * Replaces Payload's own draft/published status in the edit view's header, so the admin
 * shows one status: the same live state and working copy as the workflow panel.
 */
export function WorkflowStatus() {
  // `savedDocumentData` changes on every save: a saved edit changes the status, so ask again.
  const { id, collectionSlug, savedDocumentData } = useDocumentInfo()
  const savedAt = (savedDocumentData as { updatedAt?: string } | undefined)?.updatedAt
  const { i18n } = useTranslation()
  const [state, setState] = useState<AnnouncedState | null>(null)

  const endpoint = `/api/workflow/${collectionSlug}/${id}`
  useEffect(() => {
    if (!id) return
    void fetch(endpoint, { credentials: 'include' }).then(async (response) => {
      if (response.ok) setState((await response.json()) as AnnouncedState)
    })
  }, [endpoint, id, savedAt])
  // The workflow panel's newer knowledge (after a refused action, say) wins at once.
  useEffect(() => (id ? listenForWorkflowState(endpoint, setState) : undefined), [endpoint, id])

  if (!id || !state) return null
  return (
    <div className="doc-controls__status" data-testid="workflow-header-status">
      <span style={{ fontWeight: 500 }}>{statusText(state, i18n.language)}</span>
    </div>
  )
}
