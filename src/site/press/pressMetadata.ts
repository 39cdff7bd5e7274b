import type { Metadata } from 'next'

import { siteMetadata } from '../siteMetadata'
import { PRESS_COPY } from './pressCopy'
import { type Lang } from '@/i18n/lang'

/**
 * Press room pages carry the same metadata as every page (canonical, hreflang, OpenGraph,
 * Twitter card, feeds), but are for one signed-in person or lead to one: never indexed.
 */
export const pressMetadata = async (lang: Lang, title: string | undefined, path: string): Promise<Metadata> => ({
  ...(await siteMetadata({ lang, path, title: title ?? PRESS_COPY[lang].pressRoom })),
  robots: { index: false, follow: false },
})
