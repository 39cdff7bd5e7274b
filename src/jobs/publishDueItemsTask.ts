import type { TaskConfig } from 'payload'

import { publishDueItems } from './publishDueItems'
import { withdrawDueItems } from './withdrawDueItems'

/** Every minute, on the `scheduler` queue: publish what is due, then withdraw what is due. */
export const publishDueItemsTask: TaskConfig<'publishDueItems'> = {
  slug: 'publishDueItems',
  label: 'Publish scheduled items',
  schedule: [{ cron: '* * * * *', queue: 'scheduler' }],
  retries: 2,
  outputSchema: [
    { name: 'published', type: 'number', required: true },
    { name: 'stopped', type: 'number', required: true },
    { name: 'withdrawn', type: 'number', required: true },
  ],
  handler: async ({ req }) => {
    const run = await publishDueItems(req.payload)
    const withdrawn = await withdrawDueItems(req.payload)
    return { output: { published: run.published.length, stopped: run.stopped.length, withdrawn: withdrawn.length } }
  },
}
