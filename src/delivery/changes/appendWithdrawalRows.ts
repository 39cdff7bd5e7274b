import type { Sql } from '@/db/sql'
import { parseItemId } from '../ninjs/itemIds'
import { canceledNinjs } from '../ninjs/renderNinjs'
import { decideWithdrawalEvents } from './decideEvents'
import { insertAudienceChanges, type WrittenChange } from './insertAudienceChanges'
import { clearPendingLifts } from './insertChange'
import type { PriorState } from './types'

/**
 * Appends the `canceled` change of one item, if it is live for anyone; the caller holds the
 * lock. Each audience gets it under the filters it last found the item by, so an agency that
 * synced through `?campaign=` hears of the withdrawal there, and nobody learns a filter value
 * they were never shown. The public reason goes in the item's `edNote`. Returns the row the
 * public sees (else the trusted one), so the caller can plan the notice to everyone who had the item.
 */
export async function appendWithdrawalRows({
  sql,
  itemId,
  prior,
  now,
  reason,
}: {
  sql: Sql
  itemId: string
  prior: PriorState | undefined
  now: Date
  reason?: string | null
}): Promise<WrittenChange | undefined> {
  if (!prior || !prior.lastNinjs) return undefined
  const events = decideWithdrawalEvents(prior)
  await clearPendingLifts(sql, itemId)
  if (!events.eventTrusted && !events.eventPublic) return undefined
  const parsed = parseItemId(itemId)!
  const version = prior.version + 1
  const ninjs = canceledNinjs(prior.lastNinjs, version, now, reason)
  const filters = (audience: 'trusted' | 'public') => {
    const last = prior.lastFor[audience] ?? prior.last
    return { campaignSlug: last.campaignSlug, topicSlugs: last.topicSlugs }
  }
  const written = await insertAudienceChanges(
    sql,
    {
      itemId,
      contentType: parsed.type,
      docId: parsed.docId,
      lang: parsed.lang,
      slug: prior.last.slug,
      version,
      pubStatus: 'canceled',
      major: false,
      embargoUntil: null,
      liftPending: false,
      occurredAt: now,
    },
    { trusted: { event: events.eventTrusted, ninjs, ...filters('trusted') }, public: { event: events.eventPublic, ninjs, ...filters('public') } },
  )
  // An item withdrawn under embargo was seen only by trusted readers (agencies, and the
  // journalists who downloaded it): its notice is about the trusted row.
  return written.find((row) => row.eventPublic === 'withdrawn') ?? written[0]
}
