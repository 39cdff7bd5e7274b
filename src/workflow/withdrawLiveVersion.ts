import type { PayloadRequest } from 'payload'

import { sqlFor } from '@/db/sql'
import type { WorkflowCollection } from '@/content/contentCollections'
import { liveTable } from './liveTable'
import { runLiveChangeHooks } from './runLiveChangeHooks'

type Withdrawal = { req: PayloadRequest; collection: WorkflowCollection; id: number; reason: string; at: Date }

/**
 * Takes the live version down now, whatever the working copy is doing: only the live row
 * changes (unpublished, marked withdrawn, with the date and the public reason), so an
 * edit in review stays as it is and can be published later as the item's next version.
 */
export async function withdrawLiveVersion({ req, collection, id, reason, at }: Withdrawal): Promise<void> {
  const sql = await sqlFor(req)
  await sql(
    `UPDATE "${liveTable(req.payload, collection)}"
        SET _status = 'draft', stage = 'withdrawn', withdrawn_at = $2, withdrawal_reason = $3, unpublish_at = NULL, updated_at = $2
      WHERE id = $1`,
    [id, at.toISOString(), reason],
  )
  await runLiveChangeHooks(req, collection, id, 'withdraw')
}

/** Sets (or, with `null`, cancels) the time at which the scheduler withdraws the live version, with its reason. */
export async function scheduleWithdrawal(
  req: PayloadRequest,
  collection: WorkflowCollection,
  id: number,
  at: Date | null,
  reason: string | null,
): Promise<void> {
  const sql = await sqlFor(req)
  await sql(`UPDATE "${liveTable(req.payload, collection)}" SET unpublish_at = $2, withdrawal_reason = $3 WHERE id = $1`, [
    id,
    at?.toISOString() ?? null,
    reason,
  ])
}
