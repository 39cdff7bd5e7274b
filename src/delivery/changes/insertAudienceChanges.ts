import { isDeepStrictEqual } from 'node:util'

import type { Sql } from '@/db/sql'
import { enqueueWebhooks } from '../webhooks/enqueueWebhooks'
import { insertChange } from './insertChange'
import type { AudienceView, ChangeRow, DeliveryEvent } from './types'

type Shared = Omit<ChangeRow, 'eventTrusted' | 'eventPublic' | 'ninjs' | 'campaignSlug' | 'topicSlugs'>

export type AudienceChange = AudienceView & { event: DeliveryEvent | null }

export type WrittenChange = ChangeRow & { changeId: number }

const sameView = (a: AudienceView, b: AudienceView): boolean =>
  a.campaignSlug === b.campaignSlug && isDeepStrictEqual(a.topicSlugs, b.topicSlugs) && isDeepStrictEqual(a.ninjs, b.ninjs)

/**
 * Appends one change for both audiences, with its webhook ledger rows: a single row when
 * they receive the same item under the same filters (the usual case), otherwise one row
 * per audience, each invisible to the other. That is how an item whose campaign only
 * trusted agencies may see reaches everyone else without it, not even as a filter value.
 * Only the trusted row can wait for an embargo to lift.
 */
export async function insertAudienceChanges(sql: Sql, shared: Shared, views: { trusted: AudienceChange; public: AudienceChange }): Promise<WrittenChange[]> {
  const { trusted, public: everyone } = views
  const rows: ChangeRow[] = []
  if (trusted.event && everyone.event && sameView(trusted, everyone)) {
    rows.push({
      ...shared,
      eventTrusted: trusted.event,
      eventPublic: everyone.event,
      ninjs: trusted.ninjs,
      campaignSlug: trusted.campaignSlug,
      topicSlugs: trusted.topicSlugs,
    })
  } else {
    if (trusted.event)
      rows.push({
        ...shared,
        eventTrusted: trusted.event,
        eventPublic: null,
        ninjs: trusted.ninjs,
        campaignSlug: trusted.campaignSlug,
        topicSlugs: trusted.topicSlugs,
      })
    if (everyone.event)
      rows.push({
        ...shared,
        eventTrusted: null,
        eventPublic: everyone.event,
        liftPending: false,
        ninjs: everyone.ninjs,
        campaignSlug: everyone.campaignSlug,
        topicSlugs: everyone.topicSlugs,
      })
  }
  const written: WrittenChange[] = []
  for (const row of rows) {
    const changeId = await insertChange(sql, row)
    await enqueueWebhooks(sql, { changeId, itemId: row.itemId, contentType: row.contentType, eventTrusted: row.eventTrusted, eventPublic: row.eventPublic })
    written.push({ ...row, changeId })
  }
  return written
}
