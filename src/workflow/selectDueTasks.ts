import { messagesIn } from '../i18n/defineMessages'
import type { Lang } from '../i18n/lang'
import { programmeMessages } from '../i18n/messages/programme'
import { isStandingTask, taskDueEnd, taskStatus, type TaskProgress } from '../programme/taskStatus'

/** A programme task on the editor's desk: its period in the reader's words, and whether it has passed. */
export type DeskTask = { id: number; number: number; label: string; due: string; dueText: string; dueAt: string; overdue: boolean }

/** A task as read for the desk: its record, with its programme year's number when the reader may see it. */
export type DeskTaskRecord = {
  id: number
  number: number
  label: string
  due: string
  year?: number | { year?: number | null } | null
  completedAt?: TaskProgress['completedAt']
  milestones?: TaskProgress['milestones']
  progressUpdates?: TaskProgress['updates']
}

const DAY = 24 * 3600_000
/** How far ahead the desk looks: a quarter. */
export const DUE_WITHIN_DAYS = 92

/**
 * The tasks the desk lists: not yet done, and either overdue or due within the next quarter,
 * overdue first (the longest overdue at the top), then by when they fall due. A standing
 * task falls due when its programme year ends.
 */
export function selectDueTasks(tasks: readonly DeskTaskRecord[], now: Date, lang: Lang): DeskTask[] {
  const words = messagesIn(programmeMessages, lang)
  const horizon = now.getTime() + DUE_WITHIN_DAYS * DAY
  return tasks
    .flatMap((task): DeskTask[] => {
      const year = typeof task.year === 'object' ? (task.year?.year ?? null) : null
      const progress = { due: task.due, year, completedAt: task.completedAt, milestones: task.milestones, updates: task.progressUpdates }
      if (taskStatus(progress, now) === 'done') return []
      const end = taskDueEnd(progress)
      if (!end || end.getTime() > horizon) return []
      const dueText = isStandingTask(task.due) && year ? words.standingDue(year) : words.due(task.due)
      return [{ id: task.id, number: task.number, label: task.label, due: task.due, dueText, dueAt: end.toISOString(), overdue: end.getTime() < now.getTime() }]
    })
    .sort((a, b) => a.dueAt.localeCompare(b.dueAt) || a.number - b.number)
}
