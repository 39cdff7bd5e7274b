import type { Lang } from '@/i18n/lang'
import { messagesIn } from '@/i18n/defineMessages'
import { programmeMessages } from '@/i18n/messages/programme'
import type { TaskStatus } from '../taskStatus'
import { isStandingTask } from '../taskStatus'

export type ProposalSource = { number: number; label: string; text: string; due: string; status: TaskStatus }

/**
 * Section III's first draft: every standing task is kept, and every dated task that is late
 * or not finished is carried on, in task order. Done tasks with a dated period are left out.
 */
export function proposeNextYear(tasks: readonly ProposalSource[], lang: Lang): string[] {
  const words = messagesIn(programmeMessages, lang)
  return [...tasks]
    .sort((a, b) => a.number - b.number)
    .flatMap((task) => {
      const text = task.text.trim() || task.label
      // A standing task runs every year, whatever this year's status.
      if (isStandingTask(task.due)) return [words.proposalStanding(task.label, text)]
      if (task.status === 'late') return [words.proposalLate(task.label, text)]
      if (task.status !== 'done') return [words.proposalOpen(task.label, text)]
      return []
    })
}
