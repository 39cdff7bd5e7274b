import { dueQuarterEnd } from './dueQuarter'

export const TASK_STATUSES = ['not_started', 'in_progress', 'done', 'late'] as const
export type TaskStatus = (typeof TASK_STATUSES)[number]

/** What a task's status is decided from: its record, not anything typed as a status. */
export type TaskProgress = {
  /** "2021-Q2", or "regularly" for a standing task. */
  due: string | null | undefined
  /** The programme year the task belongs to; a standing task runs until that year ends. */
  year: number | null | undefined
  /** Set by the host's staff when the work is finished. */
  completedAt?: string | Date | null
  milestones?: ReadonlyArray<{ date?: string | Date | null; reachedAt?: string | Date | null }> | null
  updates?: ReadonlyArray<{ date?: string | Date | null }> | null
}

const time = (value: string | Date | null | undefined): number | null => {
  if (!value) return null
  const ms = new Date(value).getTime()
  return Number.isNaN(ms) ? null : ms
}

/** The last moment of a programme year in Viet Nam time (UTC+7). */
export function yearEnd(year: number): Date {
  return new Date(Date.UTC(year + 1, 0, 1) - 7 * 3600_000 - 1)
}

/**
 * The moment a task is due: the end of its quarter, or for a standing task ("regularly")
 * the end of its programme year. Null when neither can be read.
 */
export function taskDueEnd(task: Pick<TaskProgress, 'due' | 'year'>): Date | null {
  const quarter = dueQuarterEnd(task.due)
  if (quarter) return quarter
  if ((task.due ?? '').trim().toLowerCase() === 'regularly' && task.year) return yearEnd(task.year)
  return null
}

export const isStandingTask = (due: string | null | undefined): boolean => (due ?? '').trim().toLowerCase() === 'regularly'

/**
 * A task's status on a given day:
 * - done once the host marked it completed (on or before `now`);
 * - late when its due period has ended, or a milestone's date has passed unreached;
 * - in progress when a progress update or a reached milestone exists by `now`;
 * - otherwise not started.
 */
export function taskStatus(task: TaskProgress, now: Date): TaskStatus {
  const today = now.getTime()
  const completed = time(task.completedAt)
  if (completed !== null && completed <= today) return 'done'
  const due = taskDueEnd(task)
  if (due && due.getTime() < today) return 'late'
  const missedMilestone = (task.milestones ?? []).some((m) => {
    const date = time(m.date)
    const reached = time(m.reachedAt)
    return date !== null && date < today && (reached === null || reached > today)
  })
  if (missedMilestone) return 'late'
  const started =
    (task.updates ?? []).some((u) => {
      const date = time(u.date)
      return date !== null && date <= today
    }) ||
    (task.milestones ?? []).some((m) => {
      const reached = time(m.reachedAt)
      return reached !== null && reached <= today
    })
  return started ? 'in_progress' : 'not_started'
}
