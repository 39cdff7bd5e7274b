import React from 'react'

import { COMMENTER_GROUPS, DISPOSITIONS, labelOf } from '@/consultation/comments/commentVocabulary'
import type { ReportRow } from '@/consultation/report/buildReport'
import { REPORT_WORDS } from '@/consultation/report/reportVocabulary'
import { REPORT_COPY } from './reportCopy'
import { changedSinceText, rowPlace } from './reportRowText'
import { type Lang } from '@/i18n/lang'

type Props = { row: ReportRow; lang: Lang }

/** Only the groups and dispositions that occur: a row of eight zeros says nothing on paper. */
const nonZero = (entries: Array<[string, number]>) =>
  entries
    .filter(([, count]) => count > 0)
    .map(([label, count]) => `${label}: ${count}`)
    .join('; ')

/** One clause of the report: who commented, what was answered, and what became of the clause. */
export function ReportClauseSection({ row, lang }: Props) {
  const copy = REPORT_COPY[lang]
  const words = REPORT_WORDS[lang]
  const id = `report-${row.key ?? 'whole-code'}`
  const groups = nonZero(COMMENTER_GROUPS.map((group) => [group.label[lang], row.byGroup[group.value] ?? 0]))
  const dispositions = nonZero([
    ...DISPOSITIONS.map((item): [string, number] => [item.label[lang], row.byDisposition[item.value] ?? 0]),
    [words.unanswered, row.unanswered],
  ])
  const changed = changedSinceText(row, lang)
  return (
    <section className="report-clause" aria-labelledby={id} data-clause-key={row.key ?? ''} data-comment-count={row.total}>
      <h3 id={id}>
        {rowPlace(row, lang)}
        {row.key !== null && row.heading[lang] ? `: ${row.heading[lang]}` : ''}
        {row.removed && (
          <>
            {' '}
            <span className="badge">{words.removedClause}</span>
          </>
        )}
      </h3>
      <table className="report-table report-table--facts">
        <tbody>
          <tr>
            <th scope="row">{copy.count}</th>
            <td>{row.total}</td>
          </tr>
          <tr>
            <th scope="row">{copy.byGroup}</th>
            <td>{groups}</td>
          </tr>
          <tr>
            <th scope="row">{copy.byDisposition}</th>
            <td>{dispositions}</td>
          </tr>
          {changed && (
            <tr>
              <th scope="row">{copy.changedSince}</th>
              <td>{changed}</td>
            </tr>
          )}
        </tbody>
      </table>
      <div className="table-scroll">
        <table className="report-table report-table--replies">
          <thead>
            <tr>
              <th scope="col" className="report-col--id">
                #
              </th>
              <th scope="col" className="report-col--group">
                {copy.group}
              </th>
              <th scope="col">{copy.comment}</th>
              <th scope="col" className="report-col--disposition">
                {copy.disposition}
              </th>
              <th scope="col">{copy.reply}</th>
              <th scope="col" className="report-col--linked">
                {copy.linked}
              </th>
            </tr>
          </thead>
          <tbody>
            {row.replies.map((reply) => (
              <tr key={reply.commentId} data-comment-id={reply.commentId}>
                <td>{reply.commentId}</td>
                <td>{labelOf(COMMENTER_GROUPS, reply.group, lang)}</td>
                {/* Commenters' words are rendered as text by React, never as HTML. */}
                <td>{reply.excerpt}</td>
                <td>{reply.disposition ? labelOf(DISPOSITIONS, reply.disposition, lang) : words.unanswered}</td>
                <td>{reply.reply?.[lang] || copy.none}</td>
                <td>
                  {reply.linkedRevision ? `${reply.linkedRevision}${reply.linkedClauses.length > 0 ? `: ${reply.linkedClauses.join(', ')}` : ''}` : copy.none}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </section>
  )
}
