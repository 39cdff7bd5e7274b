import type { PayloadRequest } from 'payload'

import type { ContentType } from '../contentTypes'
import { sqlFor, type Sql } from '../db/sql'
import { LANGUAGES } from '../languages'
import { itemIdOf, parseItemId } from '../ninjs/itemIds'
import { canceledNinjs } from '../ninjs/renderNinjs'
import { planCorrection } from '../../email/ledger/planAlerts'
import { enqueueWebhooks } from '../webhooks/enqueueWebhooks'
import { lockChangeLog } from './changeLogLock'
import { decideWithdrawalEvents } from './decideEvents'
import { bumpGeneration } from './deliveryState'
import { clearPendingLifts, insertChange } from './insertChange'
import { readPriorState } from './readPriorState'
import type { PriorState } from './types'

/** Appends a `canceled` row for one item, if it is live for anyone; the caller holds the lock. */
export async function appendWithdrawalRows({ sql, itemId, prior, now }: { sql: Sql; itemId: string; prior: PriorState | undefined; now: Date }): Promise<void> {
  if (!prior || !prior.lastNinjs) return
  const events = decideWithdrawalEvents(prior)
  await clearPendingLifts(sql, itemId)
  if (!events.eventTrusted && !events.eventPublic) return
  const parsed = parseItemId(itemId)!
  const version = prior.version + 1
  const changeId = await insertChange(sql, {
    itemId,
    contentType: parsed.type,
    docId: parsed.docId,
    lang: parsed.lang,
    slug: prior.last.slug,
    version,
    ...events,
    pubStatus: 'canceled',
    major: false,
    embargoUntil: null,
    campaignSlug: prior.last.campaignSlug,
    topicSlugs: prior.last.topicSlugs,
    occurredAt: now,
    ninjs: canceledNinjs(prior.lastNinjs, version, now),
  })
  await enqueueWebhooks(sql, { changeId, itemId, contentType: parsed.type, eventTrusted: events.eventTrusted, eventPublic: events.eventPublic })
  if (events.eventPublic === 'withdrawn') await planCorrection(sql, { changeId, itemId, version })
}

/**
 * Records a withdrawal (or deletion) in the change log, inside its transaction: agencies
 * that had the item get `pubStatus: canceled`; agencies that never saw it hear nothing.
 */
export async function appendWithdrawal({ req, type, id, now = new Date() }: { req: PayloadRequest; type: ContentType; id: number; now?: Date }): Promise<void> {
  const sql = await sqlFor(req)
  await lockChangeLog(sql)
  const itemIds = LANGUAGES.map((lang) => itemIdOf(type, id, lang))
  const prior = await readPriorState(sql, itemIds)
  for (const itemId of itemIds) await appendWithdrawalRows({ sql, itemId, prior: prior.get(itemId), now })
  await bumpGeneration(sql)
}
