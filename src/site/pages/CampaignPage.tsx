import React from 'react'

import type { Article, BriefingPack, Campaign } from '../../../payload-types'
import { Figure } from '../components/Figure'
import { Helplines } from '../components/Helplines'
import { ItemList } from '../components/ItemList'
import { PublicUpdateNote } from '../components/PublicUpdateNote'
import { RichText } from '../components/RichText'
import type { WithPublicUpdate } from '@/content/public/loadPublicUpdate'
import { mediaOf } from '@/content/public/mediaOf'
import { articleSummary, packSummary } from '../content/summaries'
import { SiteShell } from '../SiteShell'
import { siteIdentity } from '../siteIdentity'
import { sitePath } from '@/i18n/siteCopy'
import { PAGE_COPY } from '@/i18n/pageCopy'
import { WrittenInNote } from '../components/WrittenInNote'
import { type Lang } from '@/i18n/lang'

type Props = { lang: Lang; campaign: WithPublicUpdate<Campaign> & { contentLang?: Lang }; articles: Article[]; packs: BriefingPack[] }

/** A campaign: its key messages, what to do, its articles and briefing packs, and who to call. */
export async function CampaignPage({ lang, campaign, articles, packs }: Props) {
  const identity = await siteIdentity(lang)
  const copy = PAGE_COPY[lang]
  const hero = mediaOf(campaign.heroImage)[0]
  return (
    <SiteShell lang={lang} alternatePath={sitePath(lang === 'vi' ? 'en' : 'vi', `/campaigns/${campaign.slug}`)}>
      <WrittenInNote lang={lang} contentLang={campaign.contentLang} />
      <article lang={campaign.contentLang && campaign.contentLang !== lang ? campaign.contentLang : undefined}>
        <p className="kicker">{copy.campaign}</p>
        <h1>{campaign.title}</h1>
        {campaign.summary && <p className="lead">{campaign.summary}</p>}
        <PublicUpdateNote update={campaign.publicUpdate} lang={lang} />
        {hero && <Figure media={hero} lang={lang} size="feature" />}
        {(campaign.keyMessages ?? []).length > 0 && (
          <section aria-labelledby="key-messages">
            <h2 id="key-messages">{copy.keyMessages}</h2>
            <ul className="key-messages">
              {campaign.keyMessages!.map((row) => (
                <li key={row.id ?? row.message}>{row.message}</li>
              ))}
            </ul>
          </section>
        )}
        <RichText value={campaign.body} />
        {(campaign.callsToAction ?? []).length > 0 && (
          <section aria-labelledby="calls-to-action">
            <h2 id="calls-to-action">{copy.callsToAction}</h2>
            <ul className="link-list link-list--buttons">
              {campaign.callsToAction!.map((row) => (
                <li key={row.id ?? row.url}>
                  <a className="button" href={row.url}>
                    {row.label}
                  </a>
                </li>
              ))}
            </ul>
          </section>
        )}
        <Helplines lang={lang} helplines={[...identity.helplines, ...(campaign.helplines ?? []).map((line) => ({ name: line.name, phone: line.phone }))]} />
        <section aria-labelledby="campaign-articles">
          <h2 id="campaign-articles">{copy.campaignArticles}</h2>
          <ItemList items={articles.map(articleSummary)} lang={lang} empty={copy.noArticles} />
        </section>
        {packs.length > 0 && (
          <section aria-labelledby="campaign-packs">
            <h2 id="campaign-packs">{copy.packs}</h2>
            <ItemList items={packs.map(packSummary)} lang={lang} empty={copy.noPacks} />
          </section>
        )}
      </article>
    </SiteShell>
  )
}
