import type { Payload } from 'payload'

import { poolOf } from '@/db/sql'
import type { NinjsItem } from '../ninjs/types'
import { allowPrivateWebhooks } from './addressPolicy'
import { MAX_WEBHOOK_ATTEMPTS, retryDelayMs } from './backoff'
import { postWebhook } from './postWebhook'
import { SIGNATURE_HEADER, signWebhook } from './signWebhook'

type Claimed = {
  id: number
  event: string
  attempts: number
  occurred_at: Date
  ninjs: NinjsItem
  webhook_url: string | null
  webhook_secret: string | null
  active: boolean
  trusted: boolean
}

/** A row left in `sending` this long was interrupted by a crash and is tried again. */
const STALE_CLAIM = "interval '2 minutes'"

/**
 * Claims due ledger rows atomically (FOR UPDATE SKIP LOCKED), so concurrent workers never
 * take the same row; only a row in flight when a worker died can be posted twice.
 */
async function claimDue(payload: Payload, limit: number): Promise<Claimed[]> {
  const { rows } = await poolOf(payload).query<Claimed>(
    `WITH due AS (
       SELECT id FROM webhook_deliveries
        WHERE (status = 'pending' AND next_attempt_at <= now())
           OR (status = 'sending' AND claimed_at < now() - ${STALE_CLAIM})
        ORDER BY id LIMIT $1 FOR UPDATE SKIP LOCKED)
     UPDATE webhook_deliveries w SET status = 'sending', claimed_at = now(), updated_at = now()
       FROM due, delivery_changes c, agencies a
      WHERE w.id = due.id AND c.id = w.change_id AND a.id = w.agency_id
      RETURNING w.id, w.event, w.attempts::int AS attempts, c.occurred_at, c.ninjs, a.webhook_url, a.webhook_secret, a.active, a.trusted`,
    [limit],
  )
  return rows
}

/** The signed body agencies receive; the ninjs is the one the change log holds for their audience. */
export function webhookBody(row: Pick<Claimed, 'event' | 'occurred_at' | 'ninjs'>, trusted: boolean): string {
  const { embargoedUntil, ...publicItem } = row.ninjs
  const item = trusted && embargoedUntil ? row.ninjs : publicItem
  return JSON.stringify({ event: row.event, occurredAt: new Date(row.occurred_at).toISOString(), item })
}

async function settle(payload: Payload, id: number, attempts: number, outcome: { ok: boolean; status?: number; error?: string }) {
  const pool = poolOf(payload)
  if (outcome.ok) {
    await pool.query(
      `UPDATE webhook_deliveries SET status = 'delivered', attempts = $2, response_code = $3, last_error = NULL,
         delivered_at = now(), next_attempt_at = NULL, updated_at = now() WHERE id = $1`,
      [id, attempts, outcome.status ?? null],
    )
    return
  }
  const delay = attempts >= MAX_WEBHOOK_ATTEMPTS ? null : retryDelayMs(attempts)
  await pool.query(
    `UPDATE webhook_deliveries SET status = $2, attempts = $3, response_code = $4, last_error = $5,
       next_attempt_at = $6, updated_at = now() WHERE id = $1`,
    [
      id,
      delay === null ? 'failed' : 'pending',
      attempts,
      outcome.status ?? null,
      (outcome.error ?? `HTTP ${outcome.status}`).slice(0, 500),
      delay === null ? null : new Date(Date.now() + delay).toISOString(),
    ],
  )
}

/**
 * Posts every webhook that is due: signed with the agency's secret, retried with
 * exponential backoff (7 attempts over about an hour), recorded in the ledger.
 * Returns how many rows it settled.
 */
export async function sendDueWebhooks(payload: Payload, { batch = 20 }: { batch?: number } = {}): Promise<number> {
  let settled = 0
  for (;;) {
    const claimed = await claimDue(payload, batch)
    if (claimed.length === 0) return settled
    await Promise.all(
      claimed.map(async (row) => {
        const attempts = row.attempts + 1
        if (!row.active || !row.webhook_url || !row.webhook_secret) {
          await settle(payload, row.id, MAX_WEBHOOK_ATTEMPTS, { ok: false, error: 'the agency is inactive or has no webhook URL' })
          return
        }
        const body = webhookBody(row, Boolean(row.trusted))
        const outcome = await postWebhook({
          url: row.webhook_url,
          body,
          headers: {
            [SIGNATURE_HEADER]: signWebhook({ secret: row.webhook_secret, body }),
            'X-Newsroom-Event': row.event,
            'X-Newsroom-Delivery': String(row.id),
          },
          allowPrivate: allowPrivateWebhooks(),
        })
        await settle(payload, row.id, attempts, outcome)
      }),
    )
    settled += claimed.length
  }
}
