import React from 'react'

import type { BriefingPack, Campaign } from '../../../payload-types'
import { EmbargoBanner } from '../components/EmbargoBanner'
import { Figure } from '../components/Figure'
import { PublicUpdateNote } from '../components/PublicUpdateNote'
import { BriefingPackBody } from '@/content/briefingPacks/BriefingPackBody'
import type { WithPublicUpdate } from '@/content/public/loadPublicUpdate'
import { mediaOf, populated } from '@/content/public/mediaOf'
import { SiteShell } from '../SiteShell'
import { sitePath } from '@/i18n/siteCopy'
import { PAGE_COPY } from '@/i18n/pageCopy'
import { WrittenInNote } from '../components/WrittenInNote'
import { type Lang } from '@/i18n/lang'

type Props = { lang: Lang; pack: WithPublicUpdate<BriefingPack> & { contentLang?: Lang }; pathPrefix?: string }

const sizeOf = (bytes: number | null | undefined) => (bytes ? `${Math.max(1, Math.round(bytes / 1024))} KB` : '')

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
        <BriefingPackBody
          pack={pack}
          lang={lang}
          documents={
            documents.length > 0 ? (
              <ul>
                {documents.map((doc) => (
                  <li key={doc.id}>
                    <a href={doc.url ?? '#'}>{doc.caption || doc.alt || doc.filename}</a>{' '}
                    <span className="muted">
                      ({doc.filename}, {sizeOf(doc.filesize)})
                    </span>
                  </li>
                ))}
              </ul>
            ) : undefined
          }
          images={
            images.length > 0 ? (
              <div className="gallery">
                {images.map((media) => (
                  <Figure key={media.id} media={media} lang={lang} showTerms />
                ))}
              </div>
            ) : undefined
          }
        />
      </article>
    </SiteShell>
  )
}
