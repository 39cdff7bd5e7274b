import React from 'react'

import { clauseAnchor } from '@/consultation/snapshot/clauseLabel'
import type { CodeSnapshot } from '@/consultation/snapshot/types'
import { CODE_COPY } from './codeCopy'
import { type Lang } from '@/i18n/lang'

type Props = {
  snapshot: CodeSnapshot
  lang: Lang
  /** What follows each clause on the page: its comments and a link to comment, on the live page. */
  afterClause?: (key: string, number: string) => React.ReactNode
}

/** The numbered text of a revision: Chương I → Điều 1 → Khoản 1, each clause anchored by its stable id. */
export function CodeClauses({ snapshot, lang, afterClause }: Props) {
  const copy = CODE_COPY[lang]
  return (
    <div className="code-text">
      {snapshot.chapters.map((chapter) => (
        <section key={chapter.key} className="code-chapter" aria-labelledby={`chapter-${chapter.key}`}>
          <h2 id={`chapter-${chapter.key}`}>
            {copy.chapter} {chapter.roman}. {chapter.title[lang]}
          </h2>
          {chapter.articles.map((article) => (
            <section key={article.key} className="code-article" aria-labelledby={`article-${article.key}`}>
              <h3 id={`article-${article.key}`}>
                {copy.article} {article.number}. {article.title[lang]}
              </h3>
              {article.clauses.map((clause) => (
                <div key={clause.key} id={clauseAnchor(clause.key)} className="clause" data-clause-number={clause.number}>
                  <p>
                    <span className="clause__number">{clause.clause}.</span> {clause.heading[lang] && <strong>{clause.heading[lang]}. </strong>}
                    <span className="visually-hidden">({clause.number})</span>
                  </p>
                  {/* Rendered by the CMS's Lexical converter, which escapes text; the editors' markup only. */}
                  <div className="clause__text" dangerouslySetInnerHTML={{ __html: clause.html[lang] }} />
                  {afterClause?.(clause.key, clause.number)}
                </div>
              ))}
            </section>
          ))}
        </section>
      ))}
    </div>
  )
}
