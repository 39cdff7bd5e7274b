/** Reminders go this many days before the report's deadline. */
export const REMINDER_DAYS = [30, 7] as const
export type ReminderDays = (typeof REMINDER_DAYS)[number]

const DAY_MS = 86_400_000

/**
 * Which reminders are due at `now` for a report due at `reportDue`: each threshold from the
 * moment it is reached until the deadline, none once the report is submitted or the deadline
 * has passed. Only the latest threshold reached is sent, so a newsroom that starts its worker
 * 5 days before the deadline sends the 7-day reminder, not both. The ledger makes each one
 * go once per person.
 */
export function dueReminders({ reportDue, submittedAt, now }: { reportDue: Date; submittedAt: Date | null; now: Date }): ReminderDays[] {
  if (submittedAt) return []
  const left = reportDue.getTime() - now.getTime()
  if (left <= 0) return []
  const reached = REMINDER_DAYS.filter((days) => left <= days * DAY_MS)
  return reached.length === 0 ? [] : [reached[reached.length - 1]!]
}

/** Whole days left before the deadline, as the mail says it. */
export const daysLeft = (reportDue: Date, now: Date): number => Math.max(0, Math.ceil((reportDue.getTime() - now.getTime()) / DAY_MS))
