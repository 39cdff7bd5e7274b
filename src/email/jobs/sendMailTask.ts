import type { TaskConfig } from 'payload'

import { startDueDigests } from '../digest/startDueDigests'
import { processDeliveries } from '../ledger/processDeliveries'
import { sharedBulkTransport } from '@/mail/sharedBulkTransport'

/**
 * Every minute, on the `email` queue: start the digests that are due, then send what the
 * ledger holds (alerts, corrections, digests, retries). Publishing also starts a pass at
 * once, so alerts do not wait for the minute.
 */
export const sendMailTask: TaskConfig<'sendMail'> = {
  slug: 'sendMail',
  label: 'Send digests and alerts',
  schedule: [{ cron: '* * * * *', queue: 'email' }],
  retries: 0,
  outputSchema: [
    { name: 'started', type: 'number', required: true },
    { name: 'sent', type: 'number', required: true },
  ],
  handler: async ({ req }) => {
    const started = await startDueDigests(req.payload)
    const totals = await processDeliveries(req.payload, { transport: sharedBulkTransport() })
    return { output: { started: started.length, sent: totals.sent } }
  },
}
