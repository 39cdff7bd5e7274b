import React from 'react'

import type { Article, Audience, BriefingPack, Campaign, Topic } from '../../../payload-types'
import { deliveryPayload } from '@/deliveryPayload'
import { sitePageMessages } from '@/i18n/messages/sitePages'
import { Helplines } from '../components/Helplines'
import { ItemList } from '../components/ItemList'
import { findPublished } from '@/content/public/findPublished'
import { articleSummary, campaignSummary, packSummary } from '../content/summaries'
import { SiteShell } from '../SiteShell'
import { sitePath } from '@/i18n/siteCopy'
import { PAGE_COPY } from '@/i18n/pageCopy'
import { loadSiteIdentity } from '@/content/settings/loadSiteIdentity'
import { type Lang } from '@/i18n/lang'

const startOfToday = () => new Date(new Date().setUTCHours(0, 0, 0, 0) - 7 * 3600_000).toISOString()

/** The front page: current campaigns, latest articles, featured briefing packs, helplines, and ways in. */
export async function HomePage({ lang }: { lang: Lang }) {
  const payload = await deliveryPayload()
  const copy = PAGE_COPY[lang]
  const [campaigns, articles, packs, topics, audiences] = await Promise.all([
    // Current campaigns: those not yet over (no end date, or ending today or later).
    findPublished<Campaign>(payload, 'campaigns', {
      lang,
      limit: 6,
      sort: '-startDate',
      where: { or: [{ endDate: { exists: false } }, { endDate: { greater_than_equal: startOfToday() } }] },
    }),
    findPublished<Article>(payload, 'articles', { lang, limit: 8 }),
    findPublished<BriefingPack>(payload, 'briefing-packs', { lang, limit: 3 }),
    payload.find({ collection: 'topics', locale: lang, limit: 50, depth: 0, overrideAccess: false, sort: 'name' }),
    payload.find({ collection: 'audiences', locale: lang, limit: 50, depth: 0, overrideAccess: false, sort: 'name' }),
  ])
  const identity = await loadSiteIdentity(payload, lang)
  const helplines = [
    ...identity.helplines,
    ...campaigns.flatMap((campaign) => (campaign.helplines ?? []).map((line) => ({ name: line.name, phone: line.phone }))),
  ]
  return (
    <SiteShell lang={lang} alternatePath={sitePath(lang === 'vi' ? 'en' : 'vi', '/')}>
      <h1>{identity.siteName}</h1>
      <p className="lead">{identity.tagline}</p>
      <div className="columns">
        <div>
          <section aria-labelledby="home-campaigns">
            <h2 id="home-campaigns">{copy.campaigns}</h2>
            <ItemList items={campaigns.map(campaignSummary)} lang={lang} empty={copy.noCampaigns} />
          </section>
          <section aria-labelledby="home-articles">
            <h2 id="home-articles">{copy.articles}</h2>
            <ItemList items={articles.map(articleSummary)} lang={lang} empty={copy.noArticles} />
          </section>
          <section aria-labelledby="home-packs">
            <h2 id="home-packs">{copy.packs}</h2>
            <ItemList items={packs.map(packSummary)} lang={lang} empty={copy.noPacks} />
          </section>
        </div>
        <div>
          <Helplines lang={lang} helplines={helplines} />
          <nav aria-labelledby="home-topics">
            <h2 id="home-topics">{copy.topics}</h2>
            <ul className="link-list">
              {(topics.docs as Topic[]).map((topic) => (
                <li key={topic.id}>
                  <a href={sitePath(lang, `/topics/${topic.slug}`)}>{topic.name}</a>
                </li>
              ))}
            </ul>
          </nav>
          <nav aria-labelledby="home-audiences">
            <h2 id="home-audiences">{copy.audiences}</h2>
            <ul className="link-list">
              {(audiences.docs as Audience[]).map((audience) => (
                <li key={audience.id}>
                  <a href={sitePath(lang, `/audiences/${audience.slug}`)}>{audience.name}</a>
                </li>
              ))}
            </ul>
          </nav>
          <section aria-labelledby="home-press">
            <h2 id="home-press">{copy.forPress}</h2>
            <ul>
              <li>
                <a href={sitePath(lang, '/subscribe')}>{copy.subscribe}</a>
              </li>
              <li>
                <a href={sitePath(lang, '/press')}>{sitePageMessages[lang].pressRoomLink}</a>
              </li>
              <li>
                <a href={`/feeds/${lang}/atom.xml`}>Atom</a> · <a href={`/feeds/${lang}/rss.xml`}>RSS</a> · <a href={`/feeds/${lang}/feed.json`}>JSON Feed</a>
              </li>
            </ul>
          </section>
        </div>
      </div>
    </SiteShell>
  )
}
