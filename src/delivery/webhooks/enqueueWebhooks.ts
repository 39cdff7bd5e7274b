import type { ContentType } from '@/content/contentTypes'
import type { Sql } from '@/db/sql'
import { signalWork } from '@/db/workSignal'
import type { DeliveryEvent } from '../changes/types'

type Change = { changeId: number; itemId: string; contentType: ContentType; eventTrusted: DeliveryEvent | null; eventPublic: DeliveryEvent | null }

/**
 * Writes the ledger rows for one change, before anything is sent and in the same
 * transaction as the change: one per active agency with a webhook URL that may see it
 * (trusted agencies get the trusted event, the others the public one; an agency limited
 * to other content types gets nothing). The unique (agency, change) index makes this
 * safe to repeat. New rows wake the workers when the transaction commits.
 */
export async function enqueueWebhooks(sql: Sql, change: Change): Promise<void> {
  const audiences: Array<[boolean, DeliveryEvent | null]> = [
    [true, change.eventTrusted],
    [false, change.eventPublic],
  ]
  let queued = 0
  for (const [trusted, event] of audiences) {
    if (!event) continue
    const rows = await sql(
      `INSERT INTO webhook_deliveries (agency_id, change_id, event, item_id, status, attempts, next_attempt_at, updated_at, created_at)
       SELECT a.id, $1, $2, $3, 'pending', 0, now(), now(), now()
         FROM agencies a
        WHERE a.active AND coalesce(a.trusted, false) = $4
          AND coalesce(a.webhook_url, '') <> ''
          AND (NOT EXISTS (SELECT 1 FROM agencies_allowed_types t WHERE t.parent_id = a.id)
               OR EXISTS (SELECT 1 FROM agencies_allowed_types t WHERE t.parent_id = a.id AND t.value::text = $5))
       ON CONFLICT DO NOTHING RETURNING id`,
      [change.changeId, `item.${event}`, change.itemId, trusted, change.contentType],
    )
    queued += rows.length
  }
  if (queued > 0) await signalWork(sql, 'webhooks')
}
