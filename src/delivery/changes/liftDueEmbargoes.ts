import { commitTransaction, createLocalReq, initTransaction, killTransaction, type Payload, type PayloadRequest } from 'payload'

import { inTransaction, type Sql } from '@/db/sql'
import type { NinjsItem } from '../ninjs/types'
import { enqueueWebhooks } from '../webhooks/enqueueWebhooks'
import { announceChanges, type AnnouncedChange } from './announceChanges'
import { audienceView } from './audienceView'
import { lockChangeLog } from './changeLogLock'
import { decideLiftEvent } from './decideEvents'
import { bumpGeneration } from './deliveryState'
import { insertChange } from './insertChange'
import { deliverySiteUrl, loadPublishedDoc } from './loadPublishedDoc'
import { readPriorState } from './readPriorState'
import { refreshDependants } from './refreshDependants'
import type { ChangeRow } from './types'
import type { StoredDocument } from '@/content/storedDocument'
import { type Lang } from '@/i18n/lang'

type DueRow = {
  id: number
  item_id: string
  content_type: ChangeRow['contentType']
  doc_id: string
  lang: ChangeRow['lang']
  slug: string | null
  version: string
  ninjs: NinjsItem
  is_latest: boolean
  major: boolean | null
  change_note: string | null
}

type Doc = StoredDocument

/** The live documents of the items due, by type, id and language (read outside the lift's transaction). */
async function loadLiveDocs(req: PayloadRequest, rows: DueRow[]): Promise<Map<string, Map<Lang, Doc>>> {
  const docs = new Map<string, Map<Lang, Doc>>()
  for (const row of rows) {
    const key = `${row.content_type}-${row.doc_id}`
    if (!docs.has(key)) docs.set(key, await loadPublishedDoc(req, row.content_type, Number(row.doc_id)))
  }
  return docs
}

async function liftRows(sql: Sql, payload: Payload, now: Date): Promise<{ lifted: number; campaigns: number[] }> {
  await lockChangeLog(sql)
  const due = await sql<DueRow>(
    `SELECT c.*, c.id = (SELECT max(id) FROM delivery_changes l WHERE l.item_id = c.item_id) AS is_latest
       FROM delivery_changes c WHERE c.lift_pending AND c.embargo_until <= $1 ORDER BY c.id`,
    [now.toISOString()],
  )
  if (due.length === 0) return { lifted: 0, campaigns: [] }
  const prior = await readPriorState(
    sql,
    due.map((row) => row.item_id),
  )
  const live = await loadLiveDocs(
    await createLocalReq({}, payload),
    due.filter((row) => row.is_latest),
  )
  const siteUrl = deliverySiteUrl()
  const campaigns = new Set<number>()
  const planned: AnnouncedChange[] = []
  for (const row of due) {
    await sql('UPDATE delivery_changes SET lift_pending = false WHERE id = $1', [row.id])
    if (!row.is_latest) continue
    const doc = live.get(`${row.content_type}-${row.doc_id}`)?.get(row.lang)
    // Not live in this language any more: nothing reaches the public (a withdrawal row would be newer).
    if (!doc) continue
    // The public view is rendered now, not copied from the trusted one: a related campaign
    // still under embargo, or never published, stays out of it.
    const view = await audienceView(
      {
        type: row.content_type,
        lang: row.lang,
        doc,
        version: Number(row.version),
        versionCreated: new Date(row.ninjs.versionCreated ?? now),
        siteUrl,
        now,
        changeNote: row.change_note,
      },
      'public',
    )
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
      campaignSlug: view.campaignSlug,
      topicSlugs: view.topicSlugs,
      occurredAt: now,
      ninjs: view.ninjs,
    } satisfies ChangeRow
    const changeId = await insertChange(sql, change)
    planned.push({ ...change, changeId })
    await enqueueWebhooks(sql, { changeId, itemId: row.item_id, contentType: row.content_type, eventTrusted: null, eventPublic: event })
    if (row.content_type === 'campaign') campaigns.add(Number(row.doc_id))
  }
  await announceChanges(payload, sql, { kind: 'published', changes: planned, corrected: [] })
  await bumpGeneration(sql)
  return { lifted: planned.length, campaigns: [...campaigns] }
}

/** Items filed under a campaign that just came out of embargo now name it for everyone. */
async function refreshAfterLift(payload: Payload, campaigns: number[], now: Date): Promise<void> {
  if (campaigns.length === 0) return
  const req = await createLocalReq({}, payload)
  await initTransaction(req)
  try {
    for (const campaignId of campaigns) await refreshDependants({ req, campaignId, now })
    await commitTransaction(req)
  } catch (error) {
    await killTransaction(req)
    throw error
  }
}

/**
 * When an embargo passes, the item reaches everyone else: a new change log row that only
 * they see (trusted agencies already have it), and webhooks for them. Runs from the
 * scheduler and, lazily, from any delivery request that notices a due embargo, so the
 * item appears on time even between scheduler runs. Safe to run concurrently: the
 * change log lock serialises it and a lifted row is never lifted twice.
 */
export async function liftDueEmbargoes(payload: Payload, now: Date = new Date()): Promise<number> {
  const { lifted, campaigns } = await inTransaction(payload, (sql) => liftRows(sql, payload, now))
  await refreshAfterLift(payload, campaigns, now)
  return lifted
}
