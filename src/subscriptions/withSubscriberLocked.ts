import { commitTransaction, createLocalReq, initTransaction, killTransaction, type Payload, type PayloadRequest } from 'payload'

import { sqlFor, type Sql } from '@/db/sql'
import type { SubscriberRecord } from './subscriberRecord'

export type Locked = { req: PayloadRequest; sql: Sql; subscriber: SubscriberRecord | null }

/**
 * Runs `work` in one transaction that holds the subscriber's row locked, so that two
 * subscribes (or two clicks) for one address at once are decided one after the other,
 * on every app instance: the second sees what the first wrote. `subscriber` is read
 * after the lock is taken, or null when there is no such subscriber.
 */
export async function withSubscriberLocked<T>(payload: Payload, id: number, work: (locked: Locked) => Promise<T>): Promise<T> {
  const req = await createLocalReq({}, payload)
  const shouldCommit = await initTransaction(req)
  try {
    const sql = await sqlFor(req)
    const rows = await sql('SELECT id FROM subscribers WHERE id = $1 FOR UPDATE', [id])
    const subscriber = rows.length
      ? ((await payload.findByID({
          collection: 'subscribers',
          id,
          depth: 0,
          overrideAccess: true,
          showHiddenFields: true,
          disableErrors: true,
          req,
        })) as unknown as SubscriberRecord | null)
      : null
    const result = await work({ req, sql, subscriber })
    if (shouldCommit) await commitTransaction(req)
    return result
  } catch (error) {
    if (shouldCommit) await killTransaction(req)
    throw error
  }
}
