import type { Payload, TypedUser } from 'payload'

import { messagesIn } from '@/i18n/defineMessages'
import { formatDate } from '@/i18n/formatDateTime'
import type { Lang } from '@/i18n/lang'
import { programmeMessages } from '@/i18n/messages/programme'
import type { DashboardFigures, TaskFigures } from '../dashboard/dashboardTypes'
import { PRODUCED_TYPES } from '../dashboard/dashboardTypes'
import { loadDashboardFigures } from '../dashboard/loadDashboardFigures'
import { vietnamToday } from '../parseProgrammeQuery'
import { proposeNextYear } from './proposeNextYear'

export type ReportTask = {
  number: number
  label: string
  text: string
  host: string
  due: string
  status: string
  figures: string
  progress: string[]
}

/** The year-end report, in one language, as every output draws it. */
export type YearReport = {
  lang: Lang
  year: number
  ministry: string
  department: string
  number: string
  placeAndDate: string
  title: string
  decision: string
  period: string
  objectives: Array<{ number: number; label: string; text: string; figures: string; tasks: ReportTask[] }>
  difficulties: string
  proposals: string[]
  figures: DashboardFigures
  submittedAt: string | null
}

const VN_OFFSET_MS = 7 * 3600_000

/**
 * Builds the report for a programme year: figures for the year to date (or the whole year
 * once it has ended), sections I–III and the data for the appendix and the charts.
 */
export async function buildYearReport(
  payload: Payload,
  { year, lang, user, now = new Date() }: { year: number; lang: Lang; user: TypedUser; now?: Date },
): Promise<YearReport | null> {
  const words = messagesIn(programmeMessages, lang)
  const found = await payload.find({
    collection: 'programme-years',
    where: { year: { equals: year } },
    depth: 1,
    limit: 1,
    locale: lang,
    user,
    overrideAccess: false,
  })
  const programmeYear = found.docs[0]
  if (!programmeYear) return null
  const from = new Date(Date.UTC(year, 0, 1) - VN_OFFSET_MS)
  const yearEnd = new Date(Date.UTC(year + 1, 0, 1) - VN_OFFSET_MS)
  const tomorrow = new Date(vietnamToday(now).getTime() + 86_400_000)
  const to = tomorrow < yearEnd ? tomorrow : yearEnd
  const figures = await loadDashboardFigures(payload, { from, to: to > from ? to : yearEnd, institution: null }, user, now)
  const tasksOfYear = figures.tasks.filter((task) => task.year === year)
  const full = await payload.find({
    collection: 'programme-tasks',
    where: { 'year.year': { equals: year } },
    depth: 1,
    limit: 500,
    sort: 'number',
    locale: lang,
    user,
    overrideAccess: false,
  })
  const detail = new Map(full.docs.map((task) => [task.id, task]))
  const reportTask = (task: TaskFigures): ReportTask => {
    const doc = detail.get(task.id)
    const host = doc && typeof doc.host === 'object' ? doc.host.name : (task.host ?? '')
    const published = PRODUCED_TYPES.reduce((sum, type) => sum + task.produced[type].published, 0)
    return {
      number: task.number,
      label: task.label[lang],
      text: doc?.text ?? '',
      host,
      due: words.due(task.due),
      status: words.status[task.status],
      figures: words.figures(published, task.webhooksDelivered, task.mailsSent),
      progress: (doc?.progressUpdates ?? []).map((update) => words.progressLine(formatDate(update.date), update.text)),
    }
  }
  const objectives = figures.objectives.map((objective) => {
    const label = objective.label[lang]
    const served = tasksOfYear.filter((task) => task.objectives.includes(objective.id))
    return {
      number: objective.number,
      label,
      text: '',
      figures: words.figures(objective.published, objective.webhooksDelivered, objective.mailsSent),
      tasks: served.map(reportTask),
    }
  })
  const objectiveDocs = await payload.find({ collection: 'programme-objectives', depth: 0, limit: 100, locale: lang, user, overrideAccess: false })
  for (const objective of objectives) objective.text = objectiveDocs.docs.find((doc) => doc.number === objective.number)?.text ?? ''

  const written = (programmeYear.proposals ?? '').trim()
  const proposals = written
    ? written
        .split(/\n+/)
        .map((line) => line.trim())
        .filter(Boolean)
    : proposeNextYear(
        tasksOfYear.map((task) => ({
          number: task.number,
          label: task.label[lang],
          text: detail.get(task.id)?.text ?? '',
          due: task.due,
          status: task.status,
        })),
        lang,
      )
  const reportDate = new Date(programmeYear.reportDate ?? now)
  const local = new Date(reportDate.getTime() + VN_OFFSET_MS)
  const department = typeof programmeYear.hostInstitution === 'object' ? programmeYear.hostInstitution.name : ''
  return {
    lang,
    year,
    ministry: programmeYear.ministry ?? '',
    department: department.toUpperCase(),
    number: words.reportNumber(programmeYear.reportNumber ?? '…/BC-…'),
    placeAndDate: words.placeDate(programmeYear.place ?? '', local.getUTCDate(), local.getUTCMonth() + 1, local.getUTCFullYear()),
    title: words.reportTitle(year),
    decision: words.decision(programmeYear.decisionNumber),
    period: words.period(formatDate(figures.period.from), formatDate(new Date(new Date(figures.period.to).getTime() - 1))),
    objectives,
    difficulties: programmeYear.difficulties?.trim() || words.noText,
    proposals,
    figures,
    submittedAt: programmeYear.submittedAt ?? null,
  }
}
