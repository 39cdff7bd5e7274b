import type { TaskStatus } from '../taskStatus'

export const PRODUCED_TYPES = ['campaigns', 'articles', 'briefing-packs', 'conduct-codes'] as const
export type ProducedType = (typeof PRODUCED_TYPES)[number]

export type Produced = Record<ProducedType, { published: number; inProgress: number }>

/** What a task or an objective reached in the period. */
export type Reach = { webhooksDelivered: number; mailsSent: number; bounces: number; bundleDownloads: number; comments: number; commentsAnswered: number }

export type TaskFigures = {
  id: number
  number: number
  year: number | null
  label: { vi: string; en: string }
  /** The decision's wording of the task, in each language it has (the 2021 source is English only). */
  text: { vi: string | null; en: string | null }
  host: string | null
  due: string
  status: TaskStatus
  objectives: number[]
  produced: Produced
} & Reach

export type ObjectiveFigures = { id: number; number: number; label: { vi: string; en: string }; tasks: number[]; published: number } & Reach

export type DashboardFigures = {
  period: { from: string; to: string; institution: string | null }
  generatedAt: string
  tasks: TaskFigures[]
  objectives: ObjectiveFigures[]
  agencies: Array<{ id: number; name: string; webhooksDelivered: number; apiFetches: number }>
  mail: { sent: number; bounces: number }
  accreditations: number
  bundleDownloads: number
  commentsByGroup: Array<{ group: string; total: number; answered: number; answeredShare: number }>
  commentsByClause: Array<{ clause: string | null; total: number; answered: number }>
  publicationsByWeek: Array<{ week: string; task: number; count: number }>
}
