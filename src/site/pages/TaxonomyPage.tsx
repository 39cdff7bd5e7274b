import React from 'react'

import type { Article, Campaign } from '../../../payload-types'
import { ItemList } from '../components/ItemList'
import { articleSummary, campaignSummary } from '../content/summaries'
import { SiteShell } from '../SiteShell'
import { sitePath } from '@/i18n/siteCopy'
import { PAGE_COPY } from '@/i18n/pageCopy'
import { type Lang } from '@/i18n/lang'

type Props = {
  lang: Lang
  kind: 'topics' | 'audiences'
  term: { slug?: string | null; name: string; description?: string | null }
  campaigns: Campaign[]
  articles: Article[]
}

/** The campaigns and articles published about one topic, or for one audience. */
export function TaxonomyPage({ lang, kind, term, campaigns, articles }: Props) {
  const copy = PAGE_COPY[lang]
  return (
    <SiteShell lang={lang} alternatePath={sitePath(lang === 'vi' ? 'en' : 'vi', `/${kind}/${term.slug}`)}>
      <p className="kicker">{kind === 'topics' ? copy.topic : copy.audience}</p>
      <h1>{term.name}</h1>
      {term.description && <p className="lead">{term.description}</p>}
      {campaigns.length > 0 && (
        <section aria-labelledby="listing-campaigns">
          <h2 id="listing-campaigns">{copy.campaigns}</h2>
          <ItemList items={campaigns.map(campaignSummary)} lang={lang} empty={copy.noCampaigns} />
        </section>
      )}
      <section aria-labelledby="listing-articles">
        <h2 id="listing-articles">{copy.articles}</h2>
        <ItemList items={articles.map(articleSummary)} lang={lang} empty={copy.noArticles} />
      </section>
    </SiteShell>
  )
}
