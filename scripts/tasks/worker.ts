/** The worker process of `npm run worker` (see scripts/worker.ts), with the config loaded. */
import { getPayload } from 'payload'

import config from '../../payload.config'
import { routeAllReadsToPrimary } from '@/db/readRouting'
import { startWorker } from '@/runtime/worker/runWorker'

/** How long the passes in flight may take to finish once a stop is asked for. */
const DRAIN_MS = 25_000

// What a worker decides (which item is due, who gets mail, which job to claim) must see
// the latest commit, so none of its reads go to a replica.
routeAllReadsToPrimary()
// Without `cron`: the worker schedules and runs the queues itself, one worker per queue at a time.
const payload = await getPayload({ config })
const worker = startWorker(payload)
console.log(`Worker ready (pid ${process.pid}): running the jobs queues and listening for new webhooks and mail.`)

let stopping = false
const stop = (signal: NodeJS.Signals) => {
  if (stopping) return
  stopping = true
  console.log(`Worker received ${signal}: finishing the passes in flight.`)
  setTimeout(() => {
    console.error(`Worker: passes still running after ${DRAIN_MS / 1000} s; exiting (their claims are taken again later).`)
    process.exit(1)
  }, DRAIN_MS).unref()
  void worker
    .stop()
    .then(() => payload.destroy())
    .then(
      () => process.exit(0),
      (error: unknown) => {
        console.error(error)
        process.exit(1)
      },
    )
}
process.on('SIGTERM', stop)
process.on('SIGINT', stop)
