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
  const empty = (title: string) => <EmptyChart title={title} message={words.nothing} />
  const noPublications = counts.every((row) => row.every((count) => count === 0))
  return [
    {
      id: 'publications',
      title: words.chartPublications,
      empty: noPublications,
      element: noPublications ? (
        empty(words.chartPublications)
      ) : (
        <WeeklyColumns title={words.chartPublications} weeks={weeks.map(weekLabel)} series={tasks.map(taskLabel)} counts={counts} />
      ),
    },
    {
      id: 'reach',
      title: words.chartReach,
      empty: agencies.length === 0,
      element:
        agencies.length === 0 ? (
          empty(words.chartReach)
        ) : (
          <HorizontalBars
            title={words.chartReach}
            series={[words.webhooks, words.apiFetches]}
            rows={agencies.map((agency) => ({ label: agency.name, values: [agency.webhooksDelivered, agency.apiFetches] }))}
          />
        ),
    },
    {
      id: 'comments',
      title: words.chartComments,
      empty: clauses.length === 0,
      element:
        clauses.length === 0 ? (
          empty(words.chartComments)
        ) : (
          <HorizontalBars
            title={words.chartComments}
            series={[words.comments, words.answered]}
            rows={clauses.map((row) => ({
              label: row.clause ? `${words.clause} ${row.clause}` : words.noClause,
              values: [row.total, row.answered],
            }))}
          />
        ),
    },
  ]
}
