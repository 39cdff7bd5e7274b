import { notFound } from 'next/navigation'
import React from 'react'

import { codePath } from '@/consultation/site/codePaths'
import { SiteShell } from '../SiteShell'
import { CodeClauses } from './CodeClauses'
import { CODE_COPY, formatDate } from './codeCopy'
import { codeViewData } from './codeViewData'
import { type Lang } from '@/i18n/lang'

/** One frozen revision, exactly as it was published. */
export async function RevisionPage({ lang, slug, revision }: { lang: Lang; slug: string; revision: string }) {
  const view = await codeViewData(slug)
  const frozen = view?.revisions.find((item) => item.revision === revision)
  if (!view || !frozen) notFound()
  const copy = CODE_COPY[lang]
  const index = view.revisions.indexOf(frozen)
  const previous = view.revisions[index - 1]
  return (
    <SiteShell lang={lang} alternatePath={codePath(lang === 'vi' ? 'en' : 'vi', slug, `revisions/${encodeURIComponent(revision)}`)}>
      <h1>{frozen.snapshot.title[lang]}</h1>
      <p className="muted">
        {copy.revision} {frozen.revision} · {copy.publishedAt} {formatDate(frozen.publishedAt, lang)}
      </p>
      <p className="notice">
        {copy.frozen} {frozen !== view.current && <a href={codePath(lang, slug)}>{copy.current}</a>}
        {previous && (
          <>
            {' · '}
            <a href={codePath(lang, slug, `diff?from=${encodeURIComponent(previous.revision)}&to=${encodeURIComponent(frozen.revision)}`)}>
              {copy.compare}: {previous.revision} → {frozen.revision}
            </a>
          </>
        )}
      </p>
      {frozen.snapshot.summary[lang] && <p>{frozen.snapshot.summary[lang]}</p>}
      <CodeClauses snapshot={frozen.snapshot} lang={lang} />
    </SiteShell>
  )
}

/** Every frozen revision of a code, newest first. */
export async function RevisionListPage({ lang, slug }: { lang: Lang; slug: string }) {
  const view = await codeViewData(slug)
  if (!view) notFound()
  const copy = CODE_COPY[lang]
  const newestFirst = [...view.revisions].reverse()
  return (
    <SiteShell lang={lang} alternatePath={codePath(lang === 'vi' ? 'en' : 'vi', slug, 'revisions')}>
      <h1>
        {copy.revisions}: {view.current.snapshot.title[lang]}
      </h1>
      <ol reversed>
        {newestFirst.map((item, index) => {
          const previous = newestFirst[index + 1]
          return (
            <li key={item.id}>
              <a href={codePath(lang, slug, `revisions/${encodeURIComponent(item.revision)}`)}>{item.revision}</a> · {formatDate(item.publishedAt, lang)}
              {previous && (
                <>
                  {' · '}
                  <a href={codePath(lang, slug, `diff?from=${encodeURIComponent(previous.revision)}&to=${encodeURIComponent(item.revision)}`)}>
                    {copy.compare} ({previous.revision} → {item.revision})
                  </a>
                </>
              )}
            </li>
          )
        })}
      </ol>
      <p>
        <a href={codePath(lang, slug)}>{copy.current}</a>
      </p>
    </SiteShell>
  )
}
