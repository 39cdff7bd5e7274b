import type { Payload } from 'payload'

import { inTransaction } from '@/db/sql'
import { addRecipients, ensureRun } from '../ledger/ensureRun'
import { digestHour, dueDigestPeriods, type DigestPeriod } from './digestSchedule'

/**
 * Creates the digest runs that are due, each once, with one ledger row per active
 * subscriber of that frequency. What each one gets is worked out when it is sent; a
 * subscriber with nothing new is then skipped (suppressed), never sent an empty digest.
 */
export async function startDueDigests(payload: Payload, now = new Date(), periods: DigestPeriod[] = dueDigestPeriods(now, digestHour())): Promise<number[]> {
  const started: number[] = []
  for (const period of periods) {
    const runId = await inTransaction(payload, async (sql) => {
      const run = await ensureRun(sql, { kind: period.kind, period: period.period, periodStart: period.start, periodEnd: period.end })
      if (!run.created) return null
      const subscribers = await sql<{ id: number }>(`SELECT id FROM subscribers WHERE status = 'active' AND frequency = $1 ORDER BY id`, [period.kind])
      await addRecipients(
        sql,
        run.id,
        subscribers.map((row) => Number(row.id)),
      )
      return run.id
    })
    if (runId !== null) started.push(runId)
  }
  return started
}
