import type { PayloadRequest } from 'payload'

import type { ContentType } from '../contentTypes'
import { sqlFor } from '../db/sql'
import { LANGUAGES } from '../languages'
import { itemIdOf } from '../ninjs/itemIds'
import { appendWithdrawalRows } from './appendWithdrawalRows'
import { lockChangeLog } from './changeLogLock'
import { bumpGeneration } from './deliveryState'
import { readPriorState } from './readPriorState'
import { refreshDependants } from './refreshDependants'

/**
 * Records a withdrawal (or deletion) in the change log, inside its transaction: agencies
 * that had the item get `pubStatus: canceled`; agencies that never saw it hear nothing.
 * A withdrawn campaign also leaves the items filed under it: they get a new version
 * without it.
 */
export async function appendWithdrawal({ req, type, id, now = new Date() }: { req: PayloadRequest; type: ContentType; id: number; now?: Date }): Promise<void> {
  const sql = await sqlFor(req)
  await lockChangeLog(sql)
  const itemIds = LANGUAGES.map((lang) => itemIdOf(type, id, lang))
  const prior = await readPriorState(sql, itemIds)
  for (const itemId of itemIds) await appendWithdrawalRows({ sql, itemId, prior: prior.get(itemId), now })
  await bumpGeneration(sql)
  if (type === 'campaign') await refreshDependants({ req, campaignId: id, now })
}
