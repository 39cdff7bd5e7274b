import type { Sql } from '@/db/sql'
import type { AnnouncedChange } from '@/delivery/changes/announceChanges'
import { addRecipients, ensureRun } from './ensureRun'

export type PlannedChange = AnnouncedChange

/** Whether a public change is worth an immediate alert: a publication, or an update its editors marked major. */
export const isAlertWorthy = (change: Pick<PlannedChange, 'eventPublic' | 'major'>): boolean =>
  change.eventPublic === 'published' || (change.eventPublic === 'updated' && change.major)

/** Active immediate subscribers in these languages who follow this item (no choice made means everything). */
async function followersOf(sql: Sql, change: PlannedChange, locales: string[]): Promise<number[]> {
  const rows = await sql<{ id: number }>(
    `SELECT s.id FROM subscribers s
      WHERE s.status = 'active' AND s.frequency = 'immediate' AND s.locale::text = ANY($1::text[])
        AND (NOT EXISTS (SELECT 1 FROM subscribers_content_types t WHERE t.parent_id = s.id)
             OR EXISTS (SELECT 1 FROM subscribers_content_types t WHERE t.parent_id = s.id AND t.value::text = $2))
        AND (NOT EXISTS (SELECT 1 FROM subscribers_rels r WHERE r.parent_id = s.id AND r.path = 'topics')
             OR EXISTS (SELECT 1 FROM subscribers_rels r JOIN topics tp ON tp.id = r.topics_id WHERE r.parent_id = s.id AND r.path = 'topics' AND tp.slug = ANY($3::text[])))
        AND (NOT EXISTS (SELECT 1 FROM subscribers_rels r WHERE r.parent_id = s.id AND r.path = 'campaigns')
             OR EXISTS (SELECT 1 FROM subscribers_rels r JOIN campaigns c ON c.id = r.campaigns_id WHERE r.parent_id = s.id AND r.path = 'campaigns' AND c.slug = $4))`,
    [locales, change.contentType, change.topicSlugs, change.campaignSlug],
  )
  return rows.map((row) => Number(row.id))
}

/**
 * Plans immediate alerts for the changes one publication (or embargo lift) appended, in
 * its transaction: one run per item version and one ledger row per follower, so nobody
 * gets two alerts for one version. English readers get the Vietnamese item when the
 * publication has no English one.
 */
export async function planAlerts(sql: Sql, changes: PlannedChange[]): Promise<number[]> {
  const runs: number[] = []
  for (const change of changes) {
    if (!isAlertWorthy(change)) continue
    const hasEnglish = changes.some(
      (other) => other.contentType === change.contentType && other.docId === change.docId && other.lang === 'en' && isAlertWorthy(other),
    )
    const locales = change.lang === 'en' ? ['en'] : hasEnglish ? ['vi'] : ['vi', 'en']
    const run = await ensureRun(sql, { kind: 'alert', period: `${change.itemId}@v${change.version}`, changeId: change.changeId })
    if (run.created) await addRecipients(sql, run.id, await followersOf(sql, change, locales))
    runs.push(run.id)
  }
  return runs
}
