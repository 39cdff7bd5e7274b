import type { PayloadRequest } from 'payload'

import type { ContentType } from '../contentTypes'
import { sqlFor } from '../db/sql'
import { LANGUAGES } from '../languages'
import { itemIdOf } from '../ninjs/itemIds'
import { renderNinjs, withoutEmbargo } from '../ninjs/renderNinjs'
import { enqueueWebhooks } from '../webhooks/enqueueWebhooks'
import { lockChangeLog } from './changeLogLock'
import { decidePublicationEvents } from './decideEvents'
import { bumpGeneration } from './deliveryState'
import { clearPendingLifts, insertChange } from './insertChange'
import { deliverySiteUrl, loadPublishedDoc } from './loadPublishedDoc'
import { readPriorState } from './readPriorState'
import type { ChangeRow } from './types'
import { appendWithdrawalRows } from './appendWithdrawal'
import { planAlerts, type PlannedChange } from '../../email/ledger/planAlerts'

type Doc = Record<string, any>

const slugOf = (value: unknown): string | null => (value && typeof value === 'object' && typeof (value as Doc).slug === 'string' ? (value as Doc).slug : null)

/**
 * Records a publication in the change log, inside the publishing transaction: one row per
 * language the item has, holding the ninjs item as delivered, and the webhook ledger rows
 * for it. A language the new version dropped is withdrawn.
 */
export async function appendPublication({ req, type, id, major = false, now = new Date() }: { req: PayloadRequest; type: ContentType; id: number; major?: boolean; now?: Date }): Promise<void> {
  const sql = await sqlFor(req)
  await lockChangeLog(sql)
  const docs = await loadPublishedDoc(req, type, id)
  const prior = await readPriorState(sql, LANGUAGES.map((lang) => itemIdOf(type, id, lang)))
  const siteUrl = deliverySiteUrl()
  const planned: PlannedChange[] = []
  for (const lang of LANGUAGES) {
    const itemId = itemIdOf(type, id, lang)
    const doc = docs.get(lang)
    if (!doc) {
      await appendWithdrawalRows({ sql, itemId, prior: prior.get(itemId), now })
      continue
    }
    const before = prior.get(itemId)
    const events = decidePublicationEvents(before, doc.embargoUntil, now)
    const version = (before?.version ?? 0) + 1
    const ninjs = renderNinjs({ type, lang, doc, version, versionCreated: now, siteUrl, embargoedUntil: events.liftPending ? doc.embargoUntil : undefined })
    await clearPendingLifts(sql, itemId)
    const row = {
      itemId,
      contentType: type,
      docId: id,
      lang,
      slug: typeof doc.slug === 'string' ? doc.slug : null,
      version,
      ...events,
      pubStatus: 'usable',
      major,
      changeNote: major && typeof doc.changeNote === 'string' && doc.changeNote.trim() ? doc.changeNote.trim() : null,
      embargoUntil: doc.embargoUntil ?? null,
      campaignSlug: type === 'campaign' ? (doc.slug ?? null) : slugOf(doc.campaign),
      topicSlugs: (Array.isArray(doc.topics) ? doc.topics : []).map(slugOf).filter((slug: string | null): slug is string => Boolean(slug)),
      occurredAt: now,
      ninjs: events.liftPending ? ninjs : withoutEmbargo(ninjs),
    } satisfies ChangeRow
    const changeId = await insertChange(sql, row)
    planned.push({ ...row, changeId })
    await enqueueWebhooks(sql, { changeId, itemId, contentType: type, eventTrusted: events.eventTrusted, eventPublic: events.eventPublic })
  }
  // Immediate alerts are planned in the same transaction: the mail ledger comes before any send.
  await planAlerts(sql, planned)
  await bumpGeneration(sql)
}
