import type { ContentType } from '@/content/contentTypes'
import type { Sql } from '@/db/sql'
import { addRecipients, ensureRun } from '../ledger/ensureRun'
import { findBundleDownloaders } from './findBundleDownloaders'
import { findItemReaders } from './findItemReaders'
import { addJournalistRecipients } from './journalistLedger'
import { LANGS, type Lang } from '@/i18n/lang'

export type NoticeKind = 'withdrawn' | 'corrected'

export type PlannedNotice = {
  kind: NoticeKind
  contentType: ContentType
  docId: number
  /** The public change log rows of this withdrawal or correction (one per language); the first names the run. */
  changeIds: number[]
  campaignSlug: string | null
  topicSlugs: string[]
  /** Only readers of these languages (a translation taken down alone); everyone by default. */
  locales?: Lang[]
  /** Runs whose readers hear of this change anyway (the alert of a major update). */
  excludeRuns?: number[]
}

/**
 * Plans the notice of a withdrawal or a major correction, in the transaction of the change:
 * one run per change of a document, whatever its languages, with a ledger row for every
 * subscriber who received the document by mail (alert or digest) and every accredited
 * journalist who downloaded its bundle. Each person once; nothing is sent before the
 * ledger holds them. Returns the run, or null when nobody had the item.
 */
export async function planNotice(sql: Sql, notice: PlannedNotice): Promise<number | null> {
  const [first] = notice.changeIds
  if (first === undefined) return null
  const locales = notice.locales ?? [...LANGS]
  const subscribers = await findItemReaders(sql, { ...notice, locales })
  const journalists =
    notice.contentType === 'briefing-pack' ? await findBundleDownloaders(sql, { packId: notice.docId, locales, subscriberIds: subscribers }) : []
  if (subscribers.length === 0 && journalists.length === 0) return null
  const run = await ensureRun(sql, { kind: 'correction', period: `${notice.contentType}-${notice.docId}@${notice.kind}#${first}`, changeId: first })
  await addJournalistRecipients(sql, run.id, journalists)
  // Last, because it recounts the run: its totals include the journalists.
  await addRecipients(sql, run.id, subscribers)
  return run.id
}
