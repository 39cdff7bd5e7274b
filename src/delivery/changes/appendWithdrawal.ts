import type { PayloadRequest } from 'payload'

import type { ContentType } from '@/content/contentTypes'
import { sqlFor } from '@/db/sql'
import { itemIdOf } from '../ninjs/itemIds'
import { announceChanges } from './announceChanges'
import { appendWithdrawalRows } from './appendWithdrawalRows'
import type { WrittenChange } from './insertAudienceChanges'
import { lockChangeLog } from './changeLogLock'
import { bumpGeneration } from './deliveryState'
import { readPriorState } from './readPriorState'
import { refreshDependants } from './refreshDependants'
import { LANGS } from '@/i18n/lang'

/**
 * Records a withdrawal (or deletion) in the change log, inside its transaction: agencies
 * that had the item get `pubStatus: canceled`, with the public reason in `edNote`; agencies
 * that never saw it hear nothing. Everyone who had it by mail or as a downloaded bundle is
 * put in the ledger of one withdrawal notice (by the change log's mail listener). A withdrawn campaign also leaves the items
 * filed under it: they get a new version without it.
 */
export async function appendWithdrawal({
  req,
  type,
  id,
  reason,
  now = new Date(),
}: {
  req: PayloadRequest
  type: ContentType
  id: number
  reason?: string | null
  now?: Date
}): Promise<void> {
  const sql = await sqlFor(req)
  await lockChangeLog(sql)
  const itemIds = LANGS.map((lang) => itemIdOf(type, id, lang))
  const prior = await readPriorState(sql, itemIds)
  const withdrawn: WrittenChange[] = []
  for (const itemId of itemIds) {
    const written = await appendWithdrawalRows({ sql, itemId, prior: prior.get(itemId), now, reason })
    if (written) withdrawn.push(written)
  }
  if (withdrawn.length > 0) {
    const [first] = withdrawn
    await announceChanges(req.payload, sql, {
      kind: 'withdrawn',
      contentType: type,
      docId: id,
      changeIds: withdrawn.map((row) => row.changeId),
      campaignSlug: first!.campaignSlug,
      topicSlugs: first!.topicSlugs,
    })
  }
  await bumpGeneration(sql)
  if (type === 'campaign') await refreshDependants({ req, campaignId: id, now })
}
