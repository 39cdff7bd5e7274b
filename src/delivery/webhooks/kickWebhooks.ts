import type { Payload } from 'payload'

import { jobsAutoRun } from '@/config/jobsAutoRun'

import { sendDueWebhooks } from './sendDueWebhooks'

/**
 * Starts a webhook pass now, in the background, so agencies hear of a publication at
 * once rather than at the next scheduled pass. Skipped where jobs are left to dedicated
 * workers (JOBS_AUTORUN=false): the transaction that wrote the rows woke them
 * (src/db/workSignal.ts). Claims make a pass safe beside any other.
 */
export function kickWebhooks(payload: Payload): void {
  if (!jobsAutoRun()) return
  setImmediate(() => {
    sendDueWebhooks(payload).catch((error: unknown) => payload.logger.error({ err: error, msg: 'webhook pass failed' }))
  })
}
