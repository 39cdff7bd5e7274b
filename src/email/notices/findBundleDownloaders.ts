import type { Sql } from '@/db/sql'
import { type Lang } from '@/i18n/lang'

/**
 * Accredited journalists who downloaded a briefing pack's bundle: every such download is in
 * the audit log (src/press/bundle/auditBundleDownload.ts). A journalist who is also one of
 * the subscribers being told (the same address) is left out, so each person hears once.
 */
export async function findBundleDownloaders(
  sql: Sql,
  { packId, locales, subscriberIds }: { packId: number; locales: Lang[]; subscriberIds: number[] },
): Promise<number[]> {
  const rows = await sql<{ id: number }>(
    `SELECT DISTINCT j.id
       FROM audit_log a
       JOIN journalists j ON j.id::text = a.details->>'journalistId'
      WHERE a.event::text = 'embargo_access' AND a.target_collection = 'briefing-packs' AND a.target_id = $1 AND a.details->>'kind' = 'bundle'
        AND j.status::text = 'accredited'
        AND coalesce(j.language::text, 'vi') = ANY($2::text[])
        AND NOT EXISTS (SELECT 1 FROM subscribers s WHERE s.id = ANY($3::int[]) AND lower(s.email) = lower(j.email))
      ORDER BY j.id`,
    [String(packId), locales, subscriberIds],
  )
  return rows.map((row) => Number(row.id))
}
