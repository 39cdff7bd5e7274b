import type { Metadata } from 'next'

import type { SiteLanguage } from '../siteCopy'
import { PRESS_COPY } from './pressCopy'

/** Press room pages are for one signed-in person or lead to one: never indexed, never previewed. */
export const pressMetadata = (lang: SiteLanguage, title?: string): Metadata => ({
  title: title ?? PRESS_COPY[lang].pressRoom,
  robots: { index: false, follow: false },
})
