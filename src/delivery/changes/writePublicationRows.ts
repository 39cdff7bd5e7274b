import type { PayloadRequest } from 'payload'

import type { ContentType } from '@/content/contentTypes'
import { sqlFor } from '@/db/sql'
import { itemIdOf } from '../ninjs/itemIds'
import { announceChanges, type AnnouncedChange } from './announceChanges'
import { appendWithdrawalRows } from './appendWithdrawalRows'
import { audienceView, sameAsDelivered, type ViewSource } from './audienceView'
import { lockChangeLog } from './changeLogLock'
import { decidePublicationEvents } from './decideEvents'
import { bumpGeneration } from './deliveryState'
import { insertAudienceChanges } from './insertAudienceChanges'
import { clearPendingLifts } from './insertChange'
import { deliverySiteUrl, loadPublishedDoc } from './loadPublishedDoc'
import { readPriorState } from './readPriorState'
import type { AudienceView, DeliveryEvent, PriorState } from './types'
import { LANGS } from '@/i18n/lang'

export type PublicationInput = {
  req: PayloadRequest
  type: ContentType
  id: number
  major?: boolean
  now?: Date
  /**
   * Not a publication of the item but of something it shows (its campaign became visible
   * or hidden): only audiences the item is live for, and whose view of it changed, get
   * an `updated` version. Nothing else is written.
   */
  refresh?: boolean
}

type Events = ReturnType<typeof decidePublicationEvents>

function refreshEvents(
  before: PriorState | undefined,
  events: Events,
  views: Record<'trusted' | 'public', AudienceView>,
): Record<'trusted' | 'public', DeliveryEvent | null> {
  return {
    trusted: before?.liveForTrusted && !sameAsDelivered(views.trusted, before.lastFor.trusted) ? 'updated' : null,
    public: !events.liftPending && before?.liveForPublic && !sameAsDelivered(views.public, before.lastFor.public) ? 'updated' : null,
  }
}

/**
 * Records a publication in the change log, inside the publishing transaction: per language
 * the item has, the ninjs item as each audience receives it, and the webhook ledger rows
 * for it. A language the new version dropped is withdrawn. Returns how many rows it wrote.
 */
export async function writePublicationRows({ req, type, id, major = false, now = new Date(), refresh = false }: PublicationInput): Promise<number> {
  const sql = await sqlFor(req)
  await lockChangeLog(sql)
  const docs = await loadPublishedDoc(req, type, id)
  const prior = await readPriorState(
    sql,
    LANGS.map((lang) => itemIdOf(type, id, lang)),
  )
  const siteUrl = deliverySiteUrl()
  const planned: AnnouncedChange[] = []
  for (const lang of LANGS) {
    const itemId = itemIdOf(type, id, lang)
    const doc = docs.get(lang)
    if (!doc) {
      if (refresh) continue
      // A translation taken down alone: its readers are told, in its language.
      const dropped = await appendWithdrawalRows({ sql, itemId, prior: prior.get(itemId), now })
      if (dropped) {
        await announceChanges(req.payload, sql, {
          kind: 'withdrawn',
          contentType: type,
          docId: id,
          changeIds: [dropped.changeId],
          campaignSlug: dropped.campaignSlug,
          topicSlugs: dropped.topicSlugs,
          locales: [lang],
        })
      }
      continue
    }
    const before = prior.get(itemId)
    const events = decidePublicationEvents(before, doc.embargoUntil, now)
    const version = (before?.version ?? 0) + 1
    const changeNote = major && typeof doc.changeNote === 'string' && doc.changeNote.trim() ? doc.changeNote.trim() : null
    // A refresh is the same version seen anew: it keeps the note the version went out with.
    const note = refresh ? (before?.lastNinjs?.edNote ?? null) : changeNote
    const source: ViewSource = {
      type,
      lang,
      doc,
      version,
      versionCreated: now,
      siteUrl,
      now,
      changeNote: note,
      embargoedUntil: events.liftPending ? doc.embargoUntil : undefined,
    }
    const views = { trusted: await audienceView(source, 'trusted'), public: await audienceView(source, 'public') }
    const send = refresh ? refreshEvents(before, events, views) : { trusted: events.eventTrusted, public: events.eventPublic }
    if (!send.trusted && !send.public) continue
    // A new trusted row replaces the one waiting for its embargo.
    if (send.trusted) await clearPendingLifts(sql, itemId)
    const written = await insertAudienceChanges(
      sql,
      {
        itemId,
        contentType: type,
        docId: id,
        lang,
        slug: typeof doc.slug === 'string' ? doc.slug : null,
        version,
        pubStatus: 'usable',
        major,
        changeNote,
        embargoUntil: doc.embargoUntil ?? null,
        liftPending: events.liftPending && Boolean(send.trusted),
        occurredAt: now,
      },
      { trusted: { ...views.trusted, event: send.trusted }, public: { ...views.public, event: send.public } },
    )
    planned.push(...written)
  }
  if (refresh && planned.length === 0) return 0
  // Listeners (mail alerts and notices) plan their work in the same transaction: the mail
  // ledger comes before any send. A major update is a correction of what readers had.
  const corrected = refresh || !major ? [] : planned.filter((change) => change.eventPublic === 'updated')
  await announceChanges(req.payload, sql, { kind: 'published', changes: planned, corrected })
  await bumpGeneration(sql)
  return planned.length
}
