import type { Payload } from 'payload'

import { inTransaction, type Sql } from '../db/sql'
import { withoutEmbargo } from '../ninjs/renderNinjs'
import type { NinjsItem } from '../ninjs/types'
import { planAlerts, type PlannedChange } from '../../email/ledger/planAlerts'
import { enqueueWebhooks } from '../webhooks/enqueueWebhooks'
import { lockChangeLog } from './changeLogLock'
import { decideLiftEvent } from './decideEvents'
import { bumpGeneration } from './deliveryState'
import { insertChange } from './insertChange'
import { readPriorState } from './readPriorState'
import type { ChangeRow } from './types'

type DueRow = {
  id: number
  item_id: string
  content_type: ChangeRow['contentType']
  doc_id: string
  lang: ChangeRow['lang']
  slug: string | null
  version: string
  campaign_slug: string | null
  topic_slugs: string[] | null
  ninjs: NinjsItem
  is_latest: boolean
  major: boolean | null
  change_note: string | null
}

async function liftRows(sql: Sql, now: Date): Promise<number> {
  await lockChangeLog(sql)
  const due = await sql<DueRow>(
    `SELECT c.*, c.id = (SELECT max(id) FROM delivery_changes l WHERE l.item_id = c.item_id) AS is_latest
       FROM delivery_changes c WHERE c.lift_pending AND c.embargo_until <= $1 ORDER BY c.id`,
    [now.toISOString()],
  )
  if (due.length === 0) return 0
  const prior = await readPriorState(sql, due.map((row) => row.item_id))
  let lifted = 0
  const planned: PlannedChange[] = []
  for (const row of due) {
    await sql('UPDATE delivery_changes SET lift_pending = false WHERE id = $1', [row.id])
    if (!row.is_latest) continue
    const event = decideLiftEvent(prior.get(row.item_id))
    const change = {
      itemId: row.item_id,
      contentType: row.content_type,
      docId: Number(row.doc_id),
      lang: row.lang,
      slug: row.slug,
      version: Number(row.version),
      eventTrusted: null,
      eventPublic: event,
      pubStatus: 'usable',
      major: Boolean(row.major),
      changeNote: row.change_note,
      embargoUntil: null,
      liftPending: false,
      campaignSlug: row.campaign_slug,
      topicSlugs: row.topic_slugs ?? [],
      occurredAt: now,
      ninjs: withoutEmbargo(row.ninjs),
    } satisfies ChangeRow
    const changeId = await insertChange(sql, change)
    planned.push({ ...change, changeId })
    await enqueueWebhooks(sql, { changeId, itemId: row.item_id, contentType: row.content_type, eventTrusted: null, eventPublic: event })
    lifted += 1
  }
  await planAlerts(sql, planned)
  await bumpGeneration(sql)
  return lifted
}

/**
 * When an embargo passes, the item reaches everyone else: a new change log row that only
 * they see (trusted agencies already have it), and webhooks for them. Runs from the
 * scheduler and, lazily, from any delivery request that notices a due embargo, so the
 * item appears on time even between scheduler runs. Safe to run concurrently: the
 * change log lock serialises it and a lifted row is never lifted twice.
 */
export async function liftDueEmbargoes(payload: Payload, now: Date = new Date()): Promise<number> {
  return inTransaction(payload, (sql) => liftRows(sql, now))
}
