import type { Payload } from 'payload'

import { poolOf } from '@/db/sql'
import type { WorkKind } from '@/db/workSignal'
import { sendDueWebhooks } from '@/delivery/webhooks/sendDueWebhooks'
import { processDeliveries } from '@/email/ledger/processDeliveries'
import { sharedBulkTransport } from '@/mail/sharedBulkTransport'
import { CoalescingPass } from './coalescingPass'
import { listenForWork } from './listenForWork'
import { runQueues } from './runQueues'

export type Worker = { stop: () => Promise<void> }

/**
 * A jobs worker: the queues on their schedules (scheduled publishing, embargo lifts, digests,
 * retries), plus a webhook or mail pass the moment a committed transaction announces new
 * rows. Every pass claims its rows, so any number of workers share the work and each
 * webhook and mail goes out once. `stop` takes no new work and waits for what runs.
 */
export function startWorker(payload: Payload): Worker {
  const log = (line: string) => payload.logger.info(line)
  const failed = (what: string) => (error: unknown) => payload.logger.error({ err: error, msg: `worker: ${what} failed` })
  const passes: Record<WorkKind, CoalescingPass> = {
    webhooks: new CoalescingPass(() => sendDueWebhooks(payload), failed('webhook pass')),
    mail: new CoalescingPass(() => processDeliveries(payload, { transport: sharedBulkTransport() }), failed('mail pass')),
  }
  const { connectionString } = poolOf(payload).options
  if (!connectionString) throw new Error('the worker needs the connection string of the primary to LISTEN')
  const listener = listenForWork({ connectionString, onWork: (kind) => passes[kind].request(), log })
  const queues = runQueues(payload, failed('queue run'))
  return {
    stop: async () => {
      await listener.stop()
      await queues.stop()
      await Promise.all(Object.values(passes).map((pass) => pass.idle()))
    },
  }
}
