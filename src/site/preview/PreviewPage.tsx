import React from 'react'

import type { PreviewItem } from '@/preview/loadPreviewItem'
import { LivePreview } from './LivePreview'
import { PreviewBanner } from './PreviewBanner'
import { PreviewBody } from './PreviewBody'
import { type Lang } from '@/i18n/lang'

type Props = { lang: Lang; item: PreviewItem; expiresAt?: Date | null; live?: boolean }

/**
 * A working copy drawn by the public page component of its type, under the preview banner.
 * `live` joins Payload's live preview in the admin: the page follows the editor's typing.
 */
export function PreviewPage({ lang, item, expiresAt, live }: Props) {
  return (
    <>
      <PreviewBanner lang={lang} expiresAt={expiresAt} />
      {live ? (
        <LivePreview collection={item.collection} id={String(item.doc.id)} lang={lang}>
          <PreviewBody lang={lang} item={item} />
        </LivePreview>
      ) : (
        <PreviewBody lang={lang} item={item} />
      )}
    </>
  )
}
