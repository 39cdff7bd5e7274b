import React from 'react'

import type { ClauseChange, RevisionDiff } from '../diff/diffRevisions'
import { clauseAnchor, clauseLabel } from '../snapshot/clauseLabel'
import type { CodeSnapshot } from '../snapshot/types'
import { flattenClauses } from '../diff/diffRevisions'
import { WordChanges } from './WordChanges'
import { type Lang } from '@/i18n/lang'

const COPY = {
  vi: {
    added: 'Thêm mới',
    removed: 'Bỏ',
    changed: 'Sửa đổi',
    moved: 'Chuyển vị trí',
    renumbered: 'Đánh số lại',
    unchanged: 'Không đổi',
    none: 'Hai phiên bản giống nhau.',
    was: 'trước là',
  },
  en: {
    added: 'Added',
    removed: 'Removed',
    changed: 'Changed',
    moved: 'Moved',
    renumbered: 'Renumbered',
    unchanged: 'Unchanged',
    none: 'The two revisions are the same.',
    was: 'was',
  },
} as const

function ClauseEntry({ change, lang, wholeText }: { change: ClauseChange; lang: Lang; wholeText?: string }) {
  const copy = COPY[lang]
  const place = change.to ?? change.from!
  const tags = [
    change.status !== 'unchanged' ? copy[change.status] : null,
    change.moved ? copy.moved : null,
    change.renumbered ? copy.renumbered : null,
  ].filter(Boolean)
  return (
    <li id={change.to ? clauseAnchor(change.key) : undefined} className={`diff-clause diff-${change.status}`} data-status={change.status} data-key={change.key}>
      <p>
        <strong>{clauseLabel(place, lang)}</strong>
        {change.from && change.to && change.from.number !== change.to.number ? ` (${copy.was} ${clauseLabel(change.from, lang)})` : ''}
        {' · '}
        <em>{tags.join(', ')}</em>
      </p>
      {change.heading && (
        <p className="diff-heading">
          <WordChanges ops={change.heading[lang]} />
        </p>
      )}
      {change.text && (
        <p className="diff-text">
          <WordChanges ops={change.text[lang]} />
        </p>
      )}
      {!change.text && wholeText && (
        <p className="diff-text">
          {change.status === 'removed' ? (
            <del className="diff-del">{wholeText}</del>
          ) : change.status === 'added' ? (
            <ins className="diff-ins">{wholeText}</ins>
          ) : (
            wholeText
          )}
        </p>
      )}
    </li>
  )
}

type Props = {
  diff: RevisionDiff
  lang: Lang
  /** The two revisions, to show the whole text of added and removed clauses. */
  snapshots?: { from: CodeSnapshot; to: CodeSnapshot }
}

/** One diff between two revisions: a summary, then each clause that is not simply unchanged. */
export function RevisionDiffView({ diff, lang, snapshots }: Props) {
  const textOf = new Map<string, string>()
  if (snapshots) {
    for (const clause of flattenClauses(snapshots.from)) textOf.set(clause.key, clause.text[lang])
    for (const clause of flattenClauses(snapshots.to)) textOf.set(clause.key, clause.text[lang])
  }
  const copy = COPY[lang]
  const shown = diff.clauses.filter((change) => change.status !== 'unchanged' || change.moved || change.renumbered)
  const { summary } = diff
  return (
    <section className="revision-diff" data-testid="revision-diff">
      <p>
        {diff.from} → {diff.to}: {copy.added} {summary.added} · {copy.removed} {summary.removed} · {copy.changed} {summary.changed} · {copy.moved}{' '}
        {summary.moved} · {copy.renumbered} {summary.renumbered}
      </p>
      {shown.length === 0 ? (
        <p>{copy.none}</p>
      ) : (
        <ol className="diff-list">
          {shown.map((change) => (
            <ClauseEntry key={change.key} change={change} lang={lang} wholeText={textOf.get(change.key)} />
          ))}
        </ol>
      )}
    </section>
  )
}
