import { messagesIn } from '@/i18n/defineMessages'
import { programmeMessages } from '@/i18n/messages/programme'
import { PRODUCED_TYPES } from '../dashboard/dashboardTypes'
import type { YearReport } from './buildYearReport'

export type Table = { title: string; head: string[]; rows: string[][] }

/** The appendix's tables of figures, shared by every output (HTML, PDF, DOCX, CSV). */
export function appendixTables(report: YearReport): Table[] {
  const words = messagesIn(programmeMessages, report.lang)
  const { figures, lang } = report
  const tasks = figures.tasks.filter((task) => task.year === report.year || task.year === null)
  return [
    {
      title: words.perTask,
      head: [
        words.task,
        words.statusLabel,
        ...PRODUCED_TYPES.map((type) => words.type[type]),
        words.inProgress,
        words.webhooks,
        words.mailsSent,
        words.bounces,
        words.bundleDownloads,
        words.comments,
        words.answered,
      ],
      rows: tasks.map((task) => [
        task.label[lang],
        words.status[task.status],
        ...PRODUCED_TYPES.map((type) => String(task.produced[type].published)),
        String(PRODUCED_TYPES.reduce((sum, type) => sum + task.produced[type].inProgress, 0)),
        String(task.webhooksDelivered),
        String(task.mailsSent),
        String(task.bounces),
        String(task.bundleDownloads),
        String(task.comments),
        String(task.commentsAnswered),
      ]),
    },
    {
      title: words.perObjective,
      head: [words.objective, words.task, words.published, words.webhooks, words.mailsSent, words.comments],
      rows: figures.objectives.map((o) => [
        o.label[lang],
        o.tasks.join(', '),
        String(o.published),
        String(o.webhooksDelivered),
        String(o.mailsSent),
        String(o.comments),
      ]),
    },
    {
      title: words.perAgency,
      head: [words.agency, words.webhooks, words.apiFetches],
      rows: figures.agencies.map((a) => [a.name, String(a.webhooksDelivered), String(a.apiFetches)]),
    },
    {
      title: words.perGroup,
      head: [words.group, words.total, words.answered, words.answeredShare],
      rows: figures.commentsByGroup.map((g) => [words.commenterGroup(g.group), String(g.total), String(g.answered), `${Math.round(g.answeredShare * 100)}%`]),
    },
    {
      title: words.total,
      head: [words.mailsSent, words.bounces, words.bundleDownloads, words.accreditations],
      rows: [[String(figures.mail.sent), String(figures.mail.bounces), String(figures.bundleDownloads), String(figures.accreditations)]],
    },
  ]
}
