import React from 'react'

import type { BriefingPack, Campaign } from '../../../payload-types'
import { EmbargoBanner } from '../components/EmbargoBanner'
import { Figure } from '../components/Figure'
import { PublicUpdateNote } from '../components/PublicUpdateNote'
import type { WithPublicUpdate } from '@/content/public/loadPublicUpdate'
import { mediaOf, populated } from '@/content/public/mediaOf'
import { SiteShell } from '../SiteShell'
import { sitePath, type SiteLanguage } from '@/i18n/siteCopy'
import { PAGE_COPY } from '@/i18n/pageCopy'
import { formatDate } from '../../i18n/formatDateTime'
import { WrittenInNote } from '../components/WrittenInNote'

type Props = { lang: SiteLanguage; pack: WithPublicUpdate<BriefingPack> & { contentLang?: SiteLanguage }; pathPrefix?: string }

const formatDay = (iso: string, _lang: SiteLanguage) => formatDate(iso)
const sizeOf = (bytes: number | null | undefined) => (bytes ? `${Math.max(1, Math.round(bytes / 1024))} KB` : '')
const safeHref = (url: string | null | undefined) => (url && /^https?:\/\//i.test(url) ? url : undefined)

/**
 * A briefing pack laid out for a reporter on deadline: facts with their sources first,
 * then talking points, Q&A, who to call, documents, images and the one-click bundle.
 */
export function BriefingPackPage({ lang, pack, pathPrefix = '' }: Props) {
  const copy = PAGE_COPY[lang]
  const campaign = populated<Campaign>(pack.campaign)[0]
  const documents = mediaOf(pack.documents)
  const images = mediaOf(pack.images)
  return (
    <SiteShell lang={lang} alternatePath={sitePath(lang === 'vi' ? 'en' : 'vi', `${pathPrefix}/briefing-packs/${pack.slug}`)}>
      <WrittenInNote lang={lang} contentLang={pack.contentLang} />
      <article className="pack" lang={pack.contentLang && pack.contentLang !== lang ? pack.contentLang : undefined}>
        <EmbargoBanner until={pack.embargoUntil} lang={lang} />
        <p className="kicker">
          {copy.packs}
          {campaign && (
            <>
              {' · '}
              <a href={sitePath(lang, `/campaigns/${campaign.slug}`)}>{campaign.title}</a>
            </>
          )}
        </p>
        <h1>{pack.title}</h1>
        {pack.summary && <p className="lead">{pack.summary}</p>}
        <PublicUpdateNote update={pack.publicUpdate} lang={lang} />
        <p className="download">
          <a className="button" href={`/press/briefing-packs/${pack.slug}/bundle.zip?lang=${lang}`} download>
            {copy.download}
          </a>
          <span className="muted"> {copy.downloadHint}</span>
        </p>
        {(pack.keyFacts ?? []).length > 0 && (
          <section aria-labelledby="key-facts">
            <h2 id="key-facts">{copy.keyFacts}</h2>
            <ul className="facts">
              {pack.keyFacts!.map((fact) => (
                <li key={fact.id ?? fact.statement}>
                  {fact.figure && <strong className="fact__figure">{fact.figure} </strong>}
                  {fact.statement}
                  <span className="muted">
                    {' '}
                    ({copy.source}: {safeHref(fact.sourceUrl) ? <a href={safeHref(fact.sourceUrl)}>{fact.source}</a> : fact.source}
                    {fact.asOf ? `, ${copy.asOf} ${formatDay(fact.asOf, lang)}` : ''})
                  </span>
                </li>
              ))}
            </ul>
          </section>
        )}
        {(pack.talkingPoints ?? []).length > 0 && (
          <section aria-labelledby="talking-points">
            <h2 id="talking-points">{copy.talkingPoints}</h2>
            <ul>{pack.talkingPoints!.map((row) => <li key={row.id ?? row.point}>{row.point}</li>)}</ul>
          </section>
        )}
        {(pack.qa ?? []).length > 0 && (
          <section aria-labelledby="qa">
            <h2 id="qa">{copy.qa}</h2>
            <dl className="qa">
              {pack.qa!.map((row) => (
                <React.Fragment key={row.id ?? row.question}>
                  <dt>{row.question}</dt>
                  <dd>{row.answer}</dd>
                </React.Fragment>
              ))}
            </dl>
          </section>
        )}
        {(pack.spokespeople ?? []).length > 0 && (
          <section aria-labelledby="spokespeople">
            <h2 id="spokespeople">{copy.spokespeople}</h2>
            <ul className="spokespeople">
              {pack.spokespeople!.map((person) => (
                <li key={person.id ?? person.name}>
                  <strong>{person.name}</strong>
                  {person.role ? `, ${person.role}` : ''}
                  {person.phone && <> · <a href={`tel:${person.phone.replace(/[^\d+]/g, '')}`}>{person.phone}</a></>}
                  {person.email && <> · <a href={`mailto:${person.email}`}>{person.email}</a></>}
                </li>
              ))}
            </ul>
          </section>
        )}
        {documents.length > 0 && (
          <section aria-labelledby="documents">
            <h2 id="documents">{copy.documents}</h2>
            <ul>
              {documents.map((doc) => (
                <li key={doc.id}>
                  <a href={doc.url ?? '#'}>{doc.caption || doc.alt || doc.filename}</a> <span className="muted">({doc.filename}, {sizeOf(doc.filesize)})</span>
                </li>
              ))}
            </ul>
          </section>
        )}
        {images.length > 0 && (
          <section aria-labelledby="images">
            <h2 id="images">{copy.images}</h2>
            <div className="gallery">
              {images.map((media) => <Figure key={media.id} media={media} lang={lang} showTerms />)}
            </div>
          </section>
        )}
      </article>
    </SiteShell>
  )
}
