import type { Sql } from '@/db/sql'
import type { ChangeAnnouncement } from '@/delivery/changes/announceChanges'

import { planAlerts } from './ledger/planAlerts'
import { planNotice } from './notices/planNotice'

/**
 * The mail side of the change log (a listener, see delivery/changes/announceChanges.ts): in the
 * change's transaction, immediate alerts for new versions, a correction notice to everyone
 * who had an earlier version (except those the alert already tells), and a withdrawal notice
 * to everyone who had the item. Only ledgers are written here; sending comes later.
 */
export async function planMailForChanges(sql: Sql, announcement: ChangeAnnouncement): Promise<void> {
  if (announcement.kind === 'withdrawn') {
    const { kind, ...notice } = announcement
    await planNotice(sql, { kind, ...notice })
    return
  }
  const alertRuns = await planAlerts(sql, announcement.changes)
  const [first] = announcement.corrected
  if (!first) return
  await planNotice(sql, {
    kind: 'corrected',
    contentType: first.contentType,
    docId: first.docId,
    changeIds: announcement.corrected.map((row) => row.changeId),
    campaignSlug: first.campaignSlug,
    topicSlugs: first.topicSlugs,
    excludeRuns: alertRuns,
  })
}
