import { notFound } from 'next/navigation'
import React from 'react'

import type { FrozenRevision } from '@/consultation/revisions/loadRevisions'
import { clauseAnchor } from '@/consultation/snapshot/clauseLabel'
import { codePath } from '@/consultation/site/codePaths'
import { SiteShell } from '../SiteShell'
import { CODE_COPY, formatDate } from './codeCopy'
import { REPORT_COPY } from './reportCopy'
import { codeViewData } from './codeViewData'
import { type Lang } from '@/i18n/lang'

/**
 * The current revision as a clean numbered document for the ministry's leaders: the text
 * alone, laid out as Vietnamese legal texts are (Chương, Điều, numbered clauses), with no
 * comments; the site's header, footer and this page's links drop out when printed.
 */
export async function PrintPage({ lang, slug }: { lang: Lang; slug: string }) {
  const view = await codeViewData(slug)
  if (!view) notFound()
  return <PrintView lang={lang} slug={slug} current={view.current} />
}

/** The print version's markup for one frozen revision, apart from the loading. */
export function PrintView({ lang, slug, current }: { lang: Lang; slug: string; current: FrozenRevision }) {
  const copy = CODE_COPY[lang]
  const reportCopy = REPORT_COPY[lang]
  const { snapshot } = current
  return (
    <SiteShell lang={lang} alternatePath={codePath(lang === 'vi' ? 'en' : 'vi', slug, 'print')}>
      <div className="no-print">
        <ul className="link-list">
          <li>
            <a href={codePath(lang, slug)}>{reportCopy.backToCode}</a>
          </li>
          <li>
            <a href={codePath(lang, slug, 'print.pdf')}>{reportCopy.downloadPdf}</a>
          </li>
        </ul>
        <p className="notice">{reportCopy.printDocHint}</p>
      </div>
      <article className="print-document">
        <header className="print-document__head">
          <h1>{snapshot.title[lang]}</h1>
          <p>
            {copy.revision} {current.revision} · {copy.publishedAt} {formatDate(current.publishedAt, lang)}
          </p>
        </header>
        {snapshot.chapters.map((chapter) => (
          <section key={chapter.key} className="print-chapter" aria-labelledby={`print-chapter-${chapter.key}`}>
            <h2 id={`print-chapter-${chapter.key}`}>
              {copy.chapter} {chapter.roman}. {chapter.title[lang]}
            </h2>
            {chapter.articles.map((article) => (
              <section key={article.key} className="print-article" aria-labelledby={`print-article-${article.key}`}>
                <h3 id={`print-article-${article.key}`}>
                  {copy.article} {article.number}. {article.title[lang]}
                </h3>
                {article.clauses.map((clause) => {
                  const heading = clause.heading[lang].trim().replace(/[.:]$/, '')
                  return (
                    <div key={clause.key} id={clauseAnchor(clause.key)} className="print-clause" data-clause-number={clause.number}>
                      <span className="print-clause__number">{clause.clause}.</span> {heading && <strong>{heading}. </strong>}
                      {/* Rendered by the CMS's Lexical converter, which escapes text; the editors' markup only. */}
                      <div className="print-clause__text" dangerouslySetInnerHTML={{ __html: clause.html[lang] }} />
                    </div>
                  )
                })}
              </section>
            ))}
          </section>
        ))}
      </article>
    </SiteShell>
  )
}
