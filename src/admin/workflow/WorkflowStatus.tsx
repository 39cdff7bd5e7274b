'use client'

import { useDocumentInfo, useTranslation } from '@payloadcms/ui'
import React, { useEffect, useState } from 'react'

import { useAdminWords } from '@/admin/useAdminWords'
import { formatDateTime } from '@/i18n/formatDateTime'
import { adminLang } from '@/i18n/lang'
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
  const words = useAdminWords('workflow')
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
  const saved = savedDocumentData as { updatedAt?: string; createdAt?: string } | undefined
  const lang = adminLang(i18n.language)
  return (
    <div className="doc-controls__status workflow-header" data-testid="workflow-header-status-bar">
      <span style={{ fontWeight: 500 }} data-testid="workflow-header-status">
        {statusText(state, i18n.language)}
      </span>
      {/* In Viet Nam time whatever the browser's zone; Payload's own two timestamps, which follow the browser, are hidden (custom.scss). */}
      {saved?.updatedAt && (
        <span className="workflow-header__time" data-testid="workflow-header-updated">
          {words.header.lastModified}: {formatDateTime(saved.updatedAt, lang)}
        </span>
      )}
      {saved?.createdAt && (
        <span className="workflow-header__time">
          {words.header.created}: {formatDateTime(saved.createdAt, lang)}
        </span>
      )}
    </div>
  )
}
