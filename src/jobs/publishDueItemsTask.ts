import type { TaskConfig } from 'payload'

import { publishDueItems } from './publishDueItems'

/** Every minute, on the `scheduler` queue: publish what is due. */
export const publishDueItemsTask: TaskConfig<'publishDueItems'> = {
  slug: 'publishDueItems',
  label: 'Publish scheduled items',
  schedule: [{ cron: '* * * * *', queue: 'scheduler' }],
  retries: 2,
  outputSchema: [
    { name: 'published', type: 'number', required: true },
    { name: 'stopped', type: 'number', required: true },
  ],
  handler: async ({ req }) => {
    const run = await publishDueItems(req.payload)
    return { output: { published: run.published.length, stopped: run.stopped.length } }
  },
}
