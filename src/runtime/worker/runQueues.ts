import type { Payload } from 'payload'

import { poolOf } from '@/db/sql'

/** How often each queue is looked at: often enough for the 15-second webhook schedule. */
const TICK_MS = 5_000
/** The advisory lock namespace of the jobs queues (the second key is the queue's hash). */
const QUEUE_LOCKS = 7_419_204

/** The queues the configuration schedules tasks on. */
export function scheduledQueues(payload: Payload): string[] {
  const tasks = payload.config.jobs.tasks ?? []
  return [...new Set(tasks.flatMap((task) => (task.schedule ?? []).map((schedule) => schedule.queue ?? 'default')))]
}

/**
 * Schedules and runs one queue's due jobs, in one worker at a time. Payload claims jobs by
 * finding and then updating them, so two workers at the same tick would both run the same
 * job (and the scheduler would publish an item twice); a session advisory lock per queue
 * makes the others skip the tick instead. Returns false when another worker holds it.
 */
export async function runQueueExclusively(payload: Payload, queue: string): Promise<boolean> {
  const client = await poolOf(payload).connect()
  try {
    const { rows } = await client.query<{ locked: boolean }>('SELECT pg_try_advisory_lock($1, hashtext($2)) AS locked', [QUEUE_LOCKS, queue])
    if (!rows[0]?.locked) return false
    try {
      // With the lock held nobody else runs this queue, so a job still marked as processing
      // was left by a worker that died mid-job. Payload would never run it again, and while
      // it stays there it never schedules that task again either.
      await client.query('UPDATE payload_jobs SET processing = false WHERE queue = $1 AND processing AND completed_at IS NULL', [queue])
      await payload.jobs.handleSchedules({ queue })
      await payload.jobs.run({ queue, limit: 10, overrideAccess: true })
    } finally {
      await client.query('SELECT pg_advisory_unlock($1, hashtext($2))', [QUEUE_LOCKS, queue])
    }
    return true
  } finally {
    client.release()
  }
}

export type QueueRunner = { stop: () => Promise<void> }

/** Looks at every queue now and then every few seconds; one pass per queue at a time in this process. */
export function runQueues(payload: Payload, onError: (error: unknown) => void): QueueRunner {
  const queues = scheduledQueues(payload)
  const busy = new Map<string, Promise<void>>()
  const tick = () => {
    for (const queue of queues) {
      if (busy.has(queue)) continue
      const pass = runQueueExclusively(payload, queue)
        .then(() => undefined, onError)
        .finally(() => busy.delete(queue))
      busy.set(queue, pass)
    }
  }
  tick()
  const timer = setInterval(tick, TICK_MS)
  return {
    stop: async () => {
      clearInterval(timer)
      await Promise.all(busy.values())
    },
  }
}
