import type { AdminViewServerProps } from 'payload'
import React from 'react'

import { isStaffMember } from '../../access/roles'
import { messagesIn } from '../../i18n/defineMessages'
import { formatDate } from '../../i18n/formatDateTime'
import { adminLang } from '../../i18n/lang'
import { programmeMessages } from '../../i18n/messages/programme'
import { AppError } from '../../platform/errors/appError'
import { dashboardCharts } from '../../programme/charts/dashboardCharts'
import { loadDashboardFigures } from '../../programme/dashboard/loadDashboardFigures'
import { PRODUCED_TYPES } from '../../programme/dashboard/dashboardTypes'
import { parseDashboardQuery } from '../../programme/parseProgrammeQuery'

const cell = { padding: '0.25rem 0.5rem', borderBottom: '1px solid var(--theme-elevation-150, #ddd)', textAlign: 'left' as const }
const num = { ...cell, textAlign: 'right' as const }

/**
 * `/admin/programme`: the implementation dashboard for leaders and the host department. The
 * filters are a plain GET form and the charts server-drawn SVG, so it works without
 * JavaScript and prints as it looks.
 */
export async function ProgrammeDashboardView(props: AdminViewServerProps) {
  const { req } = props.initPageResult
  const lang = adminLang(req.i18n.language)
  const words = messagesIn(programmeMessages, lang)
  if (!req.user || !isStaffMember(req.user as never)) return null
  const raw = (props.searchParams ?? {}) as Record<string, string | string[] | undefined>
  const params = new URLSearchParams()
  for (const name of ['from', 'to', 'institution']) {
    const value = raw[name]
    if (typeof value === 'string' && value !== '') params.set(name, value)
  }
  let problem: string | null = null
  let query
  try {
    query = parseDashboardQuery(params, new Date())
  } catch (error) {
    if (!(error instanceof AppError)) throw error
    problem = error.messageIn(lang)
    query = parseDashboardQuery(new URLSearchParams(), new Date())
  }
  const [figures, institutions] = await Promise.all([
    loadDashboardFigures(req.payload, query, req.user),
    req.payload.find({ collection: 'institutions', limit: 100, depth: 0, locale: lang, user: req.user, overrideAccess: false }),
  ])
  const charts = dashboardCharts(figures, lang)
  const day = (iso: string, endExclusive = false) => {
    const date = new Date(new Date(iso).getTime() - (endExclusive ? 1 : 0) + 7 * 3600_000)
    return date.toISOString().slice(0, 10)
  }
  const fromDay = day(figures.period.from)
  const toDay = day(figures.period.to, true)
  const year = Number(toDay.slice(0, 4))
  const reportQuery = new URLSearchParams({ year: String(year) })
  return (
    <div className="gutter--left gutter--right" style={{ paddingBottom: '3rem' }} data-testid="programme-dashboard">
      <h1>{words.dashboardTitle}</h1>
      <p>{words.dashboardIntro}</p>
      <form method="get" action="/admin/programme" className="programme-filters" style={{ display: 'flex', gap: '1rem', flexWrap: 'wrap', alignItems: 'end' }}>
        <label>
          {words.from}
          <br />
          <input type="date" name="from" defaultValue={fromDay} />
        </label>
        <label>
          {words.to}
          <br />
          <input type="date" name="to" defaultValue={toDay} />
        </label>
        <label>
          {words.institution}
          <br />
          <select name="institution" defaultValue={figures.period.institution ?? ''}>
            <option value="">{words.allInstitutions}</option>
            {institutions.docs.map((institution) => (
              <option key={institution.id} value={institution.code}>
                {institution.code} – {institution.name}
              </option>
            ))}
          </select>
        </label>
        <button type="submit" className="btn btn--style-primary btn--size-small">
          {words.apply}
        </button>
      </form>
      {problem ? (
        <p role="alert" style={{ color: 'var(--theme-error-500, #b00)' }}>
          {problem}
        </p>
      ) : null}
      <p>
        {words.period(formatDate(figures.period.from), formatDate(new Date(new Date(figures.period.to).getTime() - 1)))} · {words.reportLinks}:{' '}
        {(['html', 'pdf', 'docx', 'csv'] as const).map((format) => (
          <a key={format} href={`/api/programme/report?${reportQuery}&format=${format}`} style={{ marginRight: '0.5rem' }}>
            {format.toUpperCase()}
          </a>
        ))}
      </p>

      <section aria-label={words.chartPublications} style={{ display: 'flex', flexWrap: 'wrap', gap: '1rem' }}>
        {charts.map((chart) => (
          <figure key={chart.id} data-testid={`chart-${chart.id}`} style={{ margin: 0, maxWidth: '100%', breakInside: 'avoid' }}>
            {chart.element}
          </figure>
        ))}
      </section>

      <h2>{words.perTask}</h2>
      <table style={{ borderCollapse: 'collapse', width: '100%' }} data-testid="programme-tasks">
        <thead>
          <tr>
            <th style={cell}>{words.task}</th>
            <th style={cell}>{words.host}</th>
            <th style={cell}>{words.dueLabel}</th>
            <th style={cell}>{words.statusLabel}</th>
            <th style={num}>{words.published}</th>
            <th style={num}>{words.inProgress}</th>
            <th style={num}>{words.webhooks}</th>
            <th style={num}>{words.mailsSent}</th>
            <th style={num}>{words.bounces}</th>
            <th style={num}>{words.bundleDownloads}</th>
            <th style={num}>{words.comments}</th>
          </tr>
        </thead>
        <tbody>
          {figures.tasks.map((task) => (
            <tr key={task.id}>
              <td style={cell}>
                <a href={`/admin/collections/programme-tasks/${task.id}`}>{task.label[lang]}</a>
                {task.year ? ` (${task.year})` : ''}
              </td>
              <td style={cell}>{task.host}</td>
              <td style={cell}>{words.due(task.due)}</td>
              <td style={cell}>{words.status[task.status]}</td>
              <td style={num} title={PRODUCED_TYPES.map((type) => `${words.type[type]}: ${task.produced[type].published}`).join(', ')}>
                {PRODUCED_TYPES.reduce((sum, type) => sum + task.produced[type].published, 0)}
              </td>
              <td style={num}>{PRODUCED_TYPES.reduce((sum, type) => sum + task.produced[type].inProgress, 0)}</td>
              <td style={num}>{task.webhooksDelivered}</td>
              <td style={num}>{task.mailsSent}</td>
              <td style={num}>{task.bounces}</td>
              <td style={num}>{task.bundleDownloads}</td>
              <td style={num}>
                {task.comments} ({task.commentsAnswered} {words.answered.toLowerCase()})
              </td>
            </tr>
          ))}
        </tbody>
      </table>

      <h2>{words.perObjective}</h2>
      <table style={{ borderCollapse: 'collapse', width: '100%' }}>
        <thead>
          <tr>
            <th style={cell}>{words.objective}</th>
            <th style={cell}>{words.task}</th>
            <th style={num}>{words.published}</th>
            <th style={num}>{words.webhooks}</th>
            <th style={num}>{words.mailsSent}</th>
            <th style={num}>{words.comments}</th>
          </tr>
        </thead>
        <tbody>
          {figures.objectives.map((objective) => (
            <tr key={objective.id}>
              <td style={cell}>{objective.label[lang]}</td>
              <td style={cell}>{objective.tasks.join(', ')}</td>
              <td style={num}>{objective.published}</td>
              <td style={num}>{objective.webhooksDelivered}</td>
              <td style={num}>{objective.mailsSent}</td>
              <td style={num}>{objective.comments}</td>
            </tr>
          ))}
        </tbody>
      </table>

      <h2>{words.perAgency}</h2>
      <table style={{ borderCollapse: 'collapse' }}>
        <thead>
          <tr>
            <th style={cell}>{words.agency}</th>
            <th style={num}>{words.webhooks}</th>
            <th style={num}>{words.apiFetches}</th>
          </tr>
        </thead>
        <tbody>
          {figures.agencies.map((agency) => (
            <tr key={agency.id}>
              <td style={cell}>{agency.name}</td>
              <td style={num}>{agency.webhooksDelivered}</td>
              <td style={num}>{agency.apiFetches}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <p>
        {words.mailsSent}: {figures.mail.sent} · {words.bounces}: {figures.mail.bounces} · {words.bundleDownloads}: {figures.bundleDownloads} ·{' '}
        {words.accreditations}: {figures.accreditations}
      </p>

      <h2>{words.perGroup}</h2>
      <table style={{ borderCollapse: 'collapse' }}>
        <thead>
          <tr>
            <th style={cell}>{words.group}</th>
            <th style={num}>{words.total}</th>
            <th style={num}>{words.answered}</th>
            <th style={num}>{words.answeredShare}</th>
          </tr>
        </thead>
        <tbody>
          {figures.commentsByGroup.map((row) => (
            <tr key={row.group}>
              <td style={cell}>{words.commenterGroup(row.group)}</td>
              <td style={num}>{row.total}</td>
              <td style={num}>{row.answered}</td>
              <td style={num}>{Math.round(row.answeredShare * 100)}%</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  )
}
