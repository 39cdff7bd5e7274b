import { notFound } from 'next/navigation'
import React from 'react'

import { COMMENTER_GROUPS, DISPOSITIONS } from '@/consultation/comments/commentVocabulary'
import { loadPublishedComments } from '@/consultation/comments/loadPublishedComments'
import { formatWindow } from '@/consultation/consultations/formatWindow'
import type { CodeView } from '@/consultation/loadCodeView'
import { buildReport, type ConsultationReport } from '@/consultation/report/buildReport'
import { REPORT_WORDS } from '@/consultation/report/reportVocabulary'
import { clauseAnchor } from '@/consultation/snapshot/clauseLabel'
import { codePath } from '@/consultation/site/codePaths'
import { deliveryPayload } from '@/deliveryPayload'
import { SiteShell } from '../SiteShell'
import { CODE_COPY, formatDate } from './codeCopy'
import { REPORT_COPY } from './reportCopy'
import { ReportClauseSection } from './ReportClauseSection'
import { changedSinceText } from './reportRowText'
import { codeViewData } from './codeViewData'
import { formatDateTime } from '@/i18n/formatDateTime'
import { type Lang } from '@/i18n/lang'

const formatTime = (date: Date, lang: Lang) => formatDateTime(date, lang)

/**
 * The consultation report ("you said, we did") for the ministry: totals by group and
 * disposition, then every clause with its comments, answers and what changed since. Made
 * to be printed from the browser; the CSV link gives the same rows to a spreadsheet.
 */
export async function ReportPage({ lang, slug }: { lang: Lang; slug: string }) {
  const payload = await deliveryPayload()
  const view = await codeViewData(slug)
  if (!view) notFound()
  const comments = await loadPublishedComments(payload, view.code.id)
  const report = buildReport({ revisions: view.revisions, current: view.current, comments })
  return <ReportView lang={lang} slug={slug} view={view} report={report} madeAt={new Date()} />
}

type ViewProps = { lang: Lang; slug: string; view: CodeView; report: ConsultationReport; madeAt: Date }

/** The report's markup from loaded data, apart from the loading so it can be rendered on its own. */
export function ReportView({ lang, slug, view, report, madeAt }: ViewProps) {
  const copy = REPORT_COPY[lang]
  const codeCopy = CODE_COPY[lang]
  const words = REPORT_WORDS[lang]
  const { snapshot } = view.current
  const commented = report.rows.filter((row) => row.total > 0)

  return (
    <SiteShell lang={lang} alternatePath={codePath(lang === 'vi' ? 'en' : 'vi', slug, 'report')}>
      <article className="report">
        <h1>
          {copy.title}: {snapshot.title[lang]}
        </h1>
        <p className="muted">
          {codeCopy.revision} {view.current.revision} · {codeCopy.publishedAt} {formatDate(view.current.publishedAt, lang)}
          <br />
          {copy.revisions}: {view.revisions.map((item) => (item === view.current ? `${item.revision} (${copy.currentRevision})` : item.revision)).join(', ')}
          <br />
          {copy.madeAt} {formatTime(madeAt, lang)}
        </p>
        <p>
          <strong>{copy.consultation}:</strong>{' '}
          {view.consultations.length === 0 ? copy.noConsultation : view.consultations.map((window) => formatWindow(window, lang)).join('; ')}
        </p>
        <ul className="link-list no-print">
          <li>
            <a href={codePath(lang, slug, 'report.csv')} download>
              {copy.downloadCsv}
            </a>
          </li>
          <li>
            <a href={codePath(lang, slug)}>{copy.backToCode}</a>
          </li>
        </ul>
        <p className="notice no-print">{copy.printHint}</p>

        <h2>{copy.totals}</h2>
        <p>
          {copy.totalComments}: <strong data-testid="report-total">{report.totals.total}</strong>
        </p>
        <div className="report-totals">
          <table className="report-table">
            <caption>{copy.byGroup}</caption>
            <thead>
              <tr>
                <th scope="col">{copy.group}</th>
                <th scope="col">{copy.count}</th>
              </tr>
            </thead>
            <tbody>
              {COMMENTER_GROUPS.map((group) => (
                <tr key={group.value}>
                  <th scope="row">{group.label[lang]}</th>
                  <td>{report.totals.byGroup[group.value] ?? 0}</td>
                </tr>
              ))}
            </tbody>
          </table>
          <table className="report-table">
            <caption>{copy.byDisposition}</caption>
            <thead>
              <tr>
                <th scope="col">{copy.disposition}</th>
                <th scope="col">{copy.count}</th>
              </tr>
            </thead>
            <tbody>
              {DISPOSITIONS.map((item) => (
                <tr key={item.value}>
                  <th scope="row">{item.label[lang]}</th>
                  <td>{report.totals.byDisposition[item.value] ?? 0}</td>
                </tr>
              ))}
              <tr>
                <th scope="row">{words.unanswered}</th>
                <td>{report.totals.unanswered}</td>
              </tr>
            </tbody>
          </table>
        </div>

        <h2>{copy.overview}</h2>
        <div className="table-scroll">
          <table className="report-table report-table--overview">
            <thead>
              <tr>
                <th scope="col" className="report-col--clause">
                  {copy.clause}
                </th>
                <th scope="col">{copy.heading}</th>
                <th scope="col" className="report-col--count">
                  {copy.count}
                </th>
                <th scope="col" className="report-col--count">
                  {words.unanswered}
                </th>
                <th scope="col">{copy.changedSince}</th>
              </tr>
            </thead>
            <tbody>
              {report.rows.map((row) => (
                <tr key={row.key ?? 'whole-code'}>
                  <th scope="row">
                    {row.key === null ? (
                      words.wholeCode
                    ) : row.removed ? (
                      row.number
                    ) : (
                      <a href={codePath(lang, slug, `#${clauseAnchor(row.key)}`)}>{row.number}</a>
                    )}
                  </th>
                  <td>
                    {row.key === null ? '' : row.heading[lang]}
                    {row.removed && (
                      <>
                        {' '}
                        <span className="badge">{words.removedClause}</span>
                      </>
                    )}
                  </td>
                  <td>{row.total > 0 ? <a href={`#report-${row.key ?? 'whole-code'}`}>{row.total}</a> : 0}</td>
                  <td>{row.unanswered}</td>
                  <td>{changedSinceText(row, lang)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>

        <h2>{copy.details}</h2>
        {commented.length === 0 ? (
          <p>{copy.noComments}</p>
        ) : (
          commented.map((row) => <ReportClauseSection key={row.key ?? 'whole-code'} row={row} lang={lang} />)
        )}
      </article>
    </SiteShell>
  )
}
