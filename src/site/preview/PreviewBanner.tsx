import React from 'react'

import { formatDateTime } from '@/i18n/formatDateTime'
import { messagesIn } from '@/i18n/defineMessages'
import { previewMessages } from '@/i18n/messages/preview'
import { type Lang } from '@/i18n/lang'

/** Above every preview: this is an unpublished draft, and, on a shared link, when the link ends (Viet Nam time). */
export function PreviewBanner({ lang, expiresAt }: { lang: Lang; expiresAt?: Date | string | null }) {
  const words = messagesIn(previewMessages, lang)
  return (
    <div className="preview-banner" role="status" data-testid="preview-banner">
      <strong>{words.banner}</strong> <span>{words.bannerDraft}</span>
      {expiresAt && <span> {words.bannerExpires(formatDateTime(expiresAt, lang))}</span>}
    </div>
  )
}
