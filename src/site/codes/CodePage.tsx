import { notFound } from 'next/navigation'
import React from 'react'

import { COMMENT_MAX_CHARS, COMMENTER_GROUPS } from '@/consultation/comments/commentVocabulary'
import { loadPublishedComments } from '@/consultation/comments/loadPublishedComments'
import { HONEYPOT_FIELD } from '@/consultation/comments/parseCommentInput'
import { CODE_STATUSES } from '@/consultation/codeStatuses'
import { flattenClauses } from '@/consultation/diff/diffRevisions'
import { clauseLabel } from '@/consultation/snapshot/clauseLabel'
import { codePath } from '@/consultation/site/codePaths'
import { deliveryPayload } from '@/deliveryPayload'
import { SiteShell } from '../SiteShell'
import { sitePageMessages } from '@/i18n/messages/sitePages'
import { CodeClauses } from './CodeClauses'
import { CODE_COPY, formatDate } from './codeCopy'
import { CommentForm } from './CommentForm'
import { CommentList } from './CommentList'
import { ConsultationNotice } from './ConsultationNotice'
import { codeViewData } from './codeViewData'
import { type Lang } from '@/i18n/lang'

type Props = { lang: Lang; slug: string; searchParams: Record<string, string | string[] | undefined> }

const one = (value: string | string[] | undefined): string | undefined => (Array.isArray(value) ? value[0] : value)

/**
 * A code of conduct as the public reads it: the current revision, numbered, with the
 * published comments and answers under each clause, and the comment form while the
 * consultation is open.
 */
export async function CodePage({ lang, slug, searchParams }: Props) {
  const payload = await deliveryPayload()
  const view = await codeViewData(slug)
  if (!view) notFound()
  const comments = await loadPublishedComments(payload, view.code.id)
  const copy = CODE_COPY[lang]
  const { snapshot } = view.current
  const other = lang === 'vi' ? 'en' : 'vi'
  const byClause = (key: string | null) => comments.filter((comment) => comment.clauseKey === key)
  const open = view.consultation.state === 'open'
  const clauses = flattenClauses(snapshot)
  const selected = one(searchParams.clause)
  const received = one(searchParams.comment) === 'received'
  const formError = one(searchParams['comment-error'])

  return (
    <SiteShell lang={lang} alternatePath={codePath(other, slug)}>
      <article>
        <h1>{snapshot.title[lang]}</h1>
        <p className="muted">
          {copy.revision} {view.current.revision} · {copy.publishedAt} {formatDate(view.current.publishedAt, lang)} · {copy.status}:{' '}
          {CODE_STATUSES.find((status) => status.value === snapshot.status)?.label[lang]}
        </p>
        {snapshot.summary[lang] && <p>{snapshot.summary[lang]}</p>}
        <ConsultationNotice state={view.consultation} lang={lang} />
        {received && (
          <p className="notice notice--ok" role="status">
            {sitePageMessages[lang].commentReceived}
          </p>
        )}
        {formError && (
          <p className="notice notice--warning" role="alert">
            {formError}
          </p>
        )}
        <ul className="link-list no-print">
          <li>
            <a href={codePath(lang, slug, 'revisions')}>{copy.revisions}</a>
          </li>
          {view.revisions.length > 1 && (
            <li>
              <a href={codePath(lang, slug, 'diff')}>{copy.compare}</a>
            </li>
          )}
          <li>
            <a href={codePath(lang, slug, 'report')}>{copy.report}</a>
          </li>
          <li>
            <a href={codePath(lang, slug, 'print')}>{copy.print}</a>
          </li>
        </ul>
        <CodeClauses
          snapshot={snapshot}
          lang={lang}
          afterClause={(key, number) => (
            <>
              <CommentList comments={byClause(key)} lang={lang} slug={slug} revisions={view.revisions} />
              {open && (
                <p className="no-print">
                  <a href={`${codePath(lang, slug)}?clause=${encodeURIComponent(key)}#comment-form`} aria-label={`${copy.commentOnClause} ${number}`}>
                    {copy.commentOnClause}
                  </a>
                </p>
              )}
            </>
          )}
        />
        <section aria-labelledby="general-comments">
          <h2 id="general-comments">{copy.generalComments}</h2>
          {byClause(null).length === 0 ? (
            <p>{copy.noComments}</p>
          ) : (
            <CommentList comments={byClause(null)} lang={lang} slug={slug} revisions={view.revisions} />
          )}
        </section>
        {open && (
          <CommentForm
            lang={lang}
            slug={slug}
            action={codePath(lang, slug, 'comments')}
            clauses={clauses.map((clause) => ({
              value: clause.key,
              label: `${clauseLabel(clause, lang)}${clause.heading[lang] ? `: ${clause.heading[lang]}` : ''}`,
            }))}
            groups={COMMENTER_GROUPS.map((group) => ({ value: group.value, label: group.label[lang] }))}
            selectedClause={selected}
            maxChars={COMMENT_MAX_CHARS}
            honeypotField={HONEYPOT_FIELD}
          />
        )}
        {snapshot.changelog.length > 0 && (
          <section aria-labelledby="changelog">
            <h2 id="changelog">{copy.changelog}</h2>
            <ul>
              {snapshot.changelog.map((entry, index) => (
                <li key={index}>
                  <strong>{entry.revision}</strong>
                  {entry.date ? ` (${formatDate(entry.date, lang)})` : ''}: {entry.note[lang]}
                </li>
              ))}
            </ul>
          </section>
        )}
      </article>
    </SiteShell>
  )
}
