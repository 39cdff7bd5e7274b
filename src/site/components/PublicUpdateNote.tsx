import React from 'react'

import { formatDateTime } from '@/i18n/formatDateTime'
import type { PublicUpdate } from '@/content/public/loadPublicUpdate'
import { PAGE_COPY } from '@/i18n/pageCopy'
import { type Lang } from '@/i18n/lang'

/** "Cập nhật lúc 03/12/2026 10:15 giờ Việt Nam: …": what the latest major update changed, said where readers see the item. */
export function PublicUpdateNote({ update, lang }: { update: PublicUpdate | null | undefined; lang: Lang }) {
  if (!update) return null
  return (
    <p className="change-note" role="note" data-testid="change-note">
      <strong>
        {PAGE_COPY[lang].updatedAt} {formatDateTime(update.at, lang)}:
      </strong>{' '}
      {update.note}
    </p>
  )
}
