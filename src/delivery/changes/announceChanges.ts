import type { Payload } from 'payload'

import type { ContentType } from '@/content/contentTypes'
import type { Sql } from '@/db/sql'

import type { ChangeRow } from './types'
import { type Lang } from '@/i18n/lang'

/** One row the change log appended, as its listeners see it. */
export type AnnouncedChange = Pick<
  ChangeRow,
  'itemId' | 'contentType' | 'docId' | 'lang' | 'version' | 'eventPublic' | 'major' | 'campaignSlug' | 'topicSlugs'
> & { changeId: number }

/**
 * What the change log tells its listeners, inside the transaction that wrote it:
 * - `published`: new versions (a publication, an update, an embargo lifted); `corrected`
 *   are those of them an editor marked as a major correction of what readers had;
 * - `withdrawn`: an item (or one of its translations, `locales`) taken down.
 */
export type ChangeAnnouncement =
  | { kind: 'published'; changes: AnnouncedChange[]; corrected: AnnouncedChange[] }
  | { kind: 'withdrawn'; contentType: ContentType; docId: number; changeIds: number[]; campaignSlug: string | null; topicSlugs: string[]; locales?: Lang[] }

/**
 * A listener runs in the change's own transaction, with its SQL: what it writes (a mail
 * ledger, say) commits or rolls back with the change. It must not send anything itself.
 */
export type ChangeListener = (sql: Sql, announcement: ChangeAnnouncement) => Promise<void>

/** Where the configuration names the change log's listeners (payload.config.ts, `custom`). */
export type ChangeLogCustom = { changeListeners?: ChangeListener[] }

/**
 * Tells every listener of this configuration, one after another, in the transaction. Delivery
 * knows nothing of who listens: mail alerts and notices subscribe in payload.config.ts.
 */
export async function announceChanges(payload: Payload, sql: Sql, announcement: ChangeAnnouncement): Promise<void> {
  const listeners = (payload.config.custom as ChangeLogCustom | undefined)?.changeListeners ?? []
  for (const listen of listeners) await listen(sql, announcement)
}
