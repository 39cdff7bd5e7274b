import React from 'react'

import type { PreviewItem } from '@/preview/loadPreviewItem'
import type { SiteLanguage } from '@/i18n/siteCopy'
import { ArticlePage } from '../pages/ArticlePage'
import { BriefingPackPage } from '../pages/BriefingPackPage'
import { CampaignPage } from '../pages/CampaignPage'
import { PreviewBanner } from './PreviewBanner'
import { RefreshOnSave } from './RefreshOnSave'

type Props = { lang: SiteLanguage; item: PreviewItem; expiresAt?: Date | null; live?: boolean }

/**
 * A working copy drawn by the public page component of its type, under the preview
 * banner. Lists of other items (a campaign's articles, related articles) are left empty:
 * the preview is of this item alone. `live` joins Payload's live preview in the admin.
 */
export function PreviewPage({ lang, item, expiresAt, live }: Props) {
  return (
    <>
      <PreviewBanner lang={lang} expiresAt={expiresAt} />
      {live && <RefreshOnSave />}
      {item.collection === 'campaigns' && <CampaignPage lang={lang} campaign={item.doc} articles={[]} packs={[]} />}
      {item.collection === 'articles' && <ArticlePage lang={lang} article={item.doc} related={[]} />}
      {item.collection === 'briefing-packs' && <BriefingPackPage lang={lang} pack={item.doc} />}
    </>
  )
}
