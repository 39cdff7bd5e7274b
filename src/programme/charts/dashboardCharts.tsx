import React, { type ReactElement } from 'react'

import { messagesIn } from '@/i18n/defineMessages'
import { formatDate } from '@/i18n/formatDateTime'
import type { Lang } from '@/i18n/lang'
import { programmeMessages } from '@/i18n/messages/programme'
import type { DashboardFigures } from '../dashboard/dashboardTypes'
import { EmptyChart, HorizontalBars, WeeklyColumns } from './ProgrammeCharts'

export type DashboardChart = { id: 'publications' | 'reach' | 'comments'; title: string; element: ReactElement; empty: boolean }

/** The dashboard's three charts, for the admin page, the printable report, the PDF and the DOCX. */
export function dashboardCharts(figures: DashboardFigures, lang: Lang): DashboardChart[] {
  const words = messagesIn(programmeMessages, lang)
  const weeks = [...new Set(figures.publicationsByWeek.map((row) => row.week))].sort()
  const tasks = [...new Set(figures.publicationsByWeek.map((row) => row.task))].sort((a, b) => a - b)
  const counts = tasks.map((task) => weeks.map((week) => figures.publicationsByWeek.find((row) => row.week === week && row.task === task)?.count ?? 0))
  const taskLabel = (number: number) => figures.tasks.find((task) => task.number === number)?.label[lang] ?? `${words.task} ${number}`
  const weekLabel = (week: string) => formatDate(`${week}T00:00:00+07:00`)
  const agencies = figures.agencies.filter((agency) => agency.webhooksDelivered + agency.apiFetches > 0)
  const clauses = figures.commentsByClause.filter((row) => row.total > 0)
  // A chart with nothing to draw says so instead of drawing empty axes.
  const chart = (id: DashboardChart['id'], title: string, empty: boolean, draw: () => ReactElement): DashboardChart => ({
    id,
    title,
    empty,
    element: empty ? <EmptyChart title={title} message={words.nothing} /> : draw(),
  })
  return [
    chart(
      'publications',
      words.chartPublications,
      counts.every((row) => row.every((count) => count === 0)),
      () => <WeeklyColumns title={words.chartPublications} weeks={weeks.map(weekLabel)} series={tasks.map(taskLabel)} counts={counts} />,
    ),
    chart('reach', words.chartReach, agencies.length === 0, () => (
      <HorizontalBars
        title={words.chartReach}
        series={[words.webhooks, words.apiFetches]}
        rows={agencies.map((agency) => ({ label: agency.name, values: [agency.webhooksDelivered, agency.apiFetches] }))}
      />
    )),
    chart('comments', words.chartComments, clauses.length === 0, () => (
      <HorizontalBars
        title={words.chartComments}
        series={[words.comments, words.answered]}
        rows={clauses.map((row) => ({ label: row.clause ? `${words.clause} ${row.clause}` : words.noClause, values: [row.total, row.answered] }))}
      />
    )),
  ]
}
