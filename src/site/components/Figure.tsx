import React from 'react'

import { PAGE_COPY } from '@/i18n/pageCopy'

import type { Media } from '../../../payload-types'
import { type Lang } from '@/i18n/lang'

/** An image with its caption, credit and, where given, usage terms. */
export function Figure({
  media,
  lang,
  showTerms = false,
  size = 'card',
}: {
  media: Media
  lang: Lang
  showTerms?: boolean
  size?: 'card' | 'feature' | 'thumbnail'
}) {
  const sized = media.sizes?.[size]
  const src = sized?.url ?? media.url ?? ''
  return (
    <figure className="figure">
      <img
        src={src}
        alt={media.alt ?? ''}
        width={sized?.width ?? media.width ?? undefined}
        height={sized?.height ?? media.height ?? undefined}
        loading="lazy"
      />
      <figcaption>
        {media.caption && <span>{media.caption} </span>}
        <span className="muted">{/^(ảnh|photo)\s*:/i.test(media.credit ?? '') ? media.credit : `${PAGE_COPY[lang].photo}: ${media.credit}`}</span>
        {showTerms && media.usageTerms && (
          <span className="figure__terms">
            {' '}
            · {PAGE_COPY[lang].usageTerms}: {media.usageTerms}
          </span>
        )}
      </figcaption>
    </figure>
  )
}
