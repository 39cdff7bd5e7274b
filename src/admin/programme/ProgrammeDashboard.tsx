import type { AdminViewServerProps, Payload, TypedUser } from 'payload'
import React from 'react'

import { isStaffMember } from '@/access/roles'
import { messagesIn } from '@/i18n/defineMessages'
import { formatDate } from '@/i18n/formatDateTime'
import { adminLang, otherLang, type Lang } from '@/i18n/lang'
import { programmeMessages } from '@/i18n/messages/programme'
import { fromDisplayDay, toDisplayDay } from '@/i18n/typedDates'
import { AppError } from '@/platform/errors/appError'
import { dashboardCharts } from '@/programme/charts/dashboardCharts'
import { loadDashboardFigures } from '@/programme/dashboard/loadDashboardFigures'
import { PRODUCED_TYPES } from '@/programme/dashboard/dashboardTypes'
import { chooseProgrammeYear, programmeYearToDate } from '@/programme/dashboardPeriod'
import { parseDashboardQuery } from '@/programme/parseProgrammeQuery'
import type { TaskFigures } from '@/programme/dashboard/dashboardTypes'

const cell = { padding: '0.25rem 0.5rem', borderBottom: '1px solid var(--theme-elevation-150, #ddd)', textAlign: 'left' as const }
const num = { ...cell, textAlign: 'right' as const }

/** A day as YYYY-MM-DD in Viet Nam. */
const toIsoDay = (date: Date) => new Date(date.getTime() + 7 * 3600_000).toISOString().slice(0, 10)

/** The programme years that have tasks, as the viewer may read them. */
async function programmeYearsWithTasks(payload: Payload, user: TypedUser): Promise<number[]> {
  const tasks = await payload.find({
    collection: 'programme-tasks',
    where: { year: { exists: true } },
    select: { year: true },
    populate: { 'programme-years': { year: true } },
    depth: 1,
    limit: 1000,
    pagination: false,
    user,
    overrideAccess: false,
  })
  const years = tasks.docs.map((task) => (typeof task.year === 'object' && task.year ? task.year.year : null))
  return [...new Set(years.filter((year): year is number => typeof year === 'number'))]
}

/** The decision's wording of a task under its label; in the other language, marked as such, where the source has only that one. */
function TaskTitle({ text, lang }: { text: TaskFigures['text']; lang: Lang }) {
  const own = text[lang]
  const other = otherLang(lang)
  const shown = own ?? text[other]
  if (!shown) return null
  return (
    <div
      className="programme-task-title"
      lang={own ? undefined : other}
      style={{ fontSize: '0.85em', color: 'var(--theme-elevation-800, #333)', maxWidth: '40ch' }}
    >
      {shown}
    </div>
  )
}

/**
 * The implementation dashboard for leaders and the host department (its admin view is
 * ProgrammeDashboardView). The filters are a plain GET form and the charts server-drawn SVG,
 * so it works without JavaScript and prints as it looks.
 */
export async function ProgrammeDashboard(props: Pick<AdminViewServerProps, 'initPageResult' | 'searchParams'>) {
  const { req } = props.initPageResult
  const lang = adminLang(req.i18n.language)
  const words = messagesIn(programmeMessages, lang)
  if (!req.user || !isStaffMember(req.user as never)) return null
  const raw = (props.searchParams ?? {}) as Record<string, string | string[] | undefined>
  const given = (name: string) => {
    const value = raw[name]
    return typeof value === 'string' && value.trim() !== '' ? value.trim() : undefined
  }
  const now = new Date()
  const yearsWithTasks = await programmeYearsWithTasks(req.payload, req.user)
  // A link with only a period (from an older bookmark) opens on the year that period ends in.
  const year = chooseProgrammeYear(yearsWithTasks, given('year') ?? fromDisplayDay(given('to') ?? '')?.slice(0, 4)) ?? Number(toIsoDay(now).slice(0, 4))
  const yearPeriod = programmeYearToDate(year, now)
  // The period fields are typed dd/MM/yyyy whatever the browser's language; the query reads YYYY-MM-DD.
  const params = new URLSearchParams()
  let problem: string | null = null
  for (const [name, label] of [
    ['from', words.from],
    ['to', words.to],
  ] as const) {
    const typed = given(name)
    const day = typed === undefined ? yearPeriod[name] : fromDisplayDay(typed)
    if (day === null) problem = words.badDisplayDate(label)
    else params.set(name, day)
  }
  const institutionParam = given('institution')
  if (institutionParam) params.set('institution', institutionParam)
  let query = parseDashboardQuery(new URLSearchParams(yearPeriod), now)
  if (!problem) {
    try {
      query = parseDashboardQuery(params, now)
    } catch (error) {
      if (!(error instanceof AppError)) throw error
      // A day that does not exist (31/02) is named as the form writes days, not as the API does.
      const field = error.field === 'from' || error.field === 'to' ? error.field : null
      problem = field && error.messageIn(lang) === words.badDate(field) ? words.badDisplayDate(words[field]) : error.messageIn(lang)
    }
  }
  const [figures, institutions] = await Promise.all([
    loadDashboardFigures(req.payload, query, req.user),
    req.payload.find({ collection: 'institutions', limit: 100, depth: 0, locale: lang, user: req.user, overrideAccess: false }),
  ])
  const charts = dashboardCharts(figures, lang)
  const fromDay = toIsoDay(new Date(figures.period.from))
  const toDay = toIsoDay(new Date(new Date(figures.period.to).getTime() - 1))
  const reportQuery = new URLSearchParams({ year: String(year) })
  const years = yearsWithTasks.length > 0 ? [...yearsWithTasks].sort((a, b) => b - a) : [year]
  return (
    <div data-testid="programme-dashboard">
      <p>{words.dashboardIntro}</p>
      <form method="get" action="/admin/programme" className="programme-year" style={{ display: 'flex', gap: '1rem', alignItems: 'end', marginBottom: '1rem' }}>
        <label>
          {words.yearLabel}
          <br />
          <select name="year" defaultValue={String(year)} data-testid="programme-year">
            {years.map((option) => (
              <option key={option} value={option}>
                {option}
              </option>
            ))}
          </select>
        </label>
        {figures.period.institution ? <input type="hidden" name="institution" value={figures.period.institution} /> : null}
        <button type="submit" className="btn btn--style-secondary btn--size-small">
          {words.apply}
        </button>
      </form>
      <form method="get" action="/admin/programme" className="programme-filters" style={{ display: 'flex', gap: '1rem', flexWrap: 'wrap', alignItems: 'end' }}>
        <input type="hidden" name="year" value={year} />
        <label>
          {words.from}
          <br />
          <input
            type="text"
            name="from"
            inputMode="numeric"
            placeholder={words.dateHint}
            pattern="\d{1,2}/\d{1,2}/\d{4}"
            size={10}
            defaultValue={toDisplayDay(fromDay)}
          />
        </label>
        <label>
          {words.to}
          <br />
          <input
            type="text"
            name="to"
            inputMode="numeric"
            placeholder={words.dateHint}
            pattern="\d{1,2}/\d{1,2}/\d{4}"
            size={10}
            defaultValue={toDisplayDay(toDay)}
          />
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
          <figure
            key={chart.id}
            data-testid={`chart-${chart.id}`}
            data-empty={chart.empty ? 'true' : undefined}
            style={{ margin: 0, maxWidth: '100%', breakInside: 'avoid' }}
          >
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
                <TaskTitle text={task.text} lang={lang} />
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
