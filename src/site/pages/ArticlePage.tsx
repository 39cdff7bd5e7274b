import React from 'react'

import type { Article, Audience, Campaign, Topic } from '../../../payload-types'
import { EmbargoBanner } from '../components/EmbargoBanner'
import { Figure } from '../components/Figure'
import { ItemList } from '../components/ItemList'
import { PrintButton } from '../components/PrintButton'
import { PublicUpdateNote } from '../components/PublicUpdateNote'
import { RichText } from '../components/RichText'
import type { WithPublicUpdate } from '@/content/public/loadPublicUpdate'
import { mediaOf, populated } from '@/content/public/mediaOf'
import { articleSummary } from '../content/summaries'
import { SiteShell } from '../SiteShell'
import { sitePath } from '@/i18n/siteCopy'
import { PAGE_COPY } from '@/i18n/pageCopy'
import { formatDate as formatDay } from '@/i18n/formatDateTime'
import { WrittenInNote } from '../components/WrittenInNote'
import { type Lang } from '@/i18n/lang'

type Props = { lang: Lang; article: WithPublicUpdate<Article> & { contentLang?: Lang }; related: Article[]; pathPrefix?: string }

const formatDate = (iso: string, _lang: Lang) => formatDay(iso)

/** An article: body, images with credits, its campaign and topics, related articles, and a print view. */
export function ArticlePage({ lang, article, related, pathPrefix = '' }: Props) {
  const copy = PAGE_COPY[lang]
  const campaign = populated<Campaign>(article.campaign)[0]
  const topics = populated<Topic>(article.topics)
  const audiences = populated<Audience>(article.audiences)
  return (
    <SiteShell lang={lang} alternatePath={sitePath(lang === 'vi' ? 'en' : 'vi', `${pathPrefix}/articles/${article.slug}`)}>
      <WrittenInNote lang={lang} contentLang={article.contentLang} />
      <article className="article" lang={article.contentLang && article.contentLang !== lang ? article.contentLang : undefined}>
        <EmbargoBanner until={article.embargoUntil} lang={lang} />
        {campaign && (
          <p className="kicker">
            <a href={sitePath(lang, `/campaigns/${campaign.slug}`)}>{campaign.title}</a>
          </p>
        )}
        <h1>{article.headline}</h1>
        <p className="muted">
          {formatDate(article.createdAt, lang)}
          {article.byline ? ` · ${copy.byline}: ${article.byline}` : ''}
        </p>
        {article.standfirst && <p className="lead">{article.standfirst}</p>}
        <PublicUpdateNote update={article.publicUpdate} lang={lang} />
        {mediaOf(article.images)
          .slice(0, 1)
          .map((media) => (
            <Figure key={media.id} media={media} lang={lang} size="feature" />
          ))}
        <RichText value={article.body} />
        {mediaOf(article.images)
          .slice(1)
          .map((media) => (
            <Figure key={media.id} media={media} lang={lang} />
          ))}
        {(topics.length > 0 || audiences.length > 0) && (
          <ul className="link-list tags">
            {topics.map((topic) => (
              <li key={`t${topic.id}`}>
                <a href={sitePath(lang, `/topics/${topic.slug}`)}>{topic.name}</a>
              </li>
            ))}
            {audiences.map((audience) => (
              <li key={`a${audience.id}`}>
                <a href={sitePath(lang, `/audiences/${audience.slug}`)}>{audience.name}</a>
              </li>
            ))}
          </ul>
        )}
        <p>
          <PrintButton label={copy.print} />
        </p>
      </article>
      <section aria-labelledby="related" className="no-print">
        <h2 id="related">{copy.related}</h2>
        <ItemList items={related.map(articleSummary)} lang={lang} empty={copy.noArticles} pathPrefix={pathPrefix} />
      </section>
    </SiteShell>
  )
}
