import React from 'react'

import { COMMENTER_GROUPS, DISPOSITIONS, labelOf } from '@/consultation/comments/commentVocabulary'
import type { PublicComment } from '@/consultation/comments/loadPublishedComments'
import { flattenClauses } from '@/consultation/diff/diffRevisions'
import type { FrozenRevision } from '@/consultation/revisions/loadRevisions'
import { clauseAnchor } from '@/consultation/snapshot/clauseLabel'
import { codePath } from '@/consultation/site/codePaths'
import { CODE_COPY, formatDate } from './codeCopy'
import { type Lang } from '@/i18n/lang'

type Props = { comments: PublicComment[]; lang: Lang; slug: string; revisions: FrozenRevision[] }

/** Where an answer's "changed in" link goes: the clause, by its stable id, in the later revision. */
function linkedClauseHref(slug: string, lang: Lang, revisions: FrozenRevision[], revision: string, number: string): string {
  const frozen = revisions.find((item) => item.revision === revision)
  const clause = frozen ? flattenClauses(frozen.snapshot).find((item) => item.number === number) : undefined
  return codePath(lang, slug, `revisions/${encodeURIComponent(revision)}${clause ? `#${clauseAnchor(clause.key)}` : ''}`)
}

/**
 * Published comments and their answers. Everything a commenter wrote is rendered as text
 * by React, so HTML in a comment shows as HTML source and never runs. Names and emails are
 * not in the data at all.
 */
export function CommentList({ comments, lang, slug, revisions }: Props) {
  const copy = CODE_COPY[lang]
  if (comments.length === 0) return null
  return (
    <ul className="comments" aria-label={copy.comments} style={{ listStyle: 'none', padding: 0 }}>
      {comments.map((comment) => (
        <li key={comment.id} className="comment" data-comment-id={comment.id}>
          <p className="comment__meta">
            {labelOf(COMMENTER_GROUPS, comment.group, lang)}
            {comment.organisation ? ` · ${comment.organisation}` : ''} · {formatDate(comment.createdAt, lang)} · {copy.revision} {comment.revision}
          </p>
          <div className="comment__text">{comment.text}</div>
          {comment.answer && (
            <div className="answer" data-testid="comment-answer">
              <p style={{ margin: 0 }}>
                <strong>{copy.answer}:</strong> <span className="badge">{labelOf(DISPOSITIONS, comment.answer.disposition, lang)}</span>
              </p>
              <div>{comment.answer.reply[lang]}</div>
              {comment.answer.linkedRevision && comment.answer.linkedClauses.length > 0 && (
                <p style={{ margin: '0.25rem 0 0' }}>
                  {copy.changedIn} {comment.answer.linkedRevision}:{' '}
                  {comment.answer.linkedClauses.map((number, index) => (
                    <React.Fragment key={number}>
                      {index > 0 && ', '}
                      <a href={linkedClauseHref(slug, lang, revisions, comment.answer!.linkedRevision!, number)}>{number}</a>
                    </React.Fragment>
                  ))}
                </p>
              )}
            </div>
          )}
        </li>
      ))}
    </ul>
  )
}
