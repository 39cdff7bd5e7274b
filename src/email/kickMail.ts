import type { Payload } from 'payload'

import { jobsAutoRun } from '@/config/jobsAutoRun'

import { processDeliveries } from './ledger/processDeliveries'
import { sharedBulkTransport } from '@/mail/sharedBulkTransport'

/**
 * Starts a mail pass now, in the background, so immediate alerts go out at once. Skipped
 * where jobs are left to dedicated workers (JOBS_AUTORUN=false): the transaction that
 * wrote the rows woke them (src/db/workSignal.ts). Claims make it safe beside any other pass.
 */
export function kickMail(payload: Payload): void {
  if (!jobsAutoRun()) return
  setImmediate(() => {
    processDeliveries(payload, { transport: sharedBulkTransport() }).catch((error: unknown) => payload.logger.error({ err: error, msg: 'mail pass failed' }))
  })
}
