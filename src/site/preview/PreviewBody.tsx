import React from 'react'

import type { PreviewItem } from '@/preview/loadPreviewItem'
import { ArticlePage } from '../pages/ArticlePage'
import { BriefingPackPage } from '../pages/BriefingPackPage'
import { CampaignPage } from '../pages/CampaignPage'
import { type Lang } from '@/i18n/lang'

/**
 * A working copy drawn by the public page component of its type. Lists of other items (a
 * campaign's articles, related articles) are left empty: the preview is of this item alone.
 */
export function PreviewBody({ lang, item }: { lang: Lang; item: PreviewItem }) {
  if (item.collection === 'campaigns') return <CampaignPage lang={lang} campaign={item.doc} articles={[]} packs={[]} />
  if (item.collection === 'articles') return <ArticlePage lang={lang} article={item.doc} related={[]} />
  return <BriefingPackPage lang={lang} pack={item.doc} />
}
