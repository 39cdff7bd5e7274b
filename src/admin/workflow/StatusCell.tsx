import type { DefaultServerCellComponentProps } from 'payload'
import React from 'react'

import { readItemState } from '@/workflow/itemState'
import { statusText } from '@/workflow/statusText'

/**
 * The list column: the same one status as the panel. A list shows working copies, so the
 * live state is read from the item's live row (one indexed lookup per row shown).
 */
export async function StatusCell({ rowData, payload, collectionConfig, i18n }: DefaultServerCellComponentProps) {
  const live = await payload.db.findOne<{ id: number; _status?: string; stage?: string; withdrawnAt?: string | null }>({
    collection: collectionConfig.slug,
    where: { id: { equals: rowData.id } },
  })
  const state = readItemState({ live: live ?? null, latest: rowData as { stage?: string; publishAt?: string | null } })
  return <span data-testid="status-cell">{statusText(state, i18n.language)}</span>
}
