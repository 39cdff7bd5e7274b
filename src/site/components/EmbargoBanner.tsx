import React from 'react'

import { PAGE_COPY } from '@/i18n/pageCopy'
import { formatDateTime } from '@/i18n/formatDateTime'
import { type Lang } from '@/i18n/lang'

/** The warning an accredited journalist sees on embargoed material, in Viet Nam time. */
export function EmbargoBanner({ until, lang }: { until: string | null | undefined; lang: Lang }) {
  if (!until || new Date(until).getTime() <= Date.now()) return null
  const time = formatDateTime(until, lang)
  return (
    <p className="embargo-banner" role="alert" data-testid="embargo-banner">
      {PAGE_COPY[lang].embargoedUntil} {time}
    </p>
  )
}
