import React from 'react'

import { formatVietnamTime } from '../../admin/workflow/formatVietnamTime'
import type { PublicUpdate } from '../content/loadPublicUpdate'
import { PAGE_COPY } from '../pages/pageCopy'
import type { SiteLanguage } from '../siteCopy'

/** "Cập nhật lúc 03/12/2026 10:15 giờ Việt Nam: …": what the latest major update changed, said where readers see the item. */
export function PublicUpdateNote({ update, lang }: { update: PublicUpdate | null | undefined; lang: SiteLanguage }) {
  if (!update) return null
  return (
    <p className="change-note" role="note" data-testid="change-note">
      <strong>
        {PAGE_COPY[lang].updatedAt} {formatVietnamTime(update.at, lang)}:
      </strong>{' '}
      {update.note}
    </p>
  )
}
