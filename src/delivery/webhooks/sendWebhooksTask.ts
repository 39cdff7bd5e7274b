import type { TaskConfig } from 'payload'

import { liftDueEmbargoes } from '../changes/liftDueEmbargoes'
import { sendDueWebhooks } from './sendDueWebhooks'

/**
 * Every 15 seconds, on the `webhooks` queue: lift embargoes that have passed, then post
 * the webhooks that are due. Publishing also starts a pass at once, so agencies hear of
 * a publication within moments; this pass catches retries and anything a crash left.
 */
export const sendWebhooksTask: TaskConfig<'sendWebhooks'> = {
  slug: 'sendWebhooks',
  label: 'Send webhooks to press agencies',
  schedule: [{ cron: '*/15 * * * * *', queue: 'webhooks' }],
  retries: 0,
  outputSchema: [
    { name: 'lifted', type: 'number', required: true },
    { name: 'settled', type: 'number', required: true },
  ],
  handler: async ({ req }) => {
    const lifted = await liftDueEmbargoes(req.payload)
    const settled = await sendDueWebhooks(req.payload)
    return { output: { lifted, settled } }
  },
}
