import type { TaskConfig } from 'payload'

import { sharedBulkTransport } from '@/mail/sharedBulkTransport'
import { sendReportReminders } from '../reminders/sendReportReminders'

/** Every hour, on the `email` queue: the year-end report's reminders (src/programme/reminders). */
export const remindReportTask: TaskConfig<'remindProgrammeReport'> = {
  slug: 'remindProgrammeReport',
  label: 'Remind the department of the year-end report',
  schedule: [{ cron: '17 * * * *', queue: 'email' }],
  retries: 0,
  outputSchema: [
    { name: 'planned', type: 'number', required: true },
    { name: 'sent', type: 'number', required: true },
  ],
  handler: async ({ req }) => {
    const totals = await sendReportReminders(req.payload, { transport: sharedBulkTransport() })
    return { output: { planned: totals.planned, sent: totals.sent } }
  },
}
